import { Cron } from 'croner';
import type { Logger } from '../logger';
import { Ledger, LedgerError } from './ledger';
import type { LockOptions } from '../files/file-lock';
import { runDaily, summarizeReport, type ComposePost, type DailyReport, type PostMessage } from './run-daily';
import { cronPattern, isDue, localDate, nextWake, type LocalTime } from './schedule';
import { Subscriptions } from './subscriptions';

export interface DailyJobDeps {
  stateDir: string;
  /** DAILY_CHANNELS. */
  channels: readonly string[];
  /** Subscribed channels (default: read from `stateDir`). */
  subscriptions?: Subscriptions;
  /** DAILY_TIME and DAILY_TZ. */
  time: LocalTime;
  tz: string;
  composePost: ComposePost;
  post: PostMessage;
  logger: Logger;
  /** The clock (tests inject one); croner itself always follows the real clock. */
  now?: () => Date;
  /** Hours after DAILY_TIME at which channels still owed today are tried again (default 1, 3, 6). */
  retryHours?: readonly number[];
  /** Start croner (default true); tests call `runDue` / `runNow` themselves. */
  schedule?: boolean;
  lock?: LockOptions;
}

export interface DailyJob {
  /** Settles when the start-up catch-up has run: its report, or null when nothing was due yet. */
  started: Promise<DailyReport | null>;
  /** Posts what is owed today if today's post time has come (what every wake-up runs). */
  runDue(): Promise<DailyReport | null>;
  /** Posts `date`'s message now (default: today in `tz`) to every channel still owed it. */
  runNow(date?: string): Promise<DailyReport>;
  /** The next wake-up, or null once stopped. */
  nextRun(): Date | null;
  /** Why the job stopped itself (an unreadable ledger), or null. */
  stoppedBecause(): string | null;
  stop(): void;
}

export const DEFAULT_RETRY_HOURS = [1, 3, 6] as const;

/**
 * Starts the daily "On this date" post: wakes at DAILY_TIME in DAILY_TZ (and a few retries later
 * that day), and on start posts what is still owed today if the time has passed (catch-up). Every
 * run goes through the ledger, so restarts, retries and a second process never post twice.
 */
export function startDailyJob(deps: DailyJobDeps): DailyJob {
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ component: 'daily' });
  const ledger = new Ledger(deps.stateDir, { now, lock: deps.lock });
  const subscriptions = deps.subscriptions ?? new Subscriptions(deps.stateDir, { configured: deps.channels });
  const retryHours = deps.retryHours ?? DEFAULT_RETRY_HOURS;
  let stopReason: string | null = null;
  let cron: Cron | undefined;
  // One run at a time in this process; other processes are kept out by the ledger's lock.
  let queue: Promise<unknown> = Promise.resolve();

  const channels = (): string[] => {
    try {
      return [...new Set([...deps.channels, ...subscriptions.channels()])];
    } catch (err) {
      log.error({ err }, `${(err as Error).message} Posting to DAILY_CHANNELS only.`);
      return [...deps.channels];
    }
  };

  const run = (date: string): Promise<DailyReport> => {
    const next = queue.then(async () => {
      try {
        const report = await runDaily(date, { ledger, channels: channels(), composePost: deps.composePost, post: deps.post, logger: deps.logger, now });
        if (report.posted.length + report.failed.length > 0) log.info({ report }, summarizeReport(report));
        return report;
      } catch (err) {
        if (err instanceof LedgerError) stop(err.message);
        throw err;
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };

  const stop = (reason?: string) => {
    if (reason && !stopReason) {
      stopReason = reason;
      log.fatal({ file: ledger.file }, `daily post stopped: ${reason}`);
    }
    cron?.stop();
    cron = undefined;
  };

  const runDue = async (): Promise<DailyReport | null> => {
    if (stopReason) return null;
    const at = now();
    if (!isDue(at, deps.time, deps.tz)) return null;
    try {
      return await run(localDate(at, deps.tz));
    } catch (err) {
      if (!(err instanceof LedgerError)) log.error({ err }, `daily post run failed: ${(err as Error).message}`);
      return null;
    }
  };

  if (deps.schedule !== false) {
    cron = new Cron(cronPattern(deps.time, retryHours), { timezone: deps.tz, fixedTimeRule: 'no-wildcard', protect: true, unref: true }, () =>
      runDue().then(() => undefined),
    );
  }
  const started = runDue();

  return {
    started,
    runDue,
    runNow: (date) => run(date ?? localDate(now(), deps.tz)),
    nextRun: () => (stopReason ? null : nextWake(now(), deps.time, deps.tz, retryHours)),
    stoppedBecause: () => stopReason,
    stop: () => stop(),
  };
}
