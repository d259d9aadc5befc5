import type { Logger } from '../logger';
import type { DailyMessage } from './daily-post';
import { SINGLE_WORKSPACE, type DailyLedger, type LedgerEntry } from '../state/store';
import { describePostFailure } from './post-failure';

/** Sends one message to one channel; resolves with the message's ts, rejects with Slack's error. */
export type PostMessage = (channel: string, message: DailyMessage) => Promise<{ ts: string }>;

/** Builds the day's message; null when there is nothing to post that day. */
export type ComposePost = (date: string) => DailyMessage | null | Promise<DailyMessage | null>;

export type SkipReason = 'already-posted' | 'in-progress' | 'unconfirmed' | 'nothing-to-post';

/** What one run did, channel by channel (the shape `cli daily --json` prints). */
export interface DailyReport {
  date: string;
  posted: Array<{ channel: string; ts: string }>;
  skipped: Array<{ channel: string; reason: SkipReason; at?: string; ts?: string }>;
  failed: Array<{ channel: string; error: string; fix: string }>;
}

export interface DailyRunDeps {
  ledger: DailyLedger;
  /** The workspace posted to (default: the single workspace of a static token). */
  team?: string;
  /** Every channel the post goes to today (DAILY_CHANNELS ∪ subscriptions). */
  channels: readonly string[];
  composePost: ComposePost;
  post: PostMessage;
  logger: Logger;
  now?: () => Date;
}

/** A claim younger than this is another process posting right now, not a crash. */
const IN_PROGRESS_MS = 10 * 60_000;

function skipFor(entry: LedgerEntry, now: Date): DailyReport['skipped'][number] {
  if (entry.status === 'posted') return { channel: entry.channel, reason: 'already-posted', at: entry.at, ts: entry.ts };
  const age = now.getTime() - Date.parse(entry.at);
  return { channel: entry.channel, reason: age < IN_PROGRESS_MS ? 'in-progress' : 'unconfirmed', at: entry.at };
}

/**
 * Posts `date`'s message to every channel that has not had it yet, each at most once: claim in the
 * ledger, post, record the ts. A channel Slack refuses is logged with the fix, its claim given back
 * so a later run that day tries again, and the other channels go on. Throws LedgerError (before
 * posting anything) when the ledger cannot be read.
 */
export async function runDaily(date: string, deps: DailyRunDeps): Promise<DailyReport> {
  const { ledger, logger } = deps;
  const team = deps.team ?? SINGLE_WORKSPACE;
  const now = () => deps.now?.() ?? new Date();
  const log = logger.child({ component: 'daily', date, ...(team === SINGLE_WORKSPACE ? {} : { team }) });
  const report: DailyReport = { date, posted: [], skipped: [], failed: [] };

  const entries = await ledger.forDay(date, team);
  const owed: string[] = [];
  for (const channel of new Set(deps.channels)) {
    const entry = entries.find((e) => e.date === date && e.channel === channel);
    if (entry) report.skipped.push(skipFor(entry, now()));
    else owed.push(channel);
  }
  if (owed.length === 0) return report;

  const message = await deps.composePost(date);
  if (!message) {
    for (const channel of owed) report.skipped.push({ channel, reason: 'nothing-to-post' });
    log.info({ channels: owed.length }, 'no summit on this date in earlier years: nothing to post (DAILY_EMPTY=skip)');
    return report;
  }

  for (const [i, channel] of owed.entries()) {
    const claim = await ledger.claim(date, channel, team);
    if (!claim.claimed) {
      report.skipped.push(skipFor(claim.entry, now()));
      continue;
    }
    let ts: string;
    try {
      ts = (await deps.post(channel, message)).ts;
    } catch (err) {
      const failure = describePostFailure(err, channel);
      report.failed.push({ channel, error: failure.error, fix: failure.fix });
      log.error({ channel, error: failure.error }, `daily post to ${channel} failed (${failure.error}): ${failure.fix}`);
      await giveBack(ledger, { date, channel, team }, log);
      if (failure.stopsRun) {
        for (const rest of owed.slice(i + 1)) report.failed.push({ channel: rest, error: failure.error, fix: failure.fix });
        break;
      }
      continue;
    }
    report.posted.push({ channel, ts });
    log.info({ channel, ts }, `daily post sent to ${channel}`);
    try {
      await ledger.confirm(date, channel, ts, team);
    } catch (err) {
      // The claim stays, so the channel is not posted again; only the ts is missing from the record.
      log.error({ channel, ts, err }, `daily post to ${channel} went out but could not be recorded in ${ledger.where}`);
    }
  }

  for (const s of report.skipped.filter((s) => s.reason === 'unconfirmed')) {
    log.warn(
      { channel: s.channel, claimedAt: s.at },
      `the daily post to ${s.channel} for ${date} was started at ${s.at} but never confirmed (a crash?): it may or may not be ` +
        `in the channel, so it is not posted again. To post it anyway, remove that entry from ${ledger.where}.`,
    );
  }
  return report;
}

async function giveBack(
  ledger: DailyLedger,
  { date, channel, team }: { date: string; channel: string; team: string },
  log: Logger,
): Promise<void> {
  try {
    await ledger.release(date, channel, team);
  } catch (err) {
    log.error({ channel, err }, `could not give back the claim of ${channel} in ${ledger.where}: it will not be tried again today`);
  }
}

/** One line per report, for logs and the command line. */
export function summarizeReport(r: DailyReport): string {
  return `daily post ${r.date}: ${r.posted.length} posted, ${r.skipped.length} skipped, ${r.failed.length} failed`;
}
