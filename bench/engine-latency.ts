/**
 * Warm latency of the engine on the fixed workload, in its own process:
 * - query: `searchParagraphs` (every shard searched and merged; no excerpts);
 * - question answer: `askQuestion` + `renderSlackMessage` (query + excerpts + citations + Block Kit);
 * - date answer: `answerSummit` on a date + `renderSlackMessage`.
 * Prints one JSON line.
 *
 *   node --import tsx bench/engine-latency.ts <indexDir> <rounds>
 */
import { answerSummit, askQuestion } from '../src/answers';
import { openArchive } from '../src/search/archive';
import { renderSlackMessage } from '../src/render/slack';
import { searchParagraphs } from '../src/search/search-paragraphs';
import { BENCH_TODAY, DATES, QUESTIONS } from './questions';
import { summarize, type LatencySummary } from './stats';
import { timeEach, timePaired } from './time-calls';

export interface EngineLatency {
  questions: number;
  dates: number;
  rounds: number;
  query: LatencySummary;
  questionAnswer: LatencySummary;
  /** The same calls' CPU time (user + system), for a machine shared with other work. */
  questionAnswerCpu?: LatencySummary;
  dateAnswer: LatencySummary;
  /** Totals over the same calls: (Σ answer − Σ query) / Σ query. */
  answerOverhead: number;
}

function main(): void {
  const [indexDir, roundsArg] = process.argv.slice(2);
  if (!indexDir) throw new Error('usage: engine-latency.ts <indexDir> [rounds]');
  const rounds = Math.max(1, Number(roundsArg ?? 5));
  const archive = openArchive(indexDir);
  const answerCpu: number[] = [];
  const [query, answer] = timePaired(
    QUESTIONS,
    rounds,
    (q) => searchParagraphs(archive, q, { limit: 3 }),
    (q) => renderSlackMessage(askQuestion(archive, q, { limit: 3 })),
    answerCpu,
  );
  const dates = timeEach(DATES, rounds, (d) => renderSlackMessage(answerSummit(archive, d, { today: BENCH_TODAY })));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const result: EngineLatency = {
    questions: QUESTIONS.length,
    dates: DATES.length,
    rounds,
    query: summarize(query),
    questionAnswer: summarize(answer),
    questionAnswerCpu: summarize(answerCpu),
    dateAnswer: summarize(dates),
    answerOverhead: Math.round(((sum(answer) - sum(query)) / sum(query)) * 1000) / 1000,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) main();
