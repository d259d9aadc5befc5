import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomicSync } from '../../src/files/atomic-file';
import { withLock, LockTimeoutError } from '../../src/files/file-lock';
import { Ledger, LedgerError, LEDGER_FILE } from '../../src/daily/ledger';
import { tmpStateDir } from './helpers';

describe('Ledger', () => {
  it('claims once, confirms with the ts, and survives a new instance (a restart)', async () => {
    const dir = tmpStateDir();
    const ledger = new Ledger(dir);
    expect(await ledger.claim('2025-06-15', 'C1')).toEqual({ claimed: true });
    const again = await ledger.claim('2025-06-15', 'C1');
    expect(again.claimed).toBe(false);
    await ledger.confirm('2025-06-15', 'C1', '1700000000.000001');

    const restarted = new Ledger(dir);
    expect(restarted.find('2025-06-15', 'C1')).toMatchObject({ status: 'posted', ts: '1700000000.000001' });
    expect(restarted.find('2025-06-16', 'C1')).toBeUndefined();
    // Written atomically: no temporary file is left beside it.
    expect(fs.readdirSync(dir).sort()).toEqual([LEDGER_FILE]);
  });

  it('gives a claim back after a failure so a later run can try again', async () => {
    const ledger = new Ledger(tmpStateDir());
    await ledger.claim('2025-06-15', 'C1');
    await ledger.release('2025-06-15', 'C1');
    expect(ledger.find('2025-06-15', 'C1')).toBeUndefined();
    expect(await ledger.claim('2025-06-15', 'C1')).toEqual({ claimed: true });
  });

  it('lets exactly one of many concurrent claimers (separate instances) win', async () => {
    const dir = tmpStateDir();
    const results = await Promise.all(Array.from({ length: 12 }, () => new Ledger(dir).claim('2025-06-15', 'C1')));
    expect(results.filter((r) => r.claimed)).toHaveLength(1);
    // No claim was lost to a concurrent rewrite either.
    await Promise.all(['C2', 'C3', 'C4', 'C5'].map((c) => new Ledger(dir).claim('2025-06-15', c)));
    expect(
      new Ledger(dir)
        .entries()
        .map((e) => e.channel)
        .sort(),
    ).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
  });

  it.each([
    ['half-written JSON', '{"version":1,"posts":[{"date":"2025-06'],
    ['an empty file', ''],
    ['something else', '{"hello":"world"}'],
  ])('refuses a corrupt ledger (%s) with an error naming the file and what to do', (_name, content) => {
    const dir = tmpStateDir();
    fs.writeFileSync(path.join(dir, LEDGER_FILE), content);
    const ledger = new Ledger(dir);
    expect(() => ledger.entries()).toThrow(LedgerError);
    expect(() => ledger.entries()).toThrow(path.join(dir, LEDGER_FILE));
    expect(() => ledger.entries()).toThrow(/daily post is stopped.*Restore the file/s);
  });

  it('never overwrites a corrupt ledger when claiming', async () => {
    const dir = tmpStateDir();
    fs.writeFileSync(path.join(dir, LEDGER_FILE), 'garbage');
    await expect(new Ledger(dir).claim('2025-06-15', 'C1')).rejects.toThrow(LedgerError);
    expect(fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8')).toBe('garbage');
  });

  it('drops entries older than 90 days when it rewrites', async () => {
    const dir = tmpStateDir();
    let now = new Date('2025-01-01T09:00:00Z');
    const ledger = new Ledger(dir, { now: () => now });
    await ledger.claim('2025-01-01', 'C1');
    now = new Date('2025-06-15T09:00:00Z');
    await ledger.claim('2025-06-15', 'C1');
    expect(ledger.entries().map((e) => e.date)).toEqual(['2025-06-15']);
  });
});

describe('file lock', () => {
  it('waits for a live holder and times out naming it', async () => {
    const dir = tmpStateDir();
    const lock = path.join(dir, 'x.lock');
    await withLock(lock, async () => {
      await expect(withLock(lock, () => 1, { timeoutMs: 100 })).rejects.toThrow(LockTimeoutError);
    });
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('breaks a lock left by a crashed process (dead pid, or too old)', async () => {
    const dir = tmpStateDir();
    const lock = path.join(dir, 'x.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), at: 'then', token: 't' }));
    expect(await withLock(lock, () => 'got it', { timeoutMs: 500 })).toBe('got it');

    fs.writeFileSync(lock, 'half');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    expect(await withLock(lock, () => 'again', { timeoutMs: 500 })).toBe('again');
  });

  it('atomic write replaces the whole file', () => {
    const file = path.join(tmpStateDir(), 'a.json');
    writeFileAtomicSync(file, 'one');
    writeFileAtomicSync(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
  });
});
