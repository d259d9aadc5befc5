import type { SignatureMemory, SignatureRefusal } from '../../state/store';
import { SEEN_SIGNATURES_CAP, SIGNATURE_WINDOW_SECONDS } from './request-limits';

export type { SignatureMemory, SignatureRefusal };

/**
 * Signatures Summit has accepted, each kept until its timestamp leaves the five-minute window (after
 * that the request is refused as stale anyway). A signature covers its timestamp and body, so Slack's
 * retries, signed anew, are never mistaken for replays.
 *
 * Bounded: when `cap` signatures are remembered, the oldest is forgotten and its timestamp becomes a
 * floor — nothing signed at or before it is accepted any more, because a replay of the forgotten one
 * could not be told apart. Under a flood the window shrinks; a replay is never let through.
 *
 * This memory is the process's own (the files mode: one receiver per machine). With DATABASE_URL the
 * store's PostgreSQL memory takes its place, so a replay sent to another replica is refused too.
 */
export class SeenSignatures implements SignatureMemory {
  /** signature → its timestamp (s); a Map iterates in insertion order, oldest first. */
  private readonly seen = new Map<string, number>();
  private floorSec = -Infinity;
  private sweptAtSec = -Infinity;

  constructor(
    private readonly nowMs: () => number = Date.now,
    private readonly cap = SEEN_SIGNATURES_CAP,
  ) {}

  /** Whether `signature` was already accepted (checked before its body is read). */
  has(signature: string): boolean {
    this.forgetExpired();
    return this.seen.has(signature);
  }

  /** Records a verified signature; returns why it may not be used, or null the first time. */
  accept(signature: string, timestampSec: number): SignatureRefusal | null {
    this.forgetExpired();
    if (this.seen.has(signature)) return 'replay';
    if (timestampSec <= this.floorSec) return 'beyond-memory';
    this.seen.set(signature, timestampSec);
    if (this.seen.size > this.cap) {
      const [oldest, oldestSec] = this.seen.entries().next().value as [string, number];
      this.seen.delete(oldest);
      this.floorSec = Math.max(this.floorSec, oldestSec);
    }
    return null;
  }

  get size(): number {
    return this.seen.size;
  }

  /** At most once a second, however many requests come: a sweep reads every entry. */
  private forgetExpired(): void {
    const nowSec = Math.floor(this.nowMs() / 1000);
    if (nowSec === this.sweptAtSec) return;
    this.sweptAtSec = nowSec;
    for (const [signature, sec] of this.seen) if (sec < nowSec - SIGNATURE_WINDOW_SECONDS) this.seen.delete(signature);
  }
}
