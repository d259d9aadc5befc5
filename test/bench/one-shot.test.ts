/**
 * How the scale bench times one-shot commands: compared commands taken in turn, the other processes'
 * share of the CPUs recorded beside each figure, and the update's articles added one per run. No
 * timing is asserted: this machine's speed is not under test.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otherCpuShare, parseCpuTicks } from '../../bench/machine-load';
import { freezeCli, measureUpdate, oneShots } from '../../bench/one-shot';
import type { OneShot } from '../../bench/one-shot';
import type { Step } from '../../bench/result-types';
import type { ScaleResult } from '../../bench/scale';
import { otherLoadNote } from '../../bench/scale-table';

const PROC_STAT = [
  'cpu  3398405 12 332627 1332632 10107 0 4879 10623 0 0',
  'cpu0 1699202 6 166313 666316 5053 0 2439 5311 0 0',
  'intr 123',
].join('\n');

describe("other processes' share of the CPUs", () => {
  it('reads busy and total ticks from the first line of /proc/stat', () => {
    const busy = 3398405 + 12 + 332627 + 0 + 4879 + 10623;
    expect(parseCpuTicks(PROC_STAT)).toEqual({ busy, total: busy + 1332632 + 10107 });
    expect(parseCpuTicks('intr 1\n')).toBeNull();
  });

  it("is the machine's busy share less the bench's own", () => {
    // 2 cores for 1 s = 200 ticks, 150 of them busy; the timed command used 0.5 s of CPU.
    const start = { busy: 1000, total: 5000 };
    const end = { busy: 1150, total: 5200 };
    expect(otherCpuShare(start, end, 0.5, 1, 2)).toBe(0.5);
    expect(otherCpuShare(start, end, 1.5, 1, 2)).toBe(0); // never below 0
    expect(otherCpuShare(start, start, 0, 1, 2)).toBe(0); // no ticks elapsed
  });
});

describe('one-shot commands timed by the scale bench', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'summit-one-shot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A command that notes its name in the log and prints a JSON line, as the CLI's --json does. */
  const noting = (name: string, log: string) => ({
    command: process.execPath,
    args: ['-e', `require('fs').appendFileSync(${JSON.stringify(log)}, '${name}'); console.log('{"ok":true}')`],
  });

  it('runs each command once untimed, then takes them in turn, alternating which goes first', async () => {
    const log = join(dir, 'order');
    const [a, b] = (await oneShots([noting('A', log), noting('B', log)], 3)) as Array<Step<OneShot>>;
    expect(readFileSync(log, 'utf8')).toBe('AB' + 'AB' + 'BA' + 'AB');
    for (const s of [a!, b!]) {
      expect(s.ok).toBe(true);
      if (!s.ok) continue;
      expect(s.runs).toBe(3);
      expect(s.seconds).toHaveLength(3);
      if (existsSync('/proc/stat')) {
        expect(s.otherCpuShare).toBeGreaterThanOrEqual(0);
        expect(s.otherCpuShare).toBeLessThanOrEqual(1);
      }
    }
  });

  it('says why when a command fails, for every command compared', async () => {
    const failing = { command: process.execPath, args: ['-e', 'process.exit(3)'] };
    const results = await oneShots([noting('A', join(dir, 'log')), failing], 2);
    expect(results).toHaveLength(2);
    for (const r of results) expect(r).toMatchObject({ ok: false, error: expect.stringContaining('code 3') });
  });

  it('adds one new article to the archive before each update', async () => {
    const corpus = join(dir, 'archive');
    const fakeCli = join(dir, 'cli.js');
    // Stands in for `cli index --json`: reports an update and how many articles the archive holds.
    writeFileSync(
      fakeCli,
      `const n = require('fs').readdirSync(process.argv[process.argv.indexOf('--corpus') + 1]).length;
       console.log(JSON.stringify({ seconds: n / 10, updated: true }));`,
    );
    mkdirSync(corpus);
    const update = await measureUpdate(fakeCli, corpus, join(dir, 'index'), 3);
    expect(update).toMatchObject({ ok: true, runs: 3, allUpdates: true, reportedMedianSeconds: 0.2 });
    expect(readFileSync(join(corpus, 'bench-update-3.md'), 'utf8')).toContain('Xi Jinping (bench update 3)');
  });
});

describe("the scale table's note on other processes", () => {
  const oneShot = (share: number): Step<OneShot> => ({ ok: true, runs: 1, seconds: [1], medianSeconds: 1, otherCpuShare: share });

  it('names each one-shot figure with the share of the CPUs others used meanwhile', () => {
    const r = {
      kremlin: { paragraphs: 1, coldAsk: oneShot(0.02), plainLunrColdAsk: { ok: false, skipped: '--engines summit' } },
      points: [{ scale: 1, coldAsk: oneShot(0.355), update: oneShot(0) }],
    } as unknown as ScaleResult;
    expect(otherLoadNote(r)).toBe(
      "Other processes' share of the CPUs while the one-shot commands ran (median over the runs; 0 % on an idle machine): " +
        'Kremlin `ask` 2 %; 1×: `ask` 36 %, add one article 0 %.',
    );
  });

  it('says nothing when no share was measured', () => {
    const r = { kremlin: { coldAsk: { ok: false, skipped: 'x' } }, points: [] } as unknown as ScaleResult;
    expect(otherLoadNote(r)).toBeNull();
  });
});

describe('the CLI bundle a scale run freezes', () => {
  it('holds every bundle the CLI starts a worker thread from, beside the CLI', async () => {
    const dir = await freezeCli(`test-${process.pid}`);
    try {
      expect(readdirSync(dir).sort()).toEqual(
        expect.arrayContaining(['build-worker.js', 'cli.code.js', 'cli.js', 'names-worker.js', 'scan-worker.js']),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
