import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackAppDeps } from '../deps';
import { mentionText } from '../mention-text';
import { answerInConversation } from './app-mention';
import { setOutcome } from './outcome';

/** A DM to the bot (`message.im`): answered in the DM, in the thread when it came from one. */
export function directMessage(deps: SlackAppDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    // Only new messages people typed: no edits, joins or bot posts (ours included).
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id || event.user === context.botUserId)
      return setOutcome(context, 'ignored');
    const where = { channel: event.channel, thread_ts: event.thread_ts };
    await answerInConversation(deps, { client, context, where, text: mentionText(event.text, context.botUserId), userId: event.user });
  };
}
