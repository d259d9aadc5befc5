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
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArchiveSpec, ResolvedArchive } from './archives';
import { CACHE_DIR, KREMLIN, resolveArchive, WHITEHOUSE } from './archives';
import type { BaselineFigures } from './baseline-figures';
import type { ColdStart } from './cold-start';
import { archiveFilesMb } from './disk-size';
import type { EngineLatency } from './engine-latency';
import { describeMachine } from './machine';
import { measureBuild, type BuildFigures } from './measure-build';
import { startProgress } from './progress';
import { DATES, QUESTIONS, READY_QUESTION } from './questions';
import type { Step } from './result-types';
import { runCommand, runScript, type ChildOptions } from './run-child';
import { makeScaledArchive, SCALE_SEED } from './scale-copies';
import { mb } from './stats';

export interface OneShot {
  runs: number;
  /** Wall seconds of each run, process spawn to exit. */
  seconds: number[];
  medianSeconds: number;
  /** CPU seconds (user + system) of each run, and their median: steadier than wall time on a shared machine. */
  cpuSeconds?: number[];
  medianCpuSeconds?: number;
}

export interface UpdateFigures extends OneShot {
  /** The update's own seconds, as `index --json` reports them (median). */
  reportedMedianSeconds: number;
  /** Each run was an update (not a full build). */
  allUpdates: boolean;
  peakRssMb: number;
}

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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const skipped = (why: string) => ({ ok: false as const, skipped: why });
/** The CLI bundle this run measures (freezeCli); scripts/cli.js until then. */
let CLI = join(__dirname, '..', 'scripts', 'cli.js');

/**
 * A copy of the CLI's bundle (and its build worker) made at the start of the run and used by every
 * one-shot `ask` and update: sources edited during a run neither rebuild it in a timed run nor
 * change what is measured half-way. It is what `npm run cli` runs, minus scripts/cli.js's check that
 * the bundle is newer than src/ (a walk of src/, a few ms).
 */
async function freezeCli(runId: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensureBundle } = require('../scripts/bundle.js') as { ensureBundle: (n: string, o: object) => Promise<string> };
  const bundle = await ensureBundle('cli', { sourceMaps: false });
  const dir = join(dirname(bundle), 'bench', `cli-${runId}`);
  mkdirSync(dir, { recursive: true });
  // cli.js is the loader of cli.code.js (scripts/code-cache.js): both go, and the copy writes its own code cache.
  for (const f of ['cli.js', 'cli.code.js', 'build-worker.js']) copyFileSync(join(dirname(bundle), f), join(dir, f));
  return dir;
}

async function step<T>(script: string, args: string[], opts: ChildOptions & { bundled?: boolean }): Promise<Step<T>> {
  const run = await runScript<T>(script, args, opts);
  return run.ok && run.result ? { ok: true, ...run.result } : { ok: false, error: run.error ?? 'failed' };
}

/** `runs` fresh processes of `command args` after one untimed run (bundle built, files in the page cache). */
async function oneShot(command: string, args: string[], runs: number, opts: ChildOptions = {}): Promise<Step<OneShot>> {
  const warm = await runCommand<unknown>(command, args, opts);
  if (!warm.ok) return { ok: false, error: warm.error ?? 'failed' };
  const seconds: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runCommand<unknown>(command, args, { ...opts, cpu: true });
    if (!run.ok) return { ok: false, error: run.error ?? 'failed' };
    seconds.push(r3(run.wallSeconds));
    if (run.cpuSeconds !== undefined) cpu.push(run.cpuSeconds);
  }
  const cpuFigures = cpu.length === runs ? { cpuSeconds: cpu, medianCpuSeconds: r3(median(cpu)) } : {};
  return { ok: true, runs, seconds, medianSeconds: r3(median(seconds)), ...cpuFigures };
}

/** A new article, different for each run, in the archive's Markdown form. */
export function addedArticle(run: number): string {
  return [
    '---',
    `date: 2026-11-${String(10 + run).padStart(2, '0')}`,
    `title: "Telephone conversation with President of China Xi Jinping (bench update ${run})"`,
    'source: bench',
    '---',
    '',
    `Vladimir Putin had a telephone conversation with President of the People's Republic of China Xi Jinping (bench update ${run}).`,
    '',
    'The two leaders discussed bilateral trade, energy supplies and the preparations for the next summit.',
    '',
  ].join('\n');
}

