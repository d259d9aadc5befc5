import { SeenSignatures } from '../../src/slack/http/seen-signatures';

const sig = (n: number) => `v0=${n.toString(16).padStart(64, '0')}`;

describe('SeenSignatures (the replay memory)', () => {
  let nowMs: number;
  const clock = () => nowMs;
  beforeEach(() => (nowMs = Date.UTC(2026, 0, 1, 12)));
  const nowSec = () => Math.floor(nowMs / 1000);

  it('accepts a signature once and refuses it again as a replay', () => {
    const seen = new SeenSignatures(clock);
    expect(seen.accept(sig(1), nowSec())).toBeNull();
    expect(seen.has(sig(1))).toBe(true);
    expect(seen.accept(sig(1), nowSec())).toBe('replay');
    // Slack's retry of the same event is signed anew: another signature, accepted.
    expect(seen.accept(sig(2), nowSec() + 60)).toBeNull();
  });

  it('forgets a signature once its timestamp is out of the five-minute window', () => {
    const seen = new SeenSignatures(clock);
    seen.accept(sig(1), nowSec());
    nowMs += 5 * 60 * 1000;
    expect(seen.has(sig(1))).toBe(true);
    nowMs += 1000;
    expect(seen.has(sig(1))).toBe(false);
    expect(seen.size).toBe(0);
  });

  it('keeps a signature stamped ahead until five minutes after its own timestamp', () => {
    const seen = new SeenSignatures(clock);
    seen.accept(sig(1), nowSec() + 240);
    nowMs += 8 * 60 * 1000;
    expect(seen.has(sig(1))).toBe(true);
  });

  it('when full, forgets the oldest and refuses anything signed at or before it: never lets a replay through', () => {
    const seen = new SeenSignatures(clock, 3);
    for (let i = 0; i < 3; i++) expect(seen.accept(sig(i), nowSec() - 100 + i)).toBeNull();
    expect(seen.accept(sig(3), nowSec())).toBeNull(); // sig(0), at now-100, is forgotten
    expect(seen.size).toBe(3);
    expect(seen.has(sig(0))).toBe(false);
    expect(seen.accept(sig(0), nowSec() - 100)).toBe('beyond-memory');
    expect(seen.accept(sig(9), nowSec() - 150)).toBe('beyond-memory');
    expect(seen.accept(sig(1), nowSec() - 99)).toBe('replay');
    expect(seen.accept(sig(10), nowSec())).toBeNull();
  });
});
