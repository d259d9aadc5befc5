/**
 * Robustness under load: generated hostile inputs (bench/fuzz-inputs.ts) through questions, dates
 * and on-this-date, one after another on one opened archive. Counts exceptions and answers without a
 * kind, and times each call. Prints one JSON line.
 *
 * Stops early after a time budget (seconds, default 900) so a slow engine cannot hold the bench for
 * hours; `inputsRun` < `inputs` then says so, and the target check counts it as not met.
 *
 *   node --import tsx bench/robustness.ts <indexDir> <count> [seed] [budgetSeconds]
 */
import { performance } from 'node:perf_hooks';
import { openArchive } from '../src/search/archive';
import { answerFuzzInput } from './answer-fuzz-input';
import { fuzzInputs } from './fuzz-inputs';
import { summarize, type LatencySummary } from './stats';

export const DEFAULT_BUDGET_S = 900;

export interface RobustnessFigures {
  inputs: number;
  /** Inputs sent before the time budget ran out (= inputs when it did not). */
  inputsRun: number;
  budgetSeconds: number;
  seed: number;
  exceptions: number;
  answersWithoutKind: number;
  /** Calls that took 1 s or more. */
  slowerThan1s: number;
  latency: LatencySummary;
  byTarget: Record<string, LatencySummary>;
  /** Up to 5 failures, to reproduce with fuzzInputs(count, seed)[index]. */
  failures: Array<{ index: number; family: string; target: string; error: string }>;
  slowest: { index: number; family: string; target: string; ms: number; textStart: string };
}

function main(): void {
  const [indexDir, countArg, seedArg, budgetArg] = process.argv.slice(2);
  if (!indexDir) throw new Error('usage: robustness.ts <indexDir> <count> [seed]');
  const seed = Number(seedArg ?? 20240229);
  const inputs = fuzzInputs(Number(countArg ?? 10_000), seed);
  const budgetSeconds = Number(budgetArg ?? DEFAULT_BUDGET_S);
  const archive = openArchive(indexDir);
  const deadline = performance.now() + budgetSeconds * 1000;
  const samples: number[] = [];
  const byTarget = new Map<string, number[]>();
  const failures: RobustnessFigures['failures'] = [];
  let exceptions = 0;
  let withoutKind = 0;
  let slowest = { index: -1, ms: -1 };
  let inputsRun = 0;
  for (const [index, input] of inputs.entries()) {
    if (performance.now() > deadline) break;
    inputsRun += 1;
    const t = performance.now();
    try {
      const answer = answerFuzzInput(archive, input);
      if (!answer || typeof answer.kind !== 'string') withoutKind += 1;
    } catch (e) {
      exceptions += 1;
      if (failures.length < 5)
        failures.push({ index, family: input.family, target: input.target, error: String((e as Error)?.message ?? e).slice(0, 200) });
    }
    const ms = performance.now() - t;
    samples.push(ms);
    if (!byTarget.has(input.target)) byTarget.set(input.target, []);
    byTarget.get(input.target)!.push(ms);
    if (ms > slowest.ms) slowest = { index, ms };
  }
  const s = inputs[slowest.index]!;
  const result: RobustnessFigures = {
    inputs: inputs.length,
    inputsRun,
    budgetSeconds,
    seed,
    exceptions,
    answersWithoutKind: withoutKind,
    slowerThan1s: samples.filter((ms) => ms >= 1000).length,
    latency: summarize(samples),
    byTarget: Object.fromEntries([...byTarget].map(([k, v]) => [k, summarize(v)])),
    failures,
    slowest: {
      index: slowest.index,
      family: s.family,
      target: s.target,
      ms: Math.round(slowest.ms * 10) / 10,
      textStart: s.text.slice(0, 60),
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) main();
