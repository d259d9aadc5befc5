/**
 * `npm run bench -- --scale N`: the combined bench archive (Kremlin + White House) at 1×, 2×, 4×, … N×
 * copies (bench/scale-copies.ts), made in a temporary folder and removed after. For each scale, each in
 * its own process: the build (`cli index`, wall time and peak RSS of its process tree), start → first
 * answer as `npm start` opens the archive (bench/cold-start.ts, bundled), question p50/p99 on the bench's
 * questions (bench/engine-latency.ts), a one-shot `ask` (the CLI bundle, a fresh process each time), and
 * an update after adding one article (the same bundle's `index` again); with `--engines all`, plain
 * Lunr and MiniSearch on the same paragraphs. Then growth against 1×, the fitted exponent
 * (figure ∝ scaleᵇ), and issue 16's targets, each "met" or "misses by X".
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveSpec, ResolvedArchive } from './archives';
import { CACHE_DIR, KREMLIN, resolveArchive, WHITEHOUSE } from './archives';
import type { BaselineFigures } from './baseline-figures';
import type { ColdStart } from './cold-start';
import { archiveFilesMb } from './disk-size';
import type { EngineLatency } from './engine-latency';
import { describeMachine } from './machine';
import { settleDisk } from './machine-load';
import { measureBuild, type BuildFigures } from './measure-build';
import { startProgress } from './progress';
import { DATES, QUESTIONS, READY_QUESTION } from './questions';
import type { Step } from './result-types';
import { freezeCli, measureUpdate, oneShot, oneShots, type OneShot, type OneShotCommand, type UpdateFigures } from './one-shot';
import { runScript, type ChildOptions } from './run-child';
import { makeScaledArchive, SCALE_SEED } from './scale-copies';

export interface ScalePoint {
  scale: number;
  articles: number;
  paragraphs: number;
  archiveFilesMb: number;
  build: BuildFigures;
  coldStart: Step<ColdStart>;
  latency: Step<EngineLatency>;
  coldAsk: Step<OneShot>;
  update: Step<UpdateFigures>;
  plainLunr: Step<BaselineFigures>;
  miniSearch: Step<BaselineFigures>;
  benchSeconds: number;
}

export interface ScaleTarget {
  figure: string;
  target: string;
  unit: string;
  value: number | null;
  limit: number;
  met: boolean | null;
  /** "met", "misses by X", or why it was not measured. */
  verdict: string;
}

export interface ScaleResult {
  tool: 'summit-bench-scale';
  startedAt: string;
  /** The archive copied. */
  archive: string;
  machine: ReturnType<typeof describeMachine>;
  options: { scales: number[]; engines: 'summit' | 'all'; rounds: number; coldRuns: number; updateRuns: number; seed: number };
  workload: { questions: number; dates: number; coldQuestion: string };
  /** The Kremlin archive alone: the cold `ask` target (and plain Lunr's cold question with --engines all). */
  kremlin: { paragraphs: number; coldAsk: Step<OneShot>; plainLunrColdAsk: Step<OneShot> };
  points: ScalePoint[];
  targets: ScaleTarget[];
}

export interface ScaleOptions {
  scales: number[];
  engines: 'summit' | 'all';
  rounds: number;
  coldRuns: number;
  updateRuns: number;
  baselineHeapMb: number;
  engineHeapMb: number | null;
  /** The archive to copy (default: Kremlin + White House); with another one the Kremlin step is left out. */
  source?: ArchiveSpec | null;
  runId: string;
}

const skipped = (why: string) => ({ ok: false as const, skipped: why });
/** The CLI bundle this run measures (freezeCli); scripts/cli.js until then. */
let CLI = join(__dirname, '..', 'scripts', 'cli.js');

async function step<T>(script: string, args: string[], opts: ChildOptions & { bundled?: boolean }): Promise<Step<T>> {
  const run = await runScript<T>(script, args, opts);
  return run.ok && run.result ? { ok: true, ...run.result } : { ok: false, error: run.error ?? 'failed' };
}

