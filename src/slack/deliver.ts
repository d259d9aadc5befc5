import type { RespondFn } from '@slack/bolt';
import type { SlackMessage } from '../render/slack';
import type { Logger } from '../logger';
import { BLOCK_ERRORS, slackErrorCode } from './slack-error-code';

/** The bits of WebClient the listeners post with. */
export interface ChatClient {
  chat: {
    postMessage(args: { channel: string; text: string; blocks?: SlackMessage['blocks']; thread_ts?: string }): Promise<unknown>;
  };
}

/** The message fields to send: no `blocks` at all when there are none. */
function withBlocks({ text, blocks }: SlackMessage): { text: string; blocks?: SlackMessage['blocks'] } {
  return blocks.length > 0 ? { text, blocks } : { text };
}

/** Logs a failed Slack call with its code (never its payload) and returns the code. */
export function logSlackFailure(logger: Logger, method: string, error: unknown): string {
  const code = slackErrorCode(error);
  logger.warn({ method, code }, `Slack ${method} failed: ${code}`);
  return code;
}

/**
 * Posts a reply in a channel, thread or DM. When Slack refuses the blocks, the plain text is
 * posted instead. Returns the error code when nothing could be posted.
 */
export async function postReply(client: ChatClient, logger: Logger, where: { channel: string; thread_ts?: string }, message: SlackMessage): Promise<string | null> {
  try {
    await client.chat.postMessage({ ...where, ...withBlocks(message) });
    return null;
  } catch (error) {
    const code = logSlackFailure(logger, 'chat.postMessage', error);
    if (!BLOCK_ERRORS.has(code)) return code;
    try {
      await client.chat.postMessage({ ...where, text: message.text });
      return null;
    } catch (again) {
      return logSlackFailure(logger, 'chat.postMessage', again);
    }
  }
}

/**
 * Answers through a response_url (ephemeral unless `inChannel`); on failure retries once with the
 * plain text. Returns the error code when nothing got through.
 */
export async function respondWith(respond: RespondFn, logger: Logger, message: SlackMessage, inChannel = false): Promise<string | null> {
  const type = { response_type: inChannel ? ('in_channel' as const) : ('ephemeral' as const), replace_original: false };
  try {
    await respond({ ...type, ...withBlocks(message) });
    return null;
  } catch (error) {
    logSlackFailure(logger, 'response_url', error);
    try {
      await respond({ ...type, text: message.text });
      return null;
    } catch (again) {
      return logSlackFailure(logger, 'response_url', again);
    }
  }
}

export const APOLOGY: SlackMessage = {
  text: 'Sorry, something went wrong while answering that. Please try again in a moment.',
  blocks: [],
};
