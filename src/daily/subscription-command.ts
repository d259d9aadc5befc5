import { LockTimeoutError } from '../files/file-lock';
import { Subscriptions, SubscriptionsError } from './subscriptions';

export interface SubscriptionCommand {
  action: 'subscribe' | 'unsubscribe' | 'list';
  /** The channel the command was typed in. */
  channelId: string;
  userId: string;
}

const INVITE_HINT = 'If I am not a member of this channel yet, invite me with `/invite @Summit`, or the post cannot arrive.';

function when(subs: Subscriptions): string {
  return subs.schedule ? `every day at ${subs.schedule.time} (${subs.schedule.tz})` : 'every day';
}

/**
 * What `/summit subscribe`, `/summit unsubscribe` and `/summit subscriptions` reply. The reply is
 * for the person who typed it; a broken subscriptions file is reported, never overwritten.
 */
export function handleSubscriptionCommand(subs: Subscriptions, command: SubscriptionCommand): { text: string } {
  try {
    return { text: reply(subs, command) };
  } catch (err) {
    if (err instanceof SubscriptionsError || err instanceof LockTimeoutError) {
      return {
        text:
          'I cannot read or change the list of subscribed channels right now, so nothing was changed. ' +
          'Please tell whoever runs Summit: the logs and the subscriptions file in STATE_DIR say more.',
      };
    }
    throw err;
  }
}

function reply(subs: Subscriptions, { action, channelId, userId }: SubscriptionCommand): string {
  const configured = subs.isConfigured(channelId);
  switch (action) {
    case 'subscribe': {
      if (configured) {
        return `This channel already gets the daily "On this date" post ${when(subs)}: it is listed in DAILY_CHANNELS by whoever runs Summit.`;
      }
      const { added, subscription } = subs.subscribe(channelId, userId);
      if (!added) {
        return `This channel is already subscribed (since ${subscription.at.slice(0, 10)}, by <@${subscription.by}>). \`/summit unsubscribe\` stops the daily post.`;
      }
      return `Subscribed: I will post "On this date" here ${when(subs)}. \`/summit unsubscribe\` stops it. ${INVITE_HINT}`;
    }
    case 'unsubscribe': {
      const removed = subs.unsubscribe(channelId);
      if (configured) {
        return (
          (removed ? 'Removed the subscription, but this' : 'This') +
          ' channel still gets the daily post because it is listed in DAILY_CHANNELS; only whoever runs Summit can remove it there.'
        );
      }
      if (!removed) return 'This channel is not subscribed, so there was nothing to stop. `/summit subscriptions` lists the channels that are.';
      return 'Unsubscribed: no more daily "On this date" posts here. `/summit subscribe` starts them again.';
    }
    case 'list': {
      const lines = [
        ...subs.configured.map((c) => `• <#${c}> (configured in DAILY_CHANNELS)`),
        ...subs
          .list()
          .filter((s) => !subs.isConfigured(s.channel))
          .map((s) => `• <#${s.channel}> (subscribed by <@${s.by}> on ${s.at.slice(0, 10)})`),
      ];
      if (lines.length === 0) return 'No channel gets the daily "On this date" post yet. Type `/summit subscribe` in a channel to start it there.';
      return `The daily "On this date" post goes out ${when(subs)} to:\n${lines.join('\n')}`;
    }
  }
}
