import * as path from 'node:path';
import { z } from 'zod';
import { readStateFile, writeFileAtomicSync } from '../files/atomic-file';
import { withLockSync, type LockOptions } from '../files/file-lock';
import { SINGLE_WORKSPACE, type Subscription, type SubscriptionStore } from '../state/store';

export type { Subscription };

/**
 * Channels that asked for the daily post with `/summit subscribe`, kept in STATE_DIR so they
 * survive restarts: the files implementation of SubscriptionStore. Read from disk on every use, so
 * several processes sharing the folder agree; changes are made under a lock and written atomically.
 * Entries without `team` belong to the single workspace of a static token.
 */
const fileSchema = z.object({
  version: z.literal(1),
  channels: z.array(z.object({ channel: z.string().min(1), by: z.string(), at: z.string(), team: z.string().optional() })),
});
type Stored = Subscription & { team?: string };

export const SUBSCRIPTIONS_FILE = 'subscriptions.json';

/** The subscriptions file cannot be read; it is left as it is, never overwritten. */
export class SubscriptionsError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`The subscriptions file ${file} cannot be read (${reason}). Repair its JSON or restore it from a backup.`);
    this.name = 'SubscriptionsError';
  }
}

export interface SubscriptionsOptions {
  now?: () => Date;
  lock?: LockOptions;
}

const inTeam = (s: Stored, team: string) => (s.team ?? SINGLE_WORKSPACE) === team;
const plain = ({ channel, by, at }: Stored): Subscription => ({ channel, by, at });

export class Subscriptions implements SubscriptionStore {
  readonly file: string;
  private readonly lockFile: string;

  constructor(
    stateDir: string,
    private readonly options: SubscriptionsOptions = {},
  ) {
    this.file = path.resolve(stateDir, SUBSCRIPTIONS_FILE);
    this.lockFile = `${this.file}.lock`;
  }

  /** Every stored subscription of every workspace; throws SubscriptionsError. */
  all(): Stored[] {
    return readStateFile(this.file, fileSchema, (reason) => new SubscriptionsError(this.file, reason))?.channels ?? [];
  }

  async list(team = SINGLE_WORKSPACE): Promise<Subscription[]> {
    return this.all()
      .filter((s) => inTeam(s, team))
      .map(plain);
  }

  async subscribe(channel: string, by: string, team = SINGLE_WORKSPACE): Promise<{ added: boolean; subscription: Subscription }> {
    return this.change<{ added: boolean; subscription: Subscription }>((list) => {
      const existing = list.find((s) => s.channel === channel && inTeam(s, team));
      if (existing) return { result: { added: false, subscription: plain(existing) } };
      const subscription = { channel, by, at: (this.options.now?.() ?? new Date()).toISOString() };
      return {
        list: [...list, team === SINGLE_WORKSPACE ? subscription : { ...subscription, team }],
        result: { added: true, subscription },
      };
    });
  }

  async unsubscribe(channel: string, team = SINGLE_WORKSPACE): Promise<boolean> {
    return this.change<boolean>((list) => {
      if (!list.some((s) => s.channel === channel && inTeam(s, team))) return { result: false };
      return { list: list.filter((s) => !(s.channel === channel && inTeam(s, team))), result: true };
    });
  }

  private change<T>(fn: (list: Stored[]) => { list?: Stored[]; result: T }): T {
    return withLockSync(
      this.lockFile,
      () => {
        const { list, result } = fn(this.all());
        if (list) writeFileAtomicSync(this.file, `${JSON.stringify({ version: 1, channels: list }, null, 1)}\n`);
        return result;
      },
      this.options.lock,
    );
  }
}
