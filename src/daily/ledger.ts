import * as os from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { readStateFile, writeFileAtomicSync } from '../files/atomic-file';
import { withLock, type LockOptions } from '../files/file-lock';
import { SINGLE_WORKSPACE, type Claim, type DailyLedger, type LedgerEntry } from '../state/store';

/**
 * The record of daily posts in STATE_DIR, shared by every process using that folder. A post is
 * claimed ('posting') under a lock before Slack is called and confirmed ('posted', with its ts)
 * after, so two processes never both post, and a crash between the post and the record leaves a
 * claim that is never posted again: a possibly missed post rather than a possible duplicate.
 * The files implementation of DailyLedger (src/state/store.ts); entries without `team` belong to
 * the single workspace of a static token.
 */
export type { LedgerEntry, Claim };

const entrySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  channel: z.string().min(1),
  status: z.enum(['posting', 'posted']),
  at: z.string(),
  ts: z.string().optional(),
  team: z.string().optional(),
  pid: z.number().optional(),
  host: z.string().optional(),
});
const fileSchema = z.object({ version: z.literal(1), posts: z.array(entrySchema) });

export const LEDGER_FILE = 'daily-ledger.json';

/** Entries older than this are dropped when the ledger is rewritten. */
const KEEP_DAYS = 90;

/** The ledger cannot be trusted; the daily job stops rather than post to everyone again. */
export class LedgerError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `The daily-post ledger ${file} cannot be read (${reason}). The daily post is stopped so that no channel ` +
        `gets a second copy. Restore the file from a backup or repair its JSON, then restart Summit. Moving it ` +
        `away makes Summit forget what it posted: every channel not yet posted today would be posted again.`,
    );
    this.name = 'LedgerError';
  }
}

const sameTeam = (e: LedgerEntry, team: string) => (e.team ?? SINGLE_WORKSPACE) === team;
const isKey = (e: LedgerEntry, date: string, channel: string, team: string) =>
  e.date === date && e.channel === channel && sameTeam(e, team);
const teamField = (team: string) => (team === SINGLE_WORKSPACE ? {} : { team });

export class Ledger implements DailyLedger {
  readonly file: string;
  private readonly lockFile: string;

  constructor(
    stateDir: string,
    private readonly options: { now?: () => Date; lock?: LockOptions } = {},
  ) {
    this.file = path.resolve(stateDir, LEDGER_FILE);
    this.lockFile = `${this.file}.lock`;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Every entry; throws LedgerError when the file is unreadable or not a ledger. */
  entries(): LedgerEntry[] {
    return readStateFile(this.file, fileSchema, (reason) => new LedgerError(this.file, reason))?.posts ?? [];
  }

  get where(): string {
    return this.file;
  }

  /** The entry for one channel on one day, if any. */
  find(date: string, channel: string, team = SINGLE_WORKSPACE): LedgerEntry | undefined {
    return this.entries().find((e) => isKey(e, date, channel, team));
  }

  async forDay(date: string, team = SINGLE_WORKSPACE): Promise<LedgerEntry[]> {
    return this.entries().filter((e) => e.date === date && sameTeam(e, team));
  }

  /** Claims the post of `date` to `channel`, unless it is already claimed or posted. */
  claim(date: string, channel: string, team = SINGLE_WORKSPACE): Promise<Claim> {
    return this.update((entries) => {
      const entry = entries.find((e) => isKey(e, date, channel, team));
      if (entry) return { result: { claimed: false, entry } as Claim };
      const claim: LedgerEntry = {
        date,
        channel,
        status: 'posting',
        at: this.now().toISOString(),
        ...teamField(team),
        pid: process.pid,
        host: os.hostname(),
      };
      return { entries: [...entries, claim], result: { claimed: true } as Claim };
    });
  }

  /** Records that the claimed post went out with `ts`. */
  confirm(date: string, channel: string, ts: string, team = SINGLE_WORKSPACE): Promise<void> {
    return this.update((entries) => {
      const posted: LedgerEntry = {
        date,
        channel,
        status: 'posted',
        at: this.now().toISOString(),
        ts,
        ...teamField(team),
        pid: process.pid,
        host: os.hostname(),
      };
      const rest = entries.filter((e) => !isKey(e, date, channel, team));
      return { entries: [...rest, posted], result: undefined };
    });
  }

  /** Gives a claim back after Slack refused the post, so a later run may try again. */
  release(date: string, channel: string, team = SINGLE_WORKSPACE): Promise<void> {
    return this.update((entries) => ({
      entries: entries.filter((e) => !(isKey(e, date, channel, team) && e.status === 'posting')),
      result: undefined,
    }));
  }

  private update<T>(change: (entries: LedgerEntry[]) => { entries?: LedgerEntry[]; result: T }): Promise<T> {
    return withLock(
      this.lockFile,
      () => {
        const { entries, result } = change(this.entries());
        if (entries) this.write(entries);
        return result;
      },
      this.options.lock,
    );
  }

  private write(entries: LedgerEntry[]): void {
    const cutoff = this.now().getTime() - KEEP_DAYS * 24 * 3600_000;
    const kept = entries.filter((e) => !(Date.parse(e.at) < cutoff));
    writeFileAtomicSync(this.file, `${JSON.stringify({ version: 1, posts: kept }, null, 1)}\n`);
  }
}
