import { type ContextBlock, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { shownInput } from '../shown-input';
import type { SlackRenderOptions } from './options';

/** A user id as Slack sends it; anything else is not turned into a mention. */
export const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** The context line restating the question and, when shared, who shared it. */
export function preambleBlocks({ asked, sharedBy }: SlackRenderOptions): ContextBlock[] {
  const shared = sharedBy && USER_ID.test(sharedBy) ? `Shared by <@${sharedBy}>` : null;
  const question = asked !== undefined ? escapeMrkdwn(shownInput(asked)) : null;
  const text = shared && question ? `${shared}, who asked: ${question}` : (shared ?? (question !== null ? `You asked: ${question}` : null));
  return text === null ? [] : [{ type: 'context', elements: [mrkdwn(text)] }];
}
