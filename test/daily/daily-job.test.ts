import * as fs from 'node:fs';
import * as path from 'node:path';
import { startDailyJob, type DailyJobDeps } from '../../src/daily/daily-job';
import { LEDGER_FILE, Ledger, LedgerError } from '../../src/daily/ledger';
import { Subscriptions } from '../../src/daily/subscriptions';
import { capturingLogger, manualClock, MESSAGE, recordingPoster, tmpStateDir } from './helpers';

const BERLIN_NINE = { time: { hour: 9, minute: 0 }, tz: 'Europe/Berlin' };

function job(overrides: Partial<DailyJobDeps> & Pick<DailyJobDeps, 'stateDir' | 'post' | 'now'>) {
  const { logger, lines } = capturingLogger();
  const j = startDailyJob({
    channels: ['C1', 'C2'],
    ...BERLIN_NINE,
    composePost: () => MESSAGE,
    logger,
    schedule: false,
    ...overrides,
  });
  return { job: j, lines };
}

describe('daily job', () => {
  it('catches up after a restart past the post time, and never posts a second copy', async () => {
    const stateDir = tmpStateDir();
    const clock = manualClock('2025-06-15T08:30:00Z'); // 10:30 in Berlin, the post was due at 09:00
    const poster = recordingPoster();

    const first = job({ stateDir, post: poster.post, now: clock.now });
    const report = await first.job.started;
    expect(report?.posted.map((p) => p.channel)).toEqual(['C1', 'C2']);
    first.job.stop();

    clock.set('2025-06-15T09:00:00Z'); // restart an hour later
    const second = job({ stateDir, post: poster.post, now: clock.now });
    expect((await second.job.started)?.skipped.map((s) => s.reason)).toEqual(['already-posted', 'already-posted']);
    // A rerun by hand, and a retry wake-up, post nothing either.
    await second.job.runNow();
    await second.job.runDue();
    expect(poster.calls.map((c) => c.channel)).toEqual(['C1', 'C2']);
    expect(new Ledger(stateDir).entries().map((e) => [e.date, e.channel, e.status])).toEqual([
      ['2025-06-15', 'C1', 'posted'],
      ['2025-06-15', 'C2', 'posted'],
    ]);
  });

  it('waits for the post time when started before it, then posts the next day again', async () => {
    const stateDir = tmpStateDir();
    const clock = manualClock('2025-06-15T06:59:00Z'); // 08:59 in Berlin
    const poster = recordingPoster();
    const { job: j } = job({ stateDir, post: poster.post, now: clock.now });
    expect(await j.started).toBeNull();
    expect(j.nextRun()?.toISOString()).toBe('2025-06-15T07:00:00.000Z');
    expect(poster.calls).toHaveLength(0);

    clock.set('2025-06-15T07:00:00Z');
    expect((await j.runDue())?.posted).toHaveLength(2);
    clock.set('2025-06-16T06:00:00Z'); // 08:00 the next day: not yet
    expect(await j.runDue()).toBeNull();
    clock.set('2025-06-16T07:00:00Z');
    expect((await j.runDue())?.date).toBe('2025-06-16');
    expect(poster.calls).toHaveLength(4);
  });

  it('two job instances sharing STATE_DIR, racing, post each channel once', async () => {
    const stateDir = tmpStateDir();
    const clock = manualClock('2025-06-15T08:00:00Z');
    const a = recordingPoster({ delayMs: 30 });
    const b = recordingPoster({ delayMs: 30 });
    const channels = ['C1', 'C2', 'C3', 'C4', 'C5'];
    const one = job({ stateDir, channels, post: a.post, now: clock.now });
    const two = job({ stateDir, channels, post: b.post, now: clock.now });
    await Promise.all([one.job.started, two.job.started, one.job.runNow(), two.job.runNow()]);
    const posted = [...a.calls, ...b.calls].map((c) => c.channel).sort();
    expect(posted).toEqual(channels);
  });

  it('a failing channel is logged with the fix, does not stop the others, and is retried at the next run', async () => {
    const stateDir = tmpStateDir();
    const clock = manualClock('2025-06-15T07:00:00Z');
    const failing = recordingPoster({ failFor: { C2: 'not_in_channel' } });
    const { job: j, lines } = job({ stateDir, channels: ['C1', 'C2', 'C3'], post: failing.post, now: clock.now });
    const report = await j.started;
    expect(report?.posted.map((p) => p.channel)).toEqual(['C1', 'C3']);
    expect(report?.failed).toEqual([{ channel: 'C2', error: 'not_in_channel', fix: expect.stringContaining('/invite @Summit') }]);
    const logged = lines.find((l) => l.level === 50 && l.channel === 'C2');
    expect(logged?.msg).toMatch(
      /daily post to C2 failed \(not_in_channel\): Summit is not a member of C2: invite the bot there with \/invite @Summit/,
    );
    j.stop();

    // The retry an hour later (another process here: the channel was invited meanwhile).
    clock.set('2025-06-15T08:00:00Z');
    const fixed = recordingPoster();
    const retry = job({ stateDir, channels: ['C1', 'C2', 'C3'], post: fixed.post, now: clock.now });
    expect((await retry.job.started)?.posted.map((p) => p.channel)).toEqual(['C2']);
    expect(fixed.calls.map((c) => c.channel)).toEqual(['C2']);
  });

  it('a corrupt ledger stops the job with a message naming the file, and posts nothing', async () => {
    const stateDir = tmpStateDir();
    const file = path.join(stateDir, LEDGER_FILE);
    fs.writeFileSync(file, '{"version":1,"posts":[{"date":"2025-06-15","chan');
    const poster = recordingPoster();
    const { job: j, lines } = job({ stateDir, post: poster.post, now: manualClock('2025-06-15T08:00:00Z').now });
    expect(await j.started).toBeNull();
    expect(poster.calls).toHaveLength(0);
    expect(j.stoppedBecause()).toContain(file);
    expect(j.nextRun()).toBeNull();
    const fatal = lines.find((l) => l.level === 60);
    expect(fatal?.msg).toMatch(/^daily post stopped: The daily-post ledger .* cannot be read .*Restore the file/);
    expect(await j.runDue()).toBeNull();
    await expect(j.runNow()).rejects.toThrow(LedgerError);
    expect(fs.readFileSync(file, 'utf8')).toContain('"chan'); // left as it was, for the operator
  });

  it('posts to subscribed channels too, kept across restarts, and stops after unsubscribe', async () => {
    const stateDir = tmpStateDir();
    new Subscriptions(stateDir).subscribe('CSUB', 'U1');
    const clock = manualClock('2025-06-15T08:00:00Z');
    const poster = recordingPoster();
    const { job: j } = job({ stateDir, channels: ['C1'], post: poster.post, now: clock.now });
    await j.started;
    expect(poster.calls.map((c) => c.channel)).toEqual(['C1', 'CSUB']);

    new Subscriptions(stateDir).unsubscribe('CSUB');
    clock.set('2025-06-16T08:00:00Z');
    await j.runDue();
    expect(poster.calls.map((c) => c.channel)).toEqual(['C1', 'CSUB', 'C1']);
  });

  it('on DST days posts once, at the local time', async () => {
    const stateDir = tmpStateDir();
    const poster = recordingPoster();
    // New York springs forward 2025-03-09: 09:00 EDT is 13:00Z (14:00Z the day before).
    const clock = manualClock('2025-03-09T12:59:00Z');
    const { job: j } = job({ stateDir, time: { hour: 9, minute: 0 }, tz: 'America/New_York', post: poster.post, now: clock.now });
    expect(await j.started).toBeNull();
    clock.set('2025-03-09T13:00:00Z');
    await j.runDue();
    clock.set('2025-03-09T14:00:00Z');
    await j.runDue();
    // Falls back 2025-11-02: 01:30 happens at 05:30Z and again at 06:30Z.
    const nightClock = manualClock('2025-11-02T05:29:00Z');
    const night = job({ stateDir, time: { hour: 1, minute: 30 }, tz: 'America/New_York', post: poster.post, now: nightClock.now });
    expect(await night.job.started).toBeNull();
    for (const t of ['2025-11-02T05:30:00Z', '2025-11-02T06:30:00Z']) {
      nightClock.set(t);
      await night.job.runDue();
    }
    expect(poster.calls.map((c) => c.channel)).toEqual(['C1', 'C2', 'C1', 'C2']);
    // (March's entries were pruned: the ledger keeps 90 days.)
    expect(new Ledger(stateDir).entries().map((e) => e.date)).toEqual(['2025-11-02', '2025-11-02']);
  });

  it('DST spring-forward day with a post time inside the gap posts at the first valid time', async () => {
    const stateDir = tmpStateDir();
    const poster = recordingPoster();
    const clock = manualClock('2025-03-09T06:59:00Z'); // 01:59 EST; 02:30 does not exist that day
    const { job: j } = job({ stateDir, time: { hour: 2, minute: 30 }, tz: 'America/New_York', post: poster.post, now: clock.now });
    expect(await j.started).toBeNull();
    expect(j.nextRun()?.toISOString()).toBe('2025-03-09T07:00:00.000Z'); // 03:00 EDT
    clock.set('2025-03-09T07:00:00Z');
    await j.runDue();
    expect(poster.calls.map((c) => c.channel)).toEqual(['C1', 'C2']);
  });

  it('a post that went out but was never recorded (a crash) is not posted again', async () => {
    const stateDir = tmpStateDir();
    const ledger = new Ledger(stateDir, { now: () => new Date('2025-06-15T07:00:00Z') });
    await ledger.claim('2025-06-15', 'C1'); // claimed, posted, then the process died
    const poster = recordingPoster();
    const { job: j, lines } = job({ stateDir, post: poster.post, now: manualClock('2025-06-15T08:00:00Z').now });
    const report = await j.started;
    expect(report?.skipped).toEqual([{ channel: 'C1', reason: 'unconfirmed', at: '2025-06-15T07:00:00.000Z' }]);
    expect(poster.calls.map((c) => c.channel)).toEqual(['C2']);
    expect(lines.find((l) => l.level === 40)?.msg).toMatch(/never confirmed .* remove that entry from/);
  });

  it('posts nothing, and records nothing, on a day without a summit (DAILY_EMPTY=skip)', async () => {
    const stateDir = tmpStateDir();
    const poster = recordingPoster();
    const { job: j } = job({ stateDir, post: poster.post, composePost: () => null, now: manualClock('2025-06-20T08:00:00Z').now });
    expect((await j.started)?.skipped.map((s) => s.reason)).toEqual(['nothing-to-post', 'nothing-to-post']);
    expect(poster.calls).toHaveLength(0);
    expect(new Ledger(stateDir).entries()).toEqual([]);
  });

  it('schedules with croner at DAILY_TIME in DAILY_TZ and stops cleanly', async () => {
    const stateDir = tmpStateDir();
    const poster = recordingPoster();
    const { job: j } = job({ stateDir, post: poster.post, schedule: true, now: manualClock('2025-06-15T06:00:00Z').now });
    await j.started;
    expect(j.nextRun()?.toISOString()).toBe('2025-06-15T07:00:00.000Z');
    j.stop();
    expect(poster.calls).toHaveLength(0);
  });
});
