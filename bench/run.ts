/**
 * `npm run bench`: every figure of issue 5 for each archive (by default the bundled one, the Kremlin
 * archive, and both bench archives together), as a table, or with --json as one JSON document.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, resolveArchive } from './archives';
import { benchArchive, roleOf, STEPS_PER_ARCHIVE } from './bench-archive';
import { BenchUsageError, parseBenchArgs } from './bench-args';
import { describeMachine } from './machine';
import { startProgress } from './progress';
import { DATES, QUESTIONS } from './questions';
import { renderTextTable } from './render-table';
import type { BenchResult } from './result-types';
import { runScaleBench } from './scale';
import { renderScaleTable } from './scale-table';

async function main(): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof BenchUsageError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  const runId = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  if (args.scales) {
    const scaled = await runScaleBench({
      scales: args.scales,
      engines: args.engines,
      rounds: args.rounds,
      coldRuns: args.coldRuns,
      updateRuns: args.updateRuns,
      baselineHeapMb: args.baselineHeapMb,
      engineHeapMb: args.engineHeapMb,
      source: args.scaleSource,
      runId,
    });
    process.stdout.write(args.json ? `${JSON.stringify(scaled, null, 1)}\n` : `${renderScaleTable(scaled)}\n`);
    return 0;
  }
  const result: BenchResult = {
    tool: 'summit-bench',
    startedAt: new Date().toISOString(),
    machine: describeMachine(),
    options: {
      quick: args.quick,
      rounds: args.rounds,
      fuzzInputs: args.fuzzInputs,
      fuzzBudgetSeconds: args.fuzzBudgetSeconds,
      slackRequests: args.slackRequests,
      baselineHeapMb: args.baselineHeapMb,
      engineHeapMb: args.engineHeapMb,
    },
    workload: { questions: QUESTIONS.length, dates: DATES.length },
    archives: [],
  };
  const progress = startProgress(args.archives.length * STEPS_PER_ARCHIVE);
  try {
    for (const spec of args.archives) {
      progress.step(`${spec.name}: unpacking`);
      const archive = resolveArchive(spec, runId);
      const role = roleOf(spec.sources);
      // The default full run loads the combined archive as the issue asks; other archives on request.
      const atScale = role === 'combined' && !args.quick;
      const figures = await benchArchive(archive, role, {
        rounds: args.rounds,
        fuzzInputs: args.fuzzInputs,
        fuzzBudgetSeconds: args.fuzzBudgetSeconds,
        slackRequests: args.slackRequests,
        robustness: args.robustness || atScale,
        slack: args.slack || atScale,
        baselineHeapMb: args.baselineHeapMb,
        engineHeapMb: args.engineHeapMb,
        engines: args.engines,
        onStep: (label) => progress.step(label),
      });
      result.archives.push(figures);
      // Kept after each archive, so a run stopped half-way still leaves its figures.
      writeFileSync(join(CACHE_DIR, 'last-run.json'), `${JSON.stringify(result, null, 1)}\n`);
      rmSync(archive.indexDir, { recursive: true, force: true });
    }
  } finally {
    progress.stop();
    rmSync(join(CACHE_DIR, 'runs', runId), { recursive: true, force: true });
  }
  process.stdout.write(args.json ? `${JSON.stringify(result, null, 1)}\n` : `${renderTextTable(result)}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
