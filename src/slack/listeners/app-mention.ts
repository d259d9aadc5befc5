import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { MORE_HINT } from '../../render/copy';
import { renderMentionHint, renderNotice } from '../../render/slack';
import type { SlackAppDeps } from '../deps';
import { asksForMore } from '../asks-for-more';
import { composeReply } from '../compose-reply';
import { APOLOGY, postReply } from '../deliver';
import { mentionText } from '../mention-text';
import { setOutcome } from './outcome';

/** `@Summit …` in a channel: answered in the mention's thread (or the thread it was in). */
export function appMention(deps: SlackAppDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    // Never answer a bot (ourselves included) or an edit.
    if (event.bot_id || event.subtype) return setOutcome(context, 'ignored');
    const where = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
    await answerInConversation(deps, {
      client,
      context,
      where,
      text: mentionText(event.text, context.botUserId),
      userId: event.user ?? '',
    });
  };
}

/**
 * Shared by mentions and DMs: the answer, a hint for an empty message or for "more" (answers page
 * with their "More …" button), an apology on failure.
 */
export async function answerInConversation(
  deps: SlackAppDeps,
  {
    client,
    context,
    where,
    text,
    userId,
  }: {
    client: AllMiddlewareArgs['client'];
    context: AllMiddlewareArgs['context'];
    where: { channel: string; thread_ts?: string };
    text: string;
    userId: string;
  },
): Promise<void> {
  const logger = deps.logger;
  try {
    if (text === '') {
      setOutcome(context, 'hint');
      await postReply(client, logger, where, renderMentionHint());
      return;
    }
    if (asksForMore(text)) {
      setOutcome(context, 'hint');
      await postReply(client, logger, where, renderNotice(MORE_HINT));
      return;
    }
    const message = await composeReply(deps, text, {
      replyIn: 'thread',
      userId,
      channelId: where.channel,
      teamId: context.teamId,
      feedback: 'context_actions',
      showContext: true,
    });
    const failed = await postReply(client, logger, where, message);
    setOutcome(context, failed ? 'undelivered' : 'answered');
  } catch (error) {
    logger.error({ err: error }, 'the mention handler failed');
    setOutcome(context, 'apologised');
    await postReply(client, logger, where, APOLOGY);
  }
}
