import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { CHECK_EMPTY, CHECK_NOTHING_LEFT } from '../../render/copy';
import { answerModal, renderNotice } from '../../render/slack';
import { truncate } from '../../render/slack/slack-limits';
import type { SlackAppDeps } from '../deps';
import { composeReply } from '../compose-reply';
import { APOLOGY, respondWith, showModal } from '../deliver';
import { checkedText } from '../../requests/checked-text';
import { setOutcome } from './outcome';

/**
 * "Check with Summit" on any message: searches the archive for what the message says and answers the
 * person who clicked, ephemerally in that channel (response_url works where the bot is no member), or
 * in a modal when even that fails. Always a search: a message reading "list" is not the timeline, and
 * its links, mentions, channel references and emoji codes are not searched.
 */
export function checkShortcut(deps: SlackAppDeps) {
  return async ({
    shortcut,
    ack,
    respond,
    client,
    context,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const logger = deps.logger;
    // Its words as plain text, without links, mentions, channels and emoji; '' when none are left.
    const raw = shortcut.message.text ?? '';
    const text = checkedText(raw);
    try {
      const message =
        text === ''
          ? renderNotice(raw.trim() === '' ? CHECK_EMPTY : CHECK_NOTHING_LEFT)
          : await composeReply(deps, text, {
              replyIn: 'ephemeral',
              userId: shortcut.user.id,
              channelId: shortcut.channel.id,
              teamId: shortcut.team?.id,
              asked: `“${truncate(text, 300)}”`,
              share: true,
              feedback: 'buttons',
              showContext: true,
              request: { kind: 'summit', text },
            });
      let failed = await respondWith(respond, logger, message);
      if (failed) failed = await showModal(client, logger, { open: shortcut.trigger_id }, answerModal(message));
      setOutcome(context, text === '' ? 'hint' : failed ? 'undelivered' : 'answered');
    } catch (error) {
      logger.error({ err: error }, 'the "Check with Summit" handler failed');
      setOutcome(context, 'apologised');
      await respondWith(respond, logger, APOLOGY);
    }
  };
}