/** Adds one article `runs` times, each followed by `cli index` on the same archive and index. */
async function measureUpdate(corpusDir: string, indexDir: string, runs: number): Promise<Step<UpdateFigures>> {
  const seconds: number[] = [];
  const cpu: number[] = [];
  const reported: number[] = [];
  let allUpdates = true;
  let peak = 0;
  for (let i = 1; i <= runs; i++) {
    writeFileSync(join(corpusDir, `bench-update-${i}.md`), addedArticle(i));
    const run = await runCommand<{ seconds: number; updated?: unknown }>(
      process.execPath,
      [CLI, 'index', '--corpus', corpusDir, '--out', indexDir, '--json', '--quiet'],
      { timeoutMs: 30 * 60_000, cpu: true },
    );
    if (!run.ok || !run.result) return { ok: false, error: run.error ?? 'failed' };
    seconds.push(r3(run.wallSeconds));
    if (run.cpuSeconds !== undefined) cpu.push(run.cpuSeconds);
    reported.push(run.result.seconds);
    allUpdates &&= Boolean(run.result.updated);
    peak = Math.max(peak, run.peakRssBytes);
  }
  return {
    ok: true,
    runs,
    seconds,
    medianSeconds: r3(median(seconds)),
    ...(cpu.length === runs ? { cpuSeconds: cpu, medianCpuSeconds: r3(median(cpu)) } : {}),
    reportedMedianSeconds: r3(median(reported)),
    allUpdates,
    peakRssMb: mb(peak),
  };
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
    const coldStart = build.ok
      ? await step<ColdStart>('bench/cold-start.ts', [indexDir], { ...engine, exposeGc: true, bundled: true })
      : notBuilt;
    onStep(`${name}: question latency`);
    const latency = build.ok ? await step<EngineLatency>('bench/engine-latency.ts', [indexDir, String(o.rounds)], engine) : notBuilt;
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
    const update = build.ok ? await measureUpdate(corpusDir, indexDir, o.updateRuns) : notBuilt;
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

async function measureKremlin(o: ScaleOptions, root: string, onStep: (s: string) => void): Promise<ScaleResult['kremlin']> {
  onStep('kremlin: build, one-shot ask');
  const archive = resolveArchive({ name: 'kremlin', sources: [KREMLIN] }, o.runId);
  const indexDir = join(root, 'kremlin-index');
  const build = await measureBuild(archive.corpusDir, indexDir, o.engineHeapMb ?? 0);
  if (!build.ok) {
    const failed = { ok: false as const, error: `the index was not built: ${build.error ?? ''}` };
    return { paragraphs: NaN, coldAsk: failed, plainLunrColdAsk: failed };
  }
  const coldAsk = await oneShot(process.execPath, [CLI, 'ask', READY_QUESTION, '--index', indexDir, '--json', '--limit', '3'], o.coldRuns);
  let plainLunrColdAsk: Step<OneShot> = skipped('--engines summit');
  if (o.engines === 'all') {
    onStep('kremlin: plain Lunr one-shot question');
    const file = join(root, 'kremlin-lunr.json');
    const saved = await runScript<unknown>('bench/plain-lunr-cold.ts', ['save', indexDir, file], {
      heapMb: o.baselineHeapMb,
      timeoutMs: 30 * 60_000,
    });
    if (!saved.ok) plainLunrColdAsk = { ok: false, error: saved.error ?? 'failed' };
    else {
      // The bundle, run by plain Node as scripts/cli.js runs Summit's: neither pays tsx.
      const warm = await runScript<unknown>('bench/plain-lunr-cold.ts', ['ask', file, READY_QUESTION], { bundled: true });
      const bundle = join(process.cwd(), '.build', 'bench', 'plain-lunr-cold.js');
      plainLunrColdAsk = warm.ok
        ? await oneShot(process.execPath, [bundle, 'ask', file, READY_QUESTION], o.coldRuns)
        : { ok: false, error: warm.error ?? 'failed' };
    }
  }
  return { paragraphs: build.paragraphs, coldAsk, plainLunrColdAsk };
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
