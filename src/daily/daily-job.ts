import { Cron } from 'croner';
import type { Logger } from '../logger';
import { Ledger, LedgerError } from './ledger';
import type { LockOptions } from '../files/file-lock';
import { runDaily, summarizeReport, type ComposePost, type DailyReport, type PostMessage } from './run-daily';
import { cronPattern, isDue, localDate, nextWake, type LocalTime } from './schedule';
import { Subscriptions } from './subscriptions';
import { SINGLE_WORKSPACE, type DailyLedger, type StateStore, type SubscriptionStore } from '../state/store';

/** One workspace the daily post goes to, with its own token's poster. */
export interface DailyWorkspace {
  team: string;
  post: PostMessage;
  /** Channels always posted to (DAILY_CHANNELS for the static token's workspace). */
  configured: readonly string[];
}

export interface DailyJobDeps {
  /** The files store's folder, when `ledger` and `subscriptions` are not given. */
  stateDir?: string;
  ledger?: DailyLedger;
  /** Subscribed channels (default: read from `stateDir`). */
  subscriptions?: SubscriptionStore;
  /** Keeps a second replica from running the same day's job at the same time (the store's). */
  exclusively?: StateStore['exclusively'];
  /** DAILY_CHANNELS. */
  channels: readonly string[];
  /** The workspaces to post to (OAuth: every installation); default the static token's, with `post`. */
  workspaces?: () => Promise<DailyWorkspace[]>;
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
  const ledger = deps.ledger ?? new Ledger(required(deps.stateDir), { now, lock: deps.lock });
  const subscriptions = deps.subscriptions ?? new Subscriptions(required(deps.stateDir), { now });
  const workspaces = deps.workspaces ?? (async () => [{ team: SINGLE_WORKSPACE, post: deps.post, configured: deps.channels }]);
  const exclusively = deps.exclusively ?? (<T>(_name: string, work: () => Promise<T>) => work());
  const retryHours = deps.retryHours ?? DEFAULT_RETRY_HOURS;
  let stopReason: string | null = null;
  let cron: Cron | undefined;
  // One run at a time in this process; other processes are kept out by the ledger's lock.
  let queue: Promise<unknown> = Promise.resolve();

  // Every workspace in turn; one report for the day. Another replica running it now: nothing to do.
  const runAll = async (date: string): Promise<DailyReport> => {
    const report = await exclusively(`daily:${date}`, () =>
      runWorkspaces(date, { ledger, subscriptions, workspaces, composePost: deps.composePost, logger: deps.logger, now }),
    );
    if (report === null) {
      log.info({ date }, `daily post ${date}: another replica is running it now`);
      return { date, posted: [], skipped: [], failed: [] };
    }
    return report;
  };

  const run = (date: string): Promise<DailyReport> => {
    const next = queue.then(async () => {
      try {
        const report = await runAll(date);
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
      log.fatal({ ledger: ledger.where }, `daily post stopped: ${reason}`);
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
    cron = new Cron(
      cronPattern(deps.time, retryHours),
      { timezone: deps.tz, fixedTimeRule: 'no-wildcard', protect: true, unref: true },
      () => runDue().then(() => undefined),
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

/** What one run over every workspace needs (the bot's job and `cli daily` alike). */
export interface WorkspacesRun {
  ledger: DailyLedger;
  subscriptions: SubscriptionStore;
  workspaces: () => Promise<DailyWorkspace[]>;
  composePost: ComposePost;
  logger: Logger;
  now: () => Date;
}

/**
 * Posts `date`'s message in every workspace, each with its own poster, to its configured and
 * subscribed channels, through the ledger keyed by team: one report for the day. Unreadable
 * subscriptions of a workspace leave its configured channels only (logged).
 */
export async function runWorkspaces(date: string, deps: WorkspacesRun): Promise<DailyReport> {
  const log = deps.logger.child({ component: 'daily' });
  const report: DailyReport = { date, posted: [], skipped: [], failed: [] };
  for (const w of await deps.workspaces()) {
    let channels: string[];
    try {
      channels = [...new Set([...w.configured, ...(await deps.subscriptions.list(w.team)).map((s) => s.channel)])];
    } catch (err) {
      log.error({ err }, `${(err as Error).message} Posting to the configured channels only.`);
      channels = [...w.configured];
    }
    const one = await runDaily(date, {
      ledger: deps.ledger,
      team: w.team,
      channels,
      composePost: deps.composePost,
      post: w.post,
      logger: deps.logger,
      now: deps.now,
    });
    report.posted.push(...one.posted);
    report.skipped.push(...one.skipped);
    report.failed.push(...one.failed);
  }
  return report;
}

function required(stateDir: string | undefined): string {
  if (stateDir === undefined) throw new Error('startDailyJob needs a ledger and subscriptions, or the stateDir of the files store');
  return stateDir;
}
