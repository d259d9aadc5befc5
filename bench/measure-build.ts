/**
 * Build time and peak memory: the real command line (`cli index --json`) in its own process, with
 * the process tree's memory sampled from /proc while it runs.
 */
import { join } from 'node:path';
import { runScript } from './run-child';
import { mb } from './stats';

export interface BuildFigures {
  ok: boolean;
  error?: string;
  articles: number;
  paragraphs: number;
  shards: number;
  events: number;
  /** buildIndex alone, as the CLI reports it. */
  seconds: number;
  /** The whole command, process start to exit (includes printing the report). */
  wallSeconds: number;
  /** CPU seconds (user + system, all threads) of the whole command, when measured. */
  cpuSeconds?: number;
  peakRssMb: number;
}

interface CliReport {
  articles: number;
  paragraphs: number;
  shards: number;
  events: unknown[];
  seconds: number;
}

export async function measureBuild(corpusDir: string, indexDir: string, heapMb: number): Promise<BuildFigures> {
  const run = await runScript<CliReport>(join('src', 'cli.ts'), ['index', '--corpus', corpusDir, '--out', indexDir, '--json', '--quiet'], {
    heapMb,
    timeoutMs: 60 * 60_000,
    cpu: true,
  });
  const r = run.result;
  return {
    ok: run.ok,
    ...(run.error ? { error: run.error } : {}),
    articles: r?.articles ?? NaN,
    paragraphs: r?.paragraphs ?? NaN,
    shards: r?.shards ?? NaN,
    events: r?.events?.length ?? NaN,
    seconds: r?.seconds ?? NaN,
    wallSeconds: Math.round(run.wallSeconds * 100) / 100,
    ...(run.cpuSeconds !== undefined ? { cpuSeconds: run.cpuSeconds } : {}),
    peakRssMb: mb(run.peakRssBytes),
  };
}
