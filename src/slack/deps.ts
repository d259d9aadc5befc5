import type { Receiver } from '@slack/bolt';
import type { ArchiveSource } from '../search/archive';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { FeedbackStore, StateStore } from '../state/store';

/** `/summit subscribe | unsubscribe | subscriptions`, answered by the daily module. */
export type SubscriptionCommand = (args: {
  action: 'subscribe' | 'unsubscribe' | 'list';
  channelId: string;
  userId: string;
  /** The workspace the command came from (keys subscriptions of OAuth installs). */
  teamId?: string;
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
  /** Shared state (answered events, replay memory, installations, feedback): files or PostgreSQL. */
  store?: StateStore;
  /** Who the bot is, from the start's own `auth.test`; without it Bolt calls `auth.test` itself. */
  identity?: { botId: string; botUserId: string };
  /** Where feedback is kept instead of `store.feedback` (tests); without either, `feedback.jsonl` in STATE_DIR. */
  feedback?: FeedbackStore;
  /** The channels that get the daily post in a workspace, instead of DAILY_CHANNELS and `store.subscriptions` (tests). */
  dailyChannels?: (teamId: string | undefined) => Promise<string[]> | string[];
}
