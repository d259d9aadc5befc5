/**
 * The daily "On this date" post: schedule (croner + pure time-zone rules), ledger and lock in
 * STATE_DIR, subscriptions, and the message. main.ts starts it with `startDailyFromConfig`;
 * the Slack layer answers `/summit subscribe|unsubscribe|subscriptions` with `handleSubscriptionCommand`.
 */
import type { webApi } from '@slack/bolt';
import type { ArchiveSource } from '../search/archive';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { onThisDateComposer } from './compose';
import { startDailyJob, type DailyJob } from './daily-job';
import { slackPoster } from './slack-poster';
import { Subscriptions } from './subscriptions';

export { startDailyJob, DEFAULT_RETRY_HOURS, type DailyJob, type DailyJobDeps } from './daily-job';
export { dailyPostFor, type DailyMessage, type DailyPostOptions } from './daily-post';
export { runDaily, summarizeReport, type DailyReport, type PostMessage, type ComposePost } from './run-daily';
export { Ledger, LedgerError, type LedgerEntry } from './ledger';
export { Subscriptions, SubscriptionsError, type Subscription } from './subscriptions';
export { handleSubscriptionCommand, type SubscriptionCommand } from './subscription-command';
export { slackPoster } from './slack-poster';
export { onThisDateComposer } from './compose';
export { localDate, scheduledInstant, nextWake, isDue } from './schedule';

/** The subscriptions of a configuration (DAILY_CHANNELS marked as configured). */
export function subscriptionsFromConfig(config: Config): Subscriptions {
  return new Subscriptions(config.stateDir, {
    configured: config.dailyChannels,
    schedule: { time: config.dailyTime.text, tz: config.dailyTz },
  });
}

/** Starts the daily post of a running bot: what main.ts calls once the archive is open. */
export function startDailyFromConfig(
  config: Config,
  deps: { archive: ArchiveSource; client: webApi.WebClient; logger: Logger; subscriptions?: Subscriptions },
): DailyJob {
  return startDailyJob({
    stateDir: config.stateDir,
    channels: config.dailyChannels,
    subscriptions: deps.subscriptions ?? subscriptionsFromConfig(config),
    time: config.dailyTime,
    tz: config.dailyTz,
    composePost: onThisDateComposer(deps.archive, { empty: config.dailyEmpty }),
    post: slackPoster(deps.client),
    logger: deps.logger,
  });
}
