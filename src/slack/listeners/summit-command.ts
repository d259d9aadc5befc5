import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackAppDeps } from '../deps';
import { composeReply } from '../compose-reply';
import { APOLOGY, respondWith } from '../deliver';
import { slackTextToPlain } from '../plain-text';
import { setOutcome } from './outcome';

/**
 * `/summit …`: acknowledged at once (Slack allows 3 s), then answered ephemerally through the
 * response_url, restating what was asked, with "Share in channel".
 */
export function summitCommand(deps: SlackAppDeps) {
  return async ({ command, ack, respond, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const logger = deps.logger;
    try {
      const text = slackTextToPlain(command.text);
      const asked = `/summit ${text}`.trim();
      const message = await composeReply(deps, text, {
        replyIn: 'ephemeral',
        userId: command.user_id,
        channelId: command.channel_id,
        teamId: command.team_id,
        asked,
        share: true,
        feedback: 'buttons',
        showContext: true,
      });
      const failed = await respondWith(respond, logger, message);
      setOutcome(context, failed ? 'undelivered' : 'answered');
    } catch (error) {
      logger.error({ err: error, command: command.command }, 'the /summit handler failed');
      setOutcome(context, 'apologised');
      await respondWith(respond, logger, APOLOGY);
    }
  };
}
