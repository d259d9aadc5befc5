import type { RespondFn } from '@slack/bolt';
import { APOLOGY_TEXT } from '../render/copy';
import type { SlackMessage } from '../render/slack';
import type { ModalView } from '../render/slack/modals';
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
export async function postReply(
  client: ChatClient,
  logger: Logger,
  where: { channel: string; thread_ts?: string },
  message: SlackMessage,
): Promise<string | null> {
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
export async function respondWith(
  respond: RespondFn,
  logger: Logger,
  message: SlackMessage,
  inChannel = false,
  replace = false,
): Promise<string | null> {
  const type = { response_type: inChannel ? ('in_channel' as const) : ('ephemeral' as const), replace_original: replace };
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

/** The bits of WebClient that replace a posted message and show modals. */
export interface ViewsClient {
  chat: { update(args: { channel: string; ts: string; text: string; blocks?: SlackMessage['blocks'] }): Promise<unknown> };
  views: {
    open(args: { trigger_id: string; view: ModalView }): Promise<unknown>;
    update(args: { view_id: string; view: ModalView; hash?: string }): Promise<unknown>;
    push(args: { trigger_id: string; view: ModalView }): Promise<unknown>;
  };
}

/** Replaces a message the bot posted ("More" in a thread); falls back to its plain text like postReply. */
export async function updateMessage(
  client: ViewsClient,
  logger: Logger,
  where: { channel: string; ts: string },
  message: SlackMessage,
): Promise<string | null> {
  try {
    await client.chat.update({ ...where, ...withBlocks(message) });
    return null;
  } catch (error) {
    const code = logSlackFailure(logger, 'chat.update', error);
    if (!BLOCK_ERRORS.has(code)) return code;
    try {
      await client.chat.update({ ...where, text: message.text, blocks: [] });
      return null;
    } catch (again) {
      return logSlackFailure(logger, 'chat.update', again);
    }
  }
}

/** Opens, updates (in place) or pushes a modal; returns the error code when Slack refused. */
export async function showModal(
  client: ViewsClient,
  logger: Logger,
  how: { open: string } | { update: string } | { push: string },
  view: ModalView,
): Promise<string | null> {
  const [method, call] =
    'open' in how
      ? (['views.open', () => client.views.open({ trigger_id: how.open, view })] as const)
      : 'update' in how
        ? (['views.update', () => client.views.update({ view_id: how.update, view })] as const)
        : (['views.push', () => client.views.push({ trigger_id: how.push, view })] as const);
  try {
    await call();
    return null;
  } catch (error) {
    return logSlackFailure(logger, method, error);
  }
}

export const APOLOGY: SlackMessage = {
  text: APOLOGY_TEXT,
  blocks: [],
};
