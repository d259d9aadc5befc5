import { LockTimeoutError } from '../files/file-lock';
import { SINGLE_WORKSPACE, type SubscriptionStore } from '../state/store';
import { SubscriptionsError } from './subscriptions';

export interface SubscriptionCommand {
  action: 'subscribe' | 'unsubscribe' | 'list';
  /** The channel the command was typed in. */
  channelId: string;
  userId: string;
  /** The workspace (OAuth installs); absent for the static token's one workspace. */
  teamId?: string;
}

/** Where the daily post goes: the stored subscriptions, DAILY_CHANNELS, and when (for the replies). */
export interface DailyChannels {
  store: SubscriptionStore;
  /** DAILY_CHANNELS: always posted to (the static token's workspace), listed as configured. */
  configured: readonly string[];
  /** The post's local time and zone ("every day at 09:00 (Europe/Berlin)"). */
  schedule?: { time: string; tz: string };
}

/** A view of DailyChannels for one workspace: DAILY_CHANNELS belong to the static token's only. */
interface TeamChannels {
  store: SubscriptionStore;
  team: string;
  configured: readonly string[];
  schedule?: { time: string; tz: string };
  isConfigured(channel: string): boolean;
}

/** The store failed in a way the person can do nothing about but tell the operator. */
function isStoreFailure(err: unknown): boolean {
  if (err instanceof SubscriptionsError || err instanceof LockTimeoutError) return true;
  // PostgreSQL unreachable or refusing (pg's errors carry a code: ECONNREFUSED, 57P01, …).
  return typeof (err as { code?: unknown } | null)?.code === 'string';
}

const INVITE_HINT = 'If I am not a member of this channel yet, invite me with `/invite @Summit`, or the post cannot arrive.';

/** A direct message (`D…`): the bot's own DM, or one between people where `/summit` was typed. */
const isDirectMessage = (channelId: string) => channelId.startsWith('D');

/** `/summit subscribe` in a direct message: the daily post is for channels, so nothing is stored. */
const SUBSCRIBE_IN_DM =
  'A direct message cannot get the daily "On this date" post, so nothing was subscribed. Type `/summit subscribe` in the channel that should get it (and invite me there with `/invite @Summit`). `/summit subscriptions` lists the channels that get it.';

/** `/summit unsubscribe` in a direct message: where to type it instead. */
const UNSUBSCRIBE_IN_DM =
  'A direct message does not get the daily "On this date" post, so there was nothing to stop here. Type `/summit unsubscribe` in the channel that should stop getting it; `/summit subscriptions` lists the channels that get it.';

function when(subs: TeamChannels): string {
  return subs.schedule ? `every day at ${subs.schedule.time} (${subs.schedule.tz})` : 'every day';
}

/**
 * What `/summit subscribe`, `/summit unsubscribe` and `/summit subscriptions` reply. The reply is
 * for the person who typed it; a broken subscriptions file is reported, never overwritten.
 */
export async function handleSubscriptionCommand(daily: DailyChannels, command: SubscriptionCommand): Promise<{ text: string }> {
  const team = command.teamId ?? SINGLE_WORKSPACE;
  const configured = team === SINGLE_WORKSPACE ? daily.configured : [];
  const subs: TeamChannels = {
    store: daily.store,
    team,
    configured,
    schedule: daily.schedule,
    isConfigured: (c) => configured.includes(c),
  };
  try {
    return { text: await reply(subs, command) };
  } catch (err) {
    if (isStoreFailure(err)) {
      return {
        text:
          'I cannot read or change the list of subscribed channels right now, so nothing was changed. ' +
          'Please tell whoever runs Summit: the logs say more.',
      };
    }
    throw err;
  }
}

async function reply(subs: TeamChannels, { action, channelId, userId }: SubscriptionCommand): Promise<string> {
  const configured = subs.isConfigured(channelId);
  switch (action) {
    case 'subscribe': {
      if (isDirectMessage(channelId) && !configured) return SUBSCRIBE_IN_DM;
      if (configured) {
        return `This channel already gets the daily "On this date" post ${when(subs)}: it is listed in DAILY_CHANNELS by whoever runs Summit.`;
      }
      const { added, subscription } = await subs.store.subscribe(channelId, userId, subs.team);
      if (!added) {
        return `This channel is already subscribed (since ${subscription.at.slice(0, 10)}, by <@${subscription.by}>). \`/summit unsubscribe\` stops the daily post.`;
      }
      return `Subscribed: I will post "On this date" here ${when(subs)}. \`/summit unsubscribe\` stops it. ${INVITE_HINT}`;
    }
    case 'unsubscribe': {
      if (isDirectMessage(channelId) && !configured) {
        // A DM subscribed before DMs were refused stops getting the post all the same.
        const removed = await subs.store.unsubscribe(channelId, subs.team);
        return removed
          ? 'Unsubscribed: no more daily "On this date" posts in this direct message. To stop them in a channel, type `/summit unsubscribe` there; `/summit subscriptions` lists the channels that get them.'
          : UNSUBSCRIBE_IN_DM;
      }
      const removed = await subs.store.unsubscribe(channelId, subs.team);
      if (configured) {
        return (
          (removed ? 'Removed the subscription, but this' : 'This') +
          ' channel still gets the daily post because it is listed in DAILY_CHANNELS; only whoever runs Summit can remove it there.'
        );
      }
      if (!removed)
        return 'This channel is not subscribed, so there was nothing to stop. `/summit subscriptions` lists the channels that are.';
      return 'Unsubscribed: no more daily "On this date" posts here. `/summit subscribe` starts them again.';
    }
    case 'list': {
      const lines = [
        ...subs.configured.map((c) => `• <#${c}> (configured in DAILY_CHANNELS)`),
        ...(await subs.store.list(subs.team))
          .filter((s) => !subs.isConfigured(s.channel))
          .map((s) => `• <#${s.channel}> (subscribed by <@${s.by}> on ${s.at.slice(0, 10)})`),
      ];
      if (lines.length === 0)
        return 'No channel gets the daily "On this date" post yet. Type `/summit subscribe` in a channel to start it there.';
      return `The daily "On this date" post goes out ${when(subs)} to:\n${lines.join('\n')}`;
    }
  }
}
