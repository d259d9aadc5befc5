/**
 * Every figure for one archive, each measured in its own process: build (the CLI), cold start, warm
 * latency, then the same paragraphs and questions through one plain Lunr index and MiniSearch, and
 * optionally the robustness run and 500 concurrent /summit requests.
 */
import { basename, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BaselineFigures } from './baseline-figures';
import type { ColdStart } from './cold-start';
import type { ConcurrentSlackFigures } from './concurrent-slack';
import { archiveFilesMb, indexSize } from './disk-size';
import type { EngineLatency } from './engine-latency';
import { measureBuild } from './measure-build';
import { paragraphTextMb } from './read-paragraphs';
import type { ArchiveResult, Step } from './result-types';
import type { RobustnessFigures } from './robustness';
import { runScript, type ChildOptions } from './run-child';
import { sideBySide } from './side-by-side';
import { checkTargets } from './targets';
import type { ResolvedArchive } from './archives';

export interface ArchiveBenchOptions {
  rounds: number;
  fuzzInputs: number;
  fuzzBudgetSeconds: number;
  slackRequests: number;
  robustness: boolean;
  slack: boolean;
  baselineHeapMb: number;
  engineHeapMb: number | null;
  /** `summit`: plain Lunr and MiniSearch are not run. */
  engines?: 'summit' | 'all';
  /** Called before each step, for the progress bar. */
  onStep: (step: string) => void;
}

export const STEPS_PER_ARCHIVE = 8; // unpacking + the seven measurements

async function step<T>(script: string, args: string[], opts: ChildOptions & { bundled?: boolean }): Promise<Step<T>> {
  const run = await runScript<T>(script, args, opts);
  return run.ok && run.result ? { ok: true, ...run.result } : { ok: false, error: run.error ?? 'failed' };
}

const skipped = (why: string) => ({ ok: false as const, skipped: why });

export async function benchArchive(archive: ResolvedArchive, role: ArchiveResult['role'], o: ArchiveBenchOptions): Promise<ArchiveResult> {
  const started = performance.now();
  const engine: ChildOptions = { ...(o.engineHeapMb ? { heapMb: o.engineHeapMb } : {}), timeoutMs: 30 * 60_000 };
  const baseline: ChildOptions = { heapMb: o.baselineHeapMb, exposeGc: true, timeoutMs: 30 * 60_000 };
  const dir = archive.indexDir;
  const rounds = String(o.rounds);

  o.onStep(`${archive.name}: build`);
  const build = await measureBuild(archive.corpusDir, dir, o.engineHeapMb ?? 0);
  const built = build.ok;
  const notBuilt = skipped(`the index was not built: ${build.error ?? ''}`);
  const corpus = {
    articles: build.articles,
    paragraphs: build.paragraphs,
    archiveFilesMb: archiveFilesMb(archive.corpusDir),
    paragraphTextMb: built ? paragraphTextMb(dir) : NaN,
  };
  const size = built ? { ok: true as const, ...indexSize(dir) } : notBuilt;

  o.onStep(`${archive.name}: cold start`);
  const coldStart = built ? await step<ColdStart>('bench/cold-start.ts', [dir], { ...engine, exposeGc: true, bundled: true }) : notBuilt;
  o.onStep(`${archive.name}: latency`);
  const latency = built ? await step<EngineLatency>('bench/engine-latency.ts', [dir, rounds], engine) : notBuilt;
  o.onStep(`${archive.name}: plain Lunr`);
  const noEngines = o.engines === 'summit' ? skipped('--engines summit') : null;
  const plainLunr = noEngines ?? (built ? await step<BaselineFigures>('bench/plain-lunr.ts', [dir, rounds], baseline) : notBuilt);
  o.onStep(`${archive.name}: MiniSearch`);
  const miniSearch = noEngines ?? (built ? await step<BaselineFigures>('bench/minisearch-baseline.ts', [dir, rounds], baseline) : notBuilt);
  o.onStep(`${archive.name}: robustness`);
  const robustness = !o.robustness
    ? skipped('not asked (--robustness)')
    : built
      ? await step<RobustnessFigures>('bench/robustness.ts', [dir, String(o.fuzzInputs), '20240229', String(o.fuzzBudgetSeconds)], engine)
      : notBuilt;
  o.onStep(`${archive.name}: concurrent /summit`);
  const concurrentSlack = !o.slack
    ? skipped('not asked (--slack)')
    : built
      ? await step<ConcurrentSlackFigures>('bench/concurrent-slack.ts', [dir, String(o.slackRequests)], engine)
      : notBuilt;

  const figures = {
    name: archive.name,
    role,
    corpusDir: archive.corpusDir,
    corpus,
    build,
    indexSize: size,
    coldStart,
    latency,
    plainLunr,
    miniSearch,
    robustness,
    concurrentSlack,
  };
  const withRatios = { ...figures, sideBySide: sideBySide(figures) };
  return { ...withRatios, targets: checkTargets(withRatios), benchSeconds: Math.round(performance.now() - started) / 1000 };
}

export function roleOf(sources: string[]): ArchiveResult['role'] {
  const names = sources.map((s) => basename(s));
  const kremlin = names.some((n) => n.startsWith('kremlin'));
  const whitehouse = names.some((n) => n.startsWith('whitehouse'));
  if (kremlin && whitehouse) return 'combined';
  if (kremlin && names.length === 1) return 'kremlin';
  if (sources.length === 1 && resolve(sources[0]!) === resolve('corpus')) return 'bundled';
  return 'other';
}
