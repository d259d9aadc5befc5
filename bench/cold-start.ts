/**
 * Cold start, in a fresh process: process start → archive opened → first date answered ("ready to
 * answer a date") → first question answered ("ready to answer a question"), then memory. Prints one
 * JSON line. Times are from the process's own start (performance.timeOrigin), so they include Node
 * starting and loading the modules. The bench runs it bundled by esbuild, as `npm start` runs the bot.
 *
 *   node --import tsx bench/cold-start.ts <indexDir>
 */
import { performance } from 'node:perf_hooks';
import { BENCH_TODAY, READY_DATE, READY_QUESTION } from './questions';
import { mb } from './stats';

export interface Readiness {
  /** Engine modules imported (the script itself started a little earlier). */
  modulesLoadedMs: number;
  archiveOpenedMs: number;
  dateReadyMs: number;
  questionReadyMs: number;
}

export interface ColdStart extends Readiness {
  scriptStartedMs: number;
  /** CPU milliseconds (user + system, every thread) the process had used when the first question was answered. */
  questionReadyCpuMs?: number;
  rssMb: number;
  heapUsedMb: number;
  /** After a full garbage collection: what the archive keeps. */
  heapUsedAfterGcMb: number;
  rssAfterGcMb: number;
  dateAnswerKind: string;
  questionResults: number;
}

/**
 * The one place that knows how the engine becomes ready. With staged loading, await here whatever
 * says dates (then questions) can be answered; the clock reads ms since process start.
 */
export async function measureReadiness(
  indexDir: string,
  clock: () => number,
): Promise<Readiness & { dateAnswerKind: string; questionResults: number; archive: unknown }> {
  const { answerSummit, askQuestion } = await import('../src/answers');
  const { openArchiveInStages } = await import('../src/search/archive');
  const { renderSlackMessage } = await import('../src/render/slack');
  const modulesLoadedMs = clock();
  // As the bot opens it: dates at once, questions once the shards are in.
  const archive = openArchiveInStages(indexDir);
  const archiveOpenedMs = clock();
  const date = answerSummit(archive, READY_DATE, { today: BENCH_TODAY });
  renderSlackMessage(date);
  const dateReadyMs = clock();
  await archive.searchable;
  const question = askQuestion(archive, READY_QUESTION, { limit: 3 });
  renderSlackMessage(question);
  const questionReadyMs = clock();
  // The archive is returned so that it stays reachable while memory is measured.
  return {
    modulesLoadedMs,
    archiveOpenedMs,
    dateReadyMs,
    questionReadyMs,
    dateAnswerKind: date.kind,
    questionResults: question.results.length,
    archive,
  };
}

async function main(): Promise<void> {
  const scriptStartedMs = performance.now();
  const indexDir = process.argv[2];
  if (!indexDir) throw new Error('usage: cold-start.ts <indexDir>');
  const { archive, ...ready } = await measureReadiness(indexDir, () => performance.now());
  const cpu = process.cpuUsage();
  const before = process.memoryUsage();
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  if (!archive) throw new Error('no archive'); // keeps the archive alive past the GC above
  const round = (ms: number) => Math.round(ms);
  const result: ColdStart = {
    scriptStartedMs: round(scriptStartedMs),
    ...ready,
    modulesLoadedMs: round(ready.modulesLoadedMs),
    archiveOpenedMs: round(ready.archiveOpenedMs),
    dateReadyMs: round(ready.dateReadyMs),
    questionReadyMs: round(ready.questionReadyMs),
    questionReadyCpuMs: round((cpu.user + cpu.system) / 1000),
    rssMb: mb(before.rss),
    heapUsedMb: mb(before.heapUsed),
    heapUsedAfterGcMb: mb(after.heapUsed),
    rssAfterGcMb: mb(after.rss),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
