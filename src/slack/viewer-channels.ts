/**
 * The channels a person is a member of, for the App Home's "your channels that get the daily post":
 * `users.conversations` with `user` (Tier 3; needs channels:read for public channels and groups:read
 * for private ones the bot is in), paged by `response_metadata.next_cursor`. Kept a minute per person
 * so that opening the tab again costs no call; a failure (a missing scope, a rate limit) is logged
 * once and shows the tab without the list.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../logger';
import { slackErrorCode } from './slack-error-code';

/** How long a person's channels are kept, and how many people's at most. */
export const VIEWER_CHANNELS_TTL_MS = 60_000;
const MAX_PEOPLE = 2000;
/** Slack recommends at most 200 a page; ten pages (2,000 channels) is more than the tab needs. */
const PAGE_LIMIT = 200;
const MAX_PAGES = 10;
/** The tab is published without the list rather than wait longer; the read still fills the cache. */
export const VIEWER_CHANNELS_WAIT_MS = 1500;

export type ChannelsClient = Pick<webApi.WebClient, 'users'>;

export interface ViewerChannelsOptions {
  ttlMs?: number;
  waitMs?: number;
  now?: () => number;
}

/** The channel ids a person is in, or null when Slack could not say (then the Home shows no list). */
export type ViewerChannels = (client: ChannelsClient, teamId: string | undefined, userId: string) => Promise<Set<string> | null>;

async function readChannels(client: ChannelsClient, userId: string): Promise<Set<string>> {
  const channels = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const reply = await client.users.conversations({
      user: userId,
      types: 'public_channel,private_channel',
      exclude_archived: true,
      limit: PAGE_LIMIT,
      ...(cursor ? { cursor } : {}),
    });
    for (const c of reply.channels ?? []) if (c.id) channels.add(c.id);
    cursor = reply.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return channels;
}

/** A reader of people's channels with its own short cache (one per Slack app). */
export function createViewerChannels(
  logger: Logger,
  { ttlMs = VIEWER_CHANNELS_TTL_MS, waitMs = VIEWER_CHANNELS_WAIT_MS, now = Date.now }: ViewerChannelsOptions = {},
): ViewerChannels {
  const cache = new Map<string, { at: number; read: Promise<Set<string> | null> }>();
  return async (client, teamId, userId) => {
    const key = `${teamId ?? ''}:${userId}`;
    const kept = cache.get(key);
    let read = kept && now() - kept.at < ttlMs ? kept.read : undefined;
    if (!read) {
      read = readChannels(client, userId).catch((error: unknown) => {
        // One line, no payload: the code says what to fix (missing_scope: reinstall with channels:read, groups:read).
        logger.warn(
          { method: 'users.conversations', code: slackErrorCode(error) },
          'the App Home shows no daily channels: users.conversations failed',
        );
        return null;
      });
      if (cache.size >= MAX_PEOPLE) cache.delete(cache.keys().next().value!);
      cache.delete(key);
      cache.set(key, { at: now(), read });
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), waitMs)));
    try {
      const channels = await Promise.race([read, late]);
      if (channels !== 'late') return channels;
      logger.warn({ method: 'users.conversations', waitedMs: waitMs }, 'the App Home shows no daily channels: users.conversations is slow');
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
}
