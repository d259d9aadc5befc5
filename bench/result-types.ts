/** The shape of `npm run bench -- --json`: every figure of every archive, in one document. */
import type { ColdStart } from './cold-start';
import type { ConcurrentSlackFigures } from './concurrent-slack';
import type { IndexSize } from './disk-size';
import type { EngineLatency } from './engine-latency';
import type { BaselineFigures } from './baseline-figures';
import type { BuildFigures } from './measure-build';
import type { RobustnessFigures } from './robustness';
import type { ScaleResult } from './scale';

/** A measurement that ran (`ok: true` plus its figures), failed (`error`), or was not run (`skipped`). */
export type Step<T> = ({ ok: true } & T) | { ok: false; error?: string; skipped?: string };

export interface SideBySide {
  /** Our query (all shards, merged) / one plain Lunr index's query, on the same questions. */
  queryVsPlainLunr: { p50: number; p99: number };
  /** Our full answer (query + excerpts + Block Kit) / MiniSearch's search. */
  answerVsMiniSearch: { p50: number; p99: number };
  queryVsMiniSearch: { p50: number; p99: number };
  /** (full answer − raw search) / raw search, at the median, at p99, and over the totals. */
  answerOverhead: { p50: number; p99: number; total: number };
  buildVsPlainLunr: number;
  buildVsMiniSearch: number;
}

export interface TargetCheck {
  figure: string;
  target: string;
  value: number | boolean | null;
  met: boolean | null;
}

export interface ArchiveResult {
  name: string;
  role: 'bundled' | 'kremlin' | 'combined' | 'other';
  corpusDir: string;
  corpus: { articles: number; paragraphs: number; archiveFilesMb: number; paragraphTextMb: number };
  build: BuildFigures;
  indexSize: Step<IndexSize>;
  coldStart: Step<ColdStart>;
  latency: Step<EngineLatency>;
  plainLunr: Step<BaselineFigures>;
  miniSearch: Step<BaselineFigures>;
  sideBySide: SideBySide;
  robustness: Step<RobustnessFigures>;
  concurrentSlack: Step<ConcurrentSlackFigures>;
  targets: TargetCheck[];
  benchSeconds: number;
}

export interface BenchResult {
  tool: 'summit-bench';
  startedAt: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  options: {
    quick: boolean;
    rounds: number;
    fuzzInputs: number;
    fuzzBudgetSeconds: number;
    slackRequests: number;
    baselineHeapMb: number;
    engineHeapMb: number | null;
  };
  workload: { questions: number; dates: number };
  archives: ArchiveResult[];
  /** Remarks added to a saved run by hand (what was unusual about it). */
  notes?: string[];
  /** `npm run bench -- --scale N --json` documents kept beside this run (docs/bench-results.json). */
  scaleRuns?: ScaleResult[];
}
