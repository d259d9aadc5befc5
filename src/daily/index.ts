/**
 * The daily "On this date" post: schedule (croner + pure time-zone rules), ledger and lock in
 * STATE_DIR, subscriptions, and the message. main.ts starts it with `startDailyFromConfig`;
 * the Slack layer answers `/summit subscribe|unsubscribe|subscriptions` with `handleSubscriptionCommand`.
 */
import { webApi } from '@slack/bolt';
import type { ArchiveSource } from '../search/archive';
import type { Config } from '../config';
import { boltLogger, type Logger } from '../logger';
import { SINGLE_WORKSPACE, type StateStore } from '../state/store';
import { onThisDateComposer } from './compose';
import { startDailyJob, type DailyJob, type DailyWorkspace } from './daily-job';
import { slackPoster } from './slack-poster';
import type { DailyChannels } from './subscription-command';

export { startDailyJob, runWorkspaces, DEFAULT_RETRY_HOURS, type DailyJob, type DailyJobDeps, type DailyWorkspace } from './daily-job';
export { dailyPostFor, type DailyMessage, type DailyPostOptions } from './daily-post';
export { runDaily, summarizeReport, type DailyReport, type PostMessage, type ComposePost } from './run-daily';
export { Ledger, LedgerError, type LedgerEntry } from './ledger';
export { Subscriptions, SubscriptionsError, type Subscription } from './subscriptions';
export { handleSubscriptionCommand, type SubscriptionCommand, type DailyChannels } from './subscription-command';
export { slackPoster } from './slack-poster';
export { onThisDateComposer } from './compose';
export { localDate, scheduledInstant, nextWake, isDue } from './schedule';

/** Where the daily post goes, for `/summit subscribe`: the store's subscriptions and DAILY_CHANNELS. */
export function dailyChannelsFromConfig(config: Config, store: StateStore): DailyChannels {
  return { store: store.subscriptions, configured: config.dailyChannels, schedule: { time: config.dailyTime.text, tz: config.dailyTz } };
}

/**
 * The workspaces the daily post goes to: with OAuth, every stored installation with its own bot
 * token (read anew at each run, so an uninstalled workspace is dropped); else the static token's.
 */
function workspacesOf(config: Config, store: StateStore, client: webApi.WebClient, logger: Logger): () => Promise<DailyWorkspace[]> {
  if (!config.oauth) return async () => [{ team: SINGLE_WORKSPACE, post: slackPoster(client), configured: config.dailyChannels }];
  return installedWorkspaces(store, config.slackApiUrl, logger);
}

/**
 * Every installation in the store as a daily workspace, each posting with its own bot token (OAuth:
 * the bot's job and `cli daily` alike). Installations without a bot token are left out.
 */
export function installedWorkspaces(store: StateStore, slackApiUrl: string | undefined, logger: Logger): () => Promise<DailyWorkspace[]> {
  return async () => {
    const found: DailyWorkspace[] = [];
    for (const team of await store.installations.teams()) {
      const installation = await store.installations.fetchInstallation({
        teamId: team,
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      });
      const token = installation.bot?.token;
      if (!token) continue;
      const teamClient = new webApi.WebClient(token, {
        slackApiUrl,
        retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
        logger: boltLogger(logger),
      });
      found.push({ team, post: slackPoster(teamClient), configured: [] });
    }
    return found;
  };
}

/** Starts the daily post of a running bot: what main.ts calls once the archive is open. */
export function startDailyFromConfig(
  config: Config,
  deps: { archive: ArchiveSource; client: webApi.WebClient; logger: Logger; store: StateStore },
): DailyJob {
  return startDailyJob({
    ledger: deps.store.ledger,
    subscriptions: deps.store.subscriptions,
    exclusively: (name, work) => deps.store.exclusively(name, work),
    channels: config.dailyChannels,
    workspaces: workspacesOf(config, deps.store, deps.client, deps.logger),
    time: config.dailyTime,
    tz: config.dailyTz,
    composePost: onThisDateComposer(deps.archive, { empty: config.dailyEmpty }),
    post: slackPoster(deps.client),
    logger: deps.logger,
  });
}
