/** What a competitor's child process reports: build cost, memory, and raw search latency. */
import { performance } from 'node:perf_hooks';
import { QUESTIONS } from './questions';
import { mb, summarize, type LatencySummary } from './stats';
import { timeEach } from './time-calls';

export interface BaselineFigures {
  paragraphs: number;
  buildSeconds: number;
  /** Heap the built index holds (after a full GC, minus the heap before building). */
  indexHeapMb: number;
  rssAfterBuildMb: number;
  /** The process's own peak resident memory (getrusage), paragraphs included. */
  peakRssMb: number;
  query: LatencySummary;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Builds with `build`, then times `search` over the fixed questions for `rounds` rounds. */
export function measureBaseline<I>(
  paragraphs: string[],
  rounds: number,
  build: (texts: string[]) => I,
  search: (index: I, q: string) => unknown,
): BaselineFigures {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = build(paragraphs);
  const buildSeconds = (performance.now() - started) / 1000;
  gc();
  const after = process.memoryUsage();
  const samples = timeEach(QUESTIONS, rounds, (q) => search(index, q));
  return {
    paragraphs: paragraphs.length,
    buildSeconds: Math.max(1e-6, Math.round(buildSeconds * 1_000_000) / 1_000_000),
    indexHeapMb: mb(after.heapUsed - heapBefore),
    rssAfterBuildMb: mb(after.rss),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    query: summarize(samples),
  };
}
