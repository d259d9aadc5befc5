import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS, decodeActionValue } from '../../render/slack/action-value';
import type { SlackAppDeps } from '../deps';
import { composeReply } from '../compose-reply';
import { APOLOGY, postReply, respondWith } from '../deliver';
import { setOutcome } from './outcome';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const OUT_OF_DATE = { text: 'This button is out of date: type your request again, e.g. `/summit 2022-06-15`.', blocks: [] };

// When the bot cannot post in a channel, response_url can still post there publicly.
const SHARE_BY_RESPONSE_URL = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * Summit's buttons: "More" pages, a nearest summit asks for that day, "Share in channel" posts the
 * same answer publicly saying who shared it. Each repeats the request carried in its value.
 */
export function summitButton(deps: SlackAppDeps) {
  return async ({ ack, body, action, respond, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    const logger = deps.logger;
    const value = decodeActionValue(action.value);
    const channelId = body.channel?.id ?? body.container.channel_id ?? '';
    const userId = body.user.id;
    // Follow-ups go where the answer was: its thread (or DM), or an ephemeral reply.
    const where = { channel: channelId, thread_ts: body.message?.thread_ts as string | undefined };
    try {
      if (value === null) {
        // Not ours, or written by an older version that may have cut the request: never guess it.
        logger.warn({ actionId: action.action_id }, 'a button value that is not ours');
        setOutcome(context, 'hint');
        await respondWith(respond, logger, OUT_OF_DATE);
        return;
      }
      const asked = `/summit ${value.request}`.trim();
      if (action.action_id === ACTION_IDS.share) {
        const message = await composeReply(deps, value.request, { replyIn: 'ephemeral', userId, channelId, offset: value.offset, asked, sharedBy: userId });
        let failed = await postReply(client, logger, { channel: channelId }, message);
        if (failed && SHARE_BY_RESPONSE_URL.has(failed)) failed = await respondWith(respond, logger, message, true);
        if (failed) await respondWith(respond, logger, { text: `I could not share that here (${failed}). Invite me with /invite @Summit, or copy the answer.`, blocks: [] });
        return setOutcome(context, failed ? 'undelivered' : 'answered');
      }
      const message = await composeReply(deps, value.request, { replyIn: value.replyIn, userId, channelId, offset: value.offset, asked, share: value.replyIn === 'ephemeral' });
      const failed = value.replyIn === 'thread' ? await postReply(client, logger, where, message) : await respondWith(respond, logger, message);
      setOutcome(context, failed ? 'undelivered' : 'answered');
    } catch (error) {
      logger.error({ err: error, actionId: action.action_id }, 'the button handler failed');
      setOutcome(context, 'apologised');
      await respondWith(respond, logger, APOLOGY);
    }
  };
}
