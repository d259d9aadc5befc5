import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS, decodeActionValue, type ActionValue } from '../../render/slack/action-value';
import { BUTTON_OUT_OF_DATE, shareFailed } from '../../render/copy';
import { answerModal } from '../../render/slack';
import type { SlackAppDeps } from '../deps';
import { composeReply } from '../compose-reply';
import { APOLOGY, postReply, respondWith, showModal, updateMessage } from '../deliver';
import { setOutcome } from './outcome';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const OUT_OF_DATE = { text: BUTTON_OUT_OF_DATE, blocks: [] };

// When the bot cannot post in a channel, response_url can still post there publicly.
const SHARE_BY_RESPONSE_URL = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * Answers a button clicked in the App Home or a modal: a modal opened from the Home tab, the same
 * modal replaced in place when the click came from one. No Share there: a modal has no channel.
 */
async function answerInModal(deps: SlackAppDeps, args: ButtonArgs, value: ActionValue): Promise<string | null> {
  const { body, client } = args;
  const message = await composeReply(deps, value.request, {
    replyIn: 'ephemeral',
    userId: body.user.id,
    channelId: '',
    teamId: body.team?.id,
    offset: value.offset,
    asked: `/summit ${value.request}`.trim(),
    feedback: 'buttons',
    showContext: true,
    // A modal's request came from the search modal (or a Home tab date): "search again" is its wording.
    sourceFrom: 'menu',
  });
  const view = answerModal(message);
  const how = body.view?.type === 'modal' && body.view.id ? { update: body.view.id } : { open: body.trigger_id };
  return showModal(client, deps.logger, how, view);
}

/**
 * Whether the button was clicked on a message shared in the channel: its value says so (Summit marks
 * the buttons of a shared rendering), or, for posts shared before that mark, the message is not
 * ephemeral although its buttons answer ephemerally (Slack's `container.is_ephemeral`).
 */
function onSharedPost(body: ButtonArgs['body'], value: ActionValue): boolean {
  if (value.shared) return true;
  const container = body.container as { is_ephemeral?: unknown };
  return value.replyIn === 'ephemeral' && container.is_ephemeral === false;
}

/**
 * Summit's buttons: "More" pages (replacing the message in place), a nearest summit or a Home tab's
 * "Open" asks for that day, "Share in channel" posts the same answer publicly saying who shared it.
 * "More" on a shared post never replaces it: the next page goes only to whoever clicked.
 * Each repeats the request carried in its value.
 */
export function summitButton(deps: SlackAppDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, respond, client, context } = args;
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
      if (body.container.type === 'view') {
        const failed = await answerInModal(deps, args, value);
        return setOutcome(context, failed ? 'undelivered' : 'answered');
      }
      const asked = `/summit ${value.request}`.trim();
      if (action.action_id === ACTION_IDS.share) {
        const message = await composeReply(deps, value.request, {
          replyIn: 'ephemeral',
          userId,
          channelId,
          teamId: body.team?.id,
          offset: value.offset,
          asked,
          sharedBy: userId,
          feedback: 'context_actions',
          showContext: true,
        });
        let failed = await postReply(client, logger, { channel: channelId }, message);
        if (failed && SHARE_BY_RESPONSE_URL.has(failed)) failed = await respondWith(respond, logger, message, true);
        if (failed)
          await respondWith(respond, logger, {
            text: shareFailed(failed),
            blocks: [],
          });
        return setOutcome(context, failed ? 'undelivered' : 'answered');
      }
      const inThread = value.replyIn === 'thread';
      const message = await composeReply(deps, value.request, {
        replyIn: value.replyIn,
        userId,
        channelId,
        teamId: body.team?.id,
        offset: value.offset,
        asked,
        share: !inThread,
        feedback: inThread ? 'context_actions' : 'buttons',
        showContext: true,
      });
      // "More" replaces the page it was clicked on; a nearest summit is a new answer beside it, and so
      // is the next page of a shared post, which stays as shared for everyone else.
      const replace = action.action_id === ACTION_IDS.more && !onSharedPost(body, value);
      const ts = body.message?.ts as string | undefined;
      let failed: string | null;
      if (!inThread) failed = await respondWith(respond, logger, message, false, replace);
      else if (replace && ts) failed = await updateMessage(client, logger, { channel: channelId, ts }, message);
      else failed = await postReply(client, logger, where, message);
      setOutcome(context, failed ? 'undelivered' : 'answered');
    } catch (error) {
      logger.error({ err: error, actionId: action.action_id }, 'the button handler failed');
      setOutcome(context, 'apologised');
      await respondWith(respond, logger, APOLOGY);
    }
  };
}
