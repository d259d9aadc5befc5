import type { Receiver } from '@slack/bolt';
import type { ArchiveSource } from '../search/archive';
import type { Config } from '../config';
import type { Logger } from '../logger';

/** `/summit subscribe | unsubscribe | subscriptions`, answered by the daily module. */
export type SubscriptionCommand = (args: {
  action: 'subscribe' | 'unsubscribe' | 'list';
  channelId: string;
  userId: string;
}) => Promise<{ text: string }> | { text: string };

/** WebClient retry policy (see @slack/web-api retryPolicies); rate-limited calls wait for Retry-After. */
export interface RetryConfig {
  retries: number;
  factor?: number;
  minTimeout?: number;
  maxTimeout?: number;
}

/** What the Slack app is built from; everything a listener needs is here, injected. */
export interface SlackAppDeps {
  config: Config;
  /** Where each answer gets its archive: an opened one, or a LiveArchive that follows rebuilds. */
  archive: ArchiveSource;
  logger: Logger;
  /** The clock "today" (in DAILY_TZ) is read from. */
  now?: () => Date;
  subscriptionCommand?: SubscriptionCommand;
  /** A receiver to use instead of the one `config.mode` picks (tests). */
  receiver?: Receiver;
  retryConfig?: RetryConfig;
  /** Who the bot is, from the start's own `auth.test`; without it Bolt calls `auth.test` itself. */
  identity?: { botId: string; botUserId: string };
}
