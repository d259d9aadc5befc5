import * as path from 'node:path';
import { z } from 'zod';
import { readStateFile, writeFileAtomicSync } from '../files/atomic-file';
import { withLockSync, type LockOptions } from '../files/file-lock';

/**
 * Channels that asked for the daily post with `/summit subscribe`, kept in STATE_DIR so they
 * survive restarts. Read from disk on every use, so several processes sharing the folder agree;
 * changes are made under a lock and written atomically.
 */
export interface Subscription {
  channel: string;
  /** Who subscribed it (a Slack user id). */
  by: string;
  at: string; // ISO 8601
}

const fileSchema = z.object({
  version: z.literal(1),
  channels: z.array(z.object({ channel: z.string().min(1), by: z.string(), at: z.string() })),
});

export const SUBSCRIPTIONS_FILE = 'subscriptions.json';

/** The subscriptions file cannot be read; it is left as it is, never overwritten. */
export class SubscriptionsError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`The subscriptions file ${file} cannot be read (${reason}). Repair its JSON or restore it from a backup.`);
    this.name = 'SubscriptionsError';
  }
}

export interface SubscriptionsOptions {
  /** Channels from DAILY_CHANNELS: always posted to, listed as configured. */
  configured?: readonly string[];
  /** The post's local time and zone, for the replies ("every day at 09:00 (Europe/Berlin)"). */
  schedule?: { time: string; tz: string };
  now?: () => Date;
  lock?: LockOptions;
}

export class Subscriptions {
  readonly file: string;
  readonly configured: readonly string[];
  readonly schedule?: { time: string; tz: string };
  private readonly lockFile: string;

  constructor(stateDir: string, private readonly options: SubscriptionsOptions = {}) {
    this.file = path.resolve(stateDir, SUBSCRIPTIONS_FILE);
    this.lockFile = `${this.file}.lock`;
    this.configured = options.configured ?? [];
    this.schedule = options.schedule;
  }

  /** Channels subscribed with `/summit subscribe`, oldest first; throws SubscriptionsError. */
  list(): Subscription[] {
    return readStateFile(this.file, fileSchema, (reason) => new SubscriptionsError(this.file, reason))?.channels ?? [];
  }

  /** Every channel the daily post goes to: DAILY_CHANNELS first, then subscriptions. */
  channels(): string[] {
    return [...new Set([...this.configured, ...this.list().map((s) => s.channel)])];
  }

  isConfigured(channel: string): boolean {
    return this.configured.includes(channel);
  }

  /** Adds `channel`; returns the existing subscription instead when there is one. */
  subscribe(channel: string, by: string): { added: boolean; subscription: Subscription } {
    return this.change<{ added: boolean; subscription: Subscription }>((list) => {
      const existing = list.find((s) => s.channel === channel);
      if (existing) return { result: { added: false, subscription: existing } };
      const subscription = { channel, by, at: (this.options.now?.() ?? new Date()).toISOString() };
      return { list: [...list, subscription], result: { added: true, subscription } };
    });
  }

  /** Removes `channel`; false when it was not subscribed. */
  unsubscribe(channel: string): boolean {
    return this.change<boolean>((list) => {
      if (!list.some((s) => s.channel === channel)) return { result: false };
      return { list: list.filter((s) => s.channel !== channel), result: true };
    });
  }

  private change<T>(fn: (list: Subscription[]) => { list?: Subscription[]; result: T }): T {
    return withLockSync(
      this.lockFile,
      () => {
        const { list, result } = fn(this.list());
        if (list) writeFileAtomicSync(this.file, `${JSON.stringify({ version: 1, channels: list }, null, 1)}\n`);
        return result;
      },
      this.options.lock,
    );
  }
}
