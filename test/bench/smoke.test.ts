/**
 * The bench cannot rot: a quick run on the bundled archive, as a child process exactly as
 * `npm run bench -- --quick --corpus corpus --json …` runs, must print one JSON document holding every
 * figure. No timing is asserted: this machine's speed is not under test.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchResult } from '../../bench/result-types';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** Paths of figures that are null (NaN) or missing, e.g. `latency.query.p99Ms`. */
function missingFigures(value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => missingFigures(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => missingFigures(v, path ? `${path}.${k}` : k));
  return [];
}

describe('npm run bench (quick, bundled archive)', () => {
  let result: BenchResult;

  beforeAll(async () => {
    const args = [
      '--import',
      'tsx',
      'bench/run.ts',
      '--quick',
      '--corpus',
      'corpus',
      '--json',
      '--robustness',
      '--slack',
      '--fuzz',
      '120',
      '--requests',
      '20',
    ];
    const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    result = JSON.parse(stdout) as BenchResult; // stdout holds the JSON document and nothing else
  }, 90_000);

  it('describes the machine, the options and the workload', () => {
    expect(result.tool).toBe('summit-bench');
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.workload.questions).toBeGreaterThanOrEqual(60);
    expect(result.workload.dates).toBeGreaterThanOrEqual(20);
    expect(result.archives.map((a) => [a.name, a.role])).toEqual([['bundled', 'bundled']]);
  });

  it('measured every step', () => {
    const a = result.archives[0]!;
    for (const step of [a.build, a.indexSize, a.coldStart, a.latency, a.plainLunr, a.miniSearch, a.robustness, a.concurrentSlack]) {
      expect(step).toMatchObject({ ok: true });
    }
  });

  it('holds every figure, side-by-side ratios and target checks included', () => {
    const a = result.archives[0]!;
    expect(missingFigures(a)).toEqual([]);
    expect(a.corpus).toMatchObject({ articles: 5, paragraphs: expect.any(Number) });
    expect(Object.keys(a.sideBySide).sort()).toEqual([
      'answerOverhead',
      'answerVsMiniSearch',
      'buildVsMiniSearch',
      'buildVsPlainLunr',
      'queryVsMiniSearch',
      'queryVsPlainLunr',
    ]);
    expect(a.targets.length).toBeGreaterThan(0);
    if (a.robustness.ok) expect(a.robustness.exceptions).toBe(0);
    if (a.concurrentSlack.ok) expect(a.concurrentSlack.answersDelivered).toBe(20);
  });
});