async function measureScale(
  source: ResolvedArchive,
  scale: number,
  o: ScaleOptions,
  dirs: { copies: string; root: string },
  onStep: (s: string) => void,
): Promise<ScalePoint> {
  const started = Date.now();
  const name = `${scale}×`;
  onStep(`${name}: copies`);
  const corpusDir = join(dirs.root, `scale-${scale}`, 'archive');
  const indexDir = join(dirs.root, `scale-${scale}`, 'index');
  makeScaledArchive(source.corpusDir, dirs.copies, corpusDir, scale);
  const engine: ChildOptions = { ...(o.engineHeapMb ? { heapMb: o.engineHeapMb } : {}), timeoutMs: 30 * 60_000 };
  const baseline: ChildOptions = { heapMb: o.baselineHeapMb, exposeGc: true, timeoutMs: 30 * 60_000 };
  try {
    onStep(`${name}: build`);
    const build = await measureBuild(corpusDir, indexDir, o.engineHeapMb ?? 0);
    const notBuilt = { ok: false as const, error: `the index was not built: ${build.error ?? ''}` };
    onStep(`${name}: start → first answer`);
    // The index just written (1.5 GB at 8×) goes to disk now, not while the steps below are timed.
    settleDisk();
    const coldStart = build.ok
      ? await step<ColdStart>('bench/cold-start.ts', [indexDir], { ...engine, exposeGc: true, bundled: true })
      : notBuilt;
    onStep(`${name}: question latency`);
    const latency = build.ok
      ? await step<EngineLatency>('bench/engine-latency.ts', [indexDir, String(o.rounds)], { ...engine, bundled: true })
      : notBuilt;
    onStep(`${name}: one-shot ask`);
    const coldAsk = build.ok
      ? await oneShot(process.execPath, [CLI, 'ask', READY_QUESTION, '--index', indexDir, '--json', '--limit', '3'], o.coldRuns)
      : notBuilt;
    onStep(`${name}: baselines`);
    const engines = o.engines === 'all';
    const plainLunr = !engines
      ? skipped('--engines summit')
      : build.ok
        ? await step<BaselineFigures>('bench/plain-lunr.ts', [indexDir, String(o.rounds)], baseline)
        : notBuilt;
    const miniSearch = !engines
      ? skipped('--engines summit')
      : build.ok
        ? await step<BaselineFigures>('bench/minisearch-baseline.ts', [indexDir, String(o.rounds)], baseline)
        : notBuilt;
    onStep(`${name}: update`);
    const update = build.ok ? await measureUpdate(CLI, corpusDir, indexDir, o.updateRuns) : notBuilt;
    return {
      scale,
      articles: build.articles,
      paragraphs: build.paragraphs,
      archiveFilesMb: archiveFilesMb(corpusDir),
      build,
      coldStart,
      latency,
      coldAsk,
      update,
      plainLunr,
      miniSearch,
      benchSeconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    rmSync(join(dirs.root, `scale-${scale}`), { recursive: true, force: true });
  }
}

/** Plain Lunr's one-shot question on the Kremlin index, ready to time: its Lunr JSON saved, its bundle built and run once. */
async function plainLunrCold(indexDir: string, root: string, o: ScaleOptions): Promise<OneShotCommand | { error: string }> {
  const file = join(root, 'kremlin-lunr.json');
  const saved = await runScript<unknown>('bench/plain-lunr-cold.ts', ['save', indexDir, file], {
    heapMb: o.baselineHeapMb,
    timeoutMs: 30 * 60_000,
  });
  if (!saved.ok) return { error: saved.error ?? 'failed' };
  // The bundle, run by plain Node as scripts/cli.js runs Summit's: neither pays tsx.
  const warm = await runScript<unknown>('bench/plain-lunr-cold.ts', ['ask', file, READY_QUESTION], { bundled: true });
  if (!warm.ok) return { error: warm.error ?? 'failed' };
  return { command: process.execPath, args: [join(process.cwd(), '.build', 'bench', 'plain-lunr-cold.js'), 'ask', file, READY_QUESTION] };
}

async function measureKremlin(o: ScaleOptions, root: string, onStep: (s: string) => void): Promise<ScaleResult['kremlin']> {
  onStep('kremlin: build, one-shot ask');
  const archive = resolveArchive({ name: 'kremlin', sources: [KREMLIN] }, o.runId);
  const indexDir = join(root, 'kremlin-index');
  const build = await measureBuild(archive.corpusDir, indexDir, o.engineHeapMb ?? 0);
  if (!build.ok) {
    const failed = { ok: false as const, error: `the index was not built: ${build.error ?? ''}` };
    return { paragraphs: NaN, coldAsk: failed, plainLunrColdAsk: failed };
  }
  const summit = { command: process.execPath, args: [CLI, 'ask', READY_QUESTION, '--index', indexDir, '--json', '--limit', '3'] };
  if (o.engines !== 'all') {
    const coldAsk = await oneShot(summit.command, summit.args, o.coldRuns);
    return { paragraphs: build.paragraphs, coldAsk, plainLunrColdAsk: skipped('--engines summit') };
  }
  onStep('kremlin: plain Lunr one-shot question');
  const plain = await plainLunrCold(indexDir, root, o);
  if ('error' in plain) {
    const coldAsk = await oneShot(summit.command, summit.args, o.coldRuns);
    return { paragraphs: build.paragraphs, coldAsk, plainLunrColdAsk: { ok: false, error: plain.error } };
  }
  // Taken in turn, so that the ratio of the two compares runs made under the same conditions.
  const [coldAsk, plainLunrColdAsk] = await oneShots([summit, plain], o.coldRuns);
  return { paragraphs: build.paragraphs, coldAsk: coldAsk!, plainLunrColdAsk: plainLunrColdAsk! };
}

/** Issue 16's targets, each with its verdict. */
export function scaleTargets(r: Pick<ScaleResult, 'points' | 'kremlin'>): ScaleTarget[] {
  const at = (scale: number) => r.points.find((p) => p.scale === scale);
  const p99 = (p: ScalePoint | undefined) => (p?.latency.ok ? p.latency.questionAnswer.p99Ms : undefined);
  const out: ScaleTarget[] = [];
  const add = (figure: string, unit: string, limit: number, value: number | undefined, why: string) => {
    const v = value === undefined || Number.isNaN(value) ? null : value;
    const met = v === null ? null : v <= limit;
    const fmt = (x: number) => (unit === '×' ? `${x.toFixed(2)}×` : `${x.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${unit}`);
    const verdict =
      v === null
        ? `not measured (${why})`
        : met
          ? `met (${fmt(v)})`
          : `misses by ${fmt(v - limit)} (${fmt(v)}, ${(v / limit).toFixed(2)}× the limit)`;
    out.push({ figure, target: `≤ ${fmt(limit)}`, unit, value: v, limit, met, verdict });
  };
  const k = r.kremlin;
  const whyNot = (s: Step<OneShot>, otherwise: string) => (s.ok ? otherwise : (s.skipped ?? s.error ?? otherwise));
  add('Kremlin: one-shot `ask`, median', 's', 0.2, k.coldAsk.ok ? k.coldAsk.medianSeconds : undefined, whyNot(k.coldAsk, 'failed'));
  add(
    'Kremlin: one-shot `ask` / plain Lunr one-shot question',
    '×',
    0.2,
    k.coldAsk.ok && k.plainLunrColdAsk.ok ? k.coldAsk.medianSeconds / k.plainLunrColdAsk.medianSeconds : undefined,
    k.coldAsk.ok ? whyNot(k.plainLunrColdAsk, 'needs --engines all') : whyNot(k.coldAsk, 'failed'),
  );
  const one = at(1);
  const four = at(4);
  const eight = at(8);
  const p1 = p99(one);
  const p4 = p99(four);
  add('question p99 at 4× / at 1×', '×', 2, p1 && p4 ? p4 / p1 : undefined, 'needs scales 1 and 4');
  add('question p99 at 8×', 'ms', 60, p99(eight), 'needs scale 8');
  add('one-shot `ask` at 8×, median', 's', 0.6, eight?.coldAsk.ok ? eight.coldAsk.medianSeconds : undefined, 'needs scale 8');
  add('build peak RSS at 4×', 'MB', 2048, four?.build.ok ? four.build.peakRssMb : undefined, 'needs scale 4');
  add('build peak RSS at 8×', 'MB', 3072, eight?.build.ok ? eight.build.peakRssMb : undefined, 'needs scale 8');
  add('build wall time at 8×', 's', 150, eight?.build.ok ? eight.build.wallSeconds : undefined, 'needs scale 8');
  add('adding one article at 1×, wall', 's', 0.5, one?.update.ok ? one.update.medianSeconds : undefined, 'needs scale 1');
  return out;
}

export async function runScaleBench(o: ScaleOptions): Promise<ScaleResult> {
  const root = join(CACHE_DIR, 'runs', o.runId, 'scale');
  const dirs = { root, copies: join(root, 'copies') };
  mkdirSync(dirs.copies, { recursive: true });
  const result: ScaleResult = {
    tool: 'summit-bench-scale',
    startedAt: new Date().toISOString(),
    archive: o.source?.name ?? 'kremlin+whitehouse',
    machine: describeMachine(),
    options: { scales: o.scales, engines: o.engines, rounds: o.rounds, coldRuns: o.coldRuns, updateRuns: o.updateRuns, seed: SCALE_SEED },
    workload: { questions: QUESTIONS.length, dates: DATES.length, coldQuestion: READY_QUESTION },
    kremlin: { paragraphs: NaN, coldAsk: skipped('not run'), plainLunrColdAsk: skipped('not run') },
    points: [],
    targets: [],
  };
  const frozen = await freezeCli(o.runId);
  CLI = join(frozen, 'cli.js');
  const progress = startProgress(1 + o.scales.length * 7);
  const keep = () => writeFileSync(join(CACHE_DIR, 'last-scale-run.json'), `${JSON.stringify(result, null, 1)}\n`);
  try {
    if (o.source) {
      const why = skipped(`--corpus ${o.source.name}`);
      result.kremlin = { paragraphs: NaN, coldAsk: why, plainLunrColdAsk: why };
    } else result.kremlin = await measureKremlin(o, root, (s) => progress.step(s));
    keep();
    const source = resolveArchive(o.source ?? { name: 'kremlin+whitehouse', sources: [KREMLIN, WHITEHOUSE] }, o.runId);
    for (const scale of o.scales) {
      result.points.push(await measureScale(source, scale, o, dirs, (s) => progress.step(s)));
      result.targets = scaleTargets(result);
      keep(); // a run stopped half-way still leaves its figures
    }
  } finally {
    progress.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(frozen, { recursive: true, force: true });
  }
  result.targets = scaleTargets(result);
  return result;
}
