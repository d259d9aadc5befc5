/**
 * One-shot commands timed as a user runs them: a fresh process of the CLI bundle per run (`ask` on a
 * built index), and `index` after adding one article (the update). The scale bench (bench/scale.ts)
 * uses both, at each scale and on the Kremlin archive.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { settleDisk, watchOtherLoad } from './machine-load';
import type { Step } from './result-types';
import { runCommand, type ChildOptions, type ChildRun } from './run-child';
import { mb } from './stats';

export interface OneShot {
  runs: number;
  /** Wall seconds of each run, process spawn to exit. */
  seconds: number[];
  medianSeconds: number;
  /** CPU seconds (user + system) of each run, and their median: steadier than wall time on a shared machine. */
  cpuSeconds?: number[];
  medianCpuSeconds?: number;
  /**
   * The share (0–1) of the machine's CPUs other processes used while each run ran, median over the
   * runs (bench/machine-load.ts): 0 on an idle box; absent where /proc/stat cannot be read.
   */
  otherCpuShare?: number;
}

export interface UpdateFigures extends OneShot {
  /** The update's own seconds, as `index --json` reports them (median). */
  reportedMedianSeconds: number;
  /** Each run was an update (not a full build). */
  allUpdates: boolean;
  peakRssMb: number;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A copy of the CLI's bundle (and its build worker) made at the start of the run and used by every
 * one-shot `ask` and update: sources edited during a run neither rebuild it in a timed run nor
 * change what is measured half-way. It is what `npm run cli` runs, minus scripts/cli.js's check that
 * the bundle is newer than src/ (a walk of src/, a few ms). Returns the copy's folder.
 */
export async function freezeCli(runId: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensureBundle } = require('../scripts/bundle.js') as { ensureBundle: (n: string, o: object) => Promise<string> };
  const bundle = await ensureBundle('cli', { sourceMaps: false });
  const dir = join(dirname(bundle), 'bench', `cli-${runId}`);
  mkdirSync(dir, { recursive: true });
  // cli.js is the loader of cli.code.js (scripts/code-cache.js): both go, and the copy writes its own code cache.
  // Every bundle goes: the CLI starts the workers' (build, names check, archive scan) from beside it.
  for (const f of readdirSync(dirname(bundle)).filter((name) => name.endsWith('.js'))) copyFileSync(join(dirname(bundle), f), join(dir, f));
  return dir;
}

export interface OneShotCommand {
  command: string;
  args: string[];
}

/** One timed run, with the share of the CPUs other processes used meanwhile (null: unknown). */
async function timedRun<T>(c: OneShotCommand, opts: ChildOptions): Promise<{ run: ChildRun<T>; other: number | null }> {
  const window = watchOtherLoad();
  const run = await runCommand<T>(c.command, c.args, { ...opts, cpu: true });
  return { run, other: window.end(run.cpuSeconds ?? 0) };
}

function summarizeRuns(wall: number[], cpu: number[], other: Array<number | null>, runs: number): OneShot {
  const known = other.filter((x): x is number => x !== null);
  return {
    runs,
    seconds: wall,
    medianSeconds: r3(median(wall)),
    ...(cpu.length === runs ? { cpuSeconds: cpu, medianCpuSeconds: r3(median(cpu)) } : {}),
    ...(known.length === runs ? { otherCpuShare: r3(median(known)) } : {}),
  };
}

/**
 * `runs` fresh processes of each command after one untimed run of each (bundle's code cache written,
 * files in the page cache), taken in turn (A B, B A, A B …) so that commands compared with each other
 * meet the same machine. What earlier steps wrote is flushed first (settleDisk).
 */
export async function oneShots(commands: OneShotCommand[], runs: number, opts: ChildOptions = {}): Promise<Array<Step<OneShot>>> {
  settleDisk();
  for (const c of commands) {
    const warm = await runCommand<unknown>(c.command, c.args, opts);
    if (!warm.ok) return commands.map(() => ({ ok: false, error: warm.error ?? 'failed' }));
  }
  const timed = commands.map(() => ({ wall: [] as number[], cpu: [] as number[], other: [] as Array<number | null> }));
  for (let i = 0; i < runs; i++) {
    const order = commands.map((_, k) => k);
    if (i % 2) order.reverse();
    for (const k of order) {
      const { run, other } = await timedRun(commands[k]!, opts);
      if (!run.ok) return commands.map(() => ({ ok: false, error: run.error ?? 'failed' }));
      timed[k]!.wall.push(r3(run.wallSeconds));
      if (run.cpuSeconds !== undefined) timed[k]!.cpu.push(run.cpuSeconds);
      timed[k]!.other.push(other);
    }
  }
  return timed.map((t) => ({ ok: true as const, ...summarizeRuns(t.wall, t.cpu, t.other, runs) }));
}

/** `runs` fresh processes of `command args` after one untimed run (oneShots with one command). */
export async function oneShot(command: string, args: string[], runs: number, opts: ChildOptions = {}): Promise<Step<OneShot>> {
  const [only] = await oneShots([{ command, args }], runs, opts);
  return only!;
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

/**
 * Adds one article `runs` times, each followed by `cli index` (the CLI bundle `cli`) on the same archive
 * and index; before each, what earlier steps and adds wrote is flushed (settleDisk), as for an index
 * built earlier.
 */
export async function measureUpdate(cli: string, corpusDir: string, indexDir: string, runs: number): Promise<Step<UpdateFigures>> {
  const seconds: number[] = [];
  const cpu: number[] = [];
  const other: Array<number | null> = [];
  const reported: number[] = [];
  let allUpdates = true;
  let peak = 0;
  for (let i = 1; i <= runs; i++) {
    writeFileSync(join(corpusDir, `bench-update-${i}.md`), addedArticle(i));
    settleDisk();
    const index = { command: process.execPath, args: [cli, 'index', '--corpus', corpusDir, '--out', indexDir, '--json', '--quiet'] };
    const { run, other: share } = await timedRun<{ seconds: number; updated?: unknown }>(index, { timeoutMs: 30 * 60_000 });
    if (!run.ok || !run.result) return { ok: false, error: run.error ?? 'failed' };
    seconds.push(r3(run.wallSeconds));
    if (run.cpuSeconds !== undefined) cpu.push(run.cpuSeconds);
    other.push(share);
    reported.push(run.result.seconds);
    allUpdates &&= Boolean(run.result.updated);
    peak = Math.max(peak, run.peakRssBytes);
  }
  return {
    ok: true,
    ...summarizeRuns(seconds, cpu, other, runs),
    reportedMedianSeconds: r3(median(reported)),
    allUpdates,
    peakRssMb: mb(peak),
  };
}
