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
}

export const USAGE = `usage: npm run bench -- [--corpus DIR|TARBALL|A.tar.gz+B.tar.gz …] [--json] [--quick]
       [--robustness] [--slack] [--rounds N] [--fuzz N] [--fuzz-budget S] [--requests N] [--baseline-heap-mb N] [--engine-heap-mb N]`;

export class BenchUsageError extends Error {}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const corpora: string[] = [];
  const flags = new Set<string>();
  const numbers = new Map<string, number>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--corpus') {
      const v = argv[++i];
      if (!v) throw new BenchUsageError('--corpus needs a folder or a tarball');
      corpora.push(v);
    } else if (['--json', '--quick', '--robustness', '--slack'].includes(a)) flags.add(a);
    else if (['--rounds', '--fuzz', '--fuzz-budget', '--requests', '--baseline-heap-mb', '--engine-heap-mb'].includes(a)) {
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
  };
}
