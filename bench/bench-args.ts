/** `npm run bench -- [--corpus DIR|TARBALL|A+B …] [--json] [--quick] [--robustness] [--slack] …` */
import { defaultArchives, specFromArg, type ArchiveSpec } from './archives';

export interface BenchArgs {
  archives: ArchiveSpec[];
  json: boolean;
  quick: boolean;
  /** Run the robustness inputs on every archive (the default full run does it on the combined one). */
  robustness: boolean;
  /** Run the concurrent /summit requests on every archive (default: the combined one, full run). */
  slack: boolean;
  rounds: number;
  fuzzInputs: number;
  /** Seconds the robustness run may take before it stops early (and says so). */
  fuzzBudgetSeconds: number;
  slackRequests: number;
  baselineHeapMb: number;
  engineHeapMb: number | null;
  /** The archive a scale run copies when --corpus was given (else the combined bench archive). */
  scaleSource: ArchiveSpec | null;
  /** `--scale N`: the combined archive at 1×, 2×, 4× … N× (or the scales listed, `--scale 1,4`); null: the usual run. */
  scales: number[] | null;
  /** `--engines all` also runs plain Lunr and MiniSearch; `summit` (or `--no-engines`) only Summit. */
  engines: 'summit' | 'all';
  /** One-shot `ask` runs timed per scale, and articles added one at a time for the update figure. */
  coldRuns: number;
  updateRuns: number;
}

export const USAGE = `usage: npm run bench -- [--corpus DIR|TARBALL|A.tar.gz+B.tar.gz …] [--json] [--quick]
       [--robustness] [--slack] [--rounds N] [--fuzz N] [--fuzz-budget S] [--requests N] [--baseline-heap-mb N] [--engine-heap-mb N]
       [--engines summit|all] [--no-engines]
   or: npm run bench -- --scale N|N,M,… [--corpus DIR|A.tar.gz+B.tar.gz] [--json] [--engines summit|all] [--rounds N] [--cold-runs N] [--update-runs N]`;

/** `--scale 8` → 1, 2, 4, 8; `--scale 1,4` → 1, 4. */
export function scalesOf(arg: string): number[] {
  const listed = arg.split(',').map((s) => Number(s.trim()));
  if (!listed.length || listed.some((n) => !Number.isInteger(n) || n < 1 || n > 64))
    throw new BenchUsageError('--scale needs a whole number from 1 to 64, or a list like 1,4');
  if (listed.length > 1) return [...new Set(listed)].sort((a, b) => a - b);
  const out: number[] = [];
  for (let n = 1; n < listed[0]!; n *= 2) out.push(n);
  return [...out, listed[0]!];
}

export class BenchUsageError extends Error {}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const corpora: string[] = [];
  const flags = new Set<string>();
  const numbers = new Map<string, number>();
  let scales: number[] | null = null;
  let engines: 'summit' | 'all' | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--corpus') {
      const v = argv[++i];
      if (!v) throw new BenchUsageError('--corpus needs a folder or a tarball');
      corpora.push(v);
    } else if (a === '--scale') {
      scales = scalesOf(argv[++i] ?? '');
    } else if (a === '--engines') {
      const v = argv[++i];
      if (v !== 'summit' && v !== 'all') throw new BenchUsageError('--engines needs "summit" or "all"');
      engines = v;
    } else if (a === '--no-engines') engines = 'summit';
    else if (['--json', '--quick', '--robustness', '--slack'].includes(a)) flags.add(a);
    else if (
      [
        '--rounds',
        '--fuzz',
        '--fuzz-budget',
        '--requests',
        '--baseline-heap-mb',
        '--engine-heap-mb',
        '--cold-runs',
        '--update-runs',
      ].includes(a)
    ) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) throw new BenchUsageError(`${a} needs a positive whole number`);
      numbers.set(a, n);
    } else if (a === '--help' || a === '-h') throw new BenchUsageError(USAGE);
    else throw new BenchUsageError(`unknown argument "${a}"\n${USAGE}`);
  }
  const quick = flags.has('--quick');
  return {
    archives: corpora.length ? corpora.map(specFromArg) : defaultArchives(),
    json: flags.has('--json'),
    quick,
    robustness: flags.has('--robustness'),
    slack: flags.has('--slack'),
    rounds: numbers.get('--rounds') ?? (quick ? 1 : 5),
    fuzzInputs: numbers.get('--fuzz') ?? (quick ? 300 : 10_000),
    fuzzBudgetSeconds: numbers.get('--fuzz-budget') ?? 900,
    slackRequests: numbers.get('--requests') ?? (quick ? 50 : 500),
    baselineHeapMb: numbers.get('--baseline-heap-mb') ?? 12_288,
    engineHeapMb: numbers.get('--engine-heap-mb') ?? null,
    scales,
    scaleSource: scales && corpora.length ? specFromArg(corpora[0]!) : null,
    // At 2× and beyond, plain Lunr alone needs more than 12 GB: the scale run leaves the baselines out unless asked.
    engines: engines ?? (scales ? 'summit' : 'all'),
    coldRuns: numbers.get('--cold-runs') ?? 7,
    updateRuns: numbers.get('--update-runs') ?? 3,
  };
}
