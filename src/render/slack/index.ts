/**
 * Answers as Slack messages (pure): Block Kit blocks within Slack's limits, and fallback text.
 * Everything from articles and queries is escaped; a page shows what fits of the answer's page, and
 * "More" starts where it stopped. Every Slack message Summit sends is built here.
 */
import type { Answer, OnThisDateAnswer } from '../../answers/types';
import { MENTION_HINT, USAGE_INTRO, USAGE_MENTION, USAGE_SUMMARY, usageLines } from '../copy';
import type { SlackMessage } from './block-kit';
import { dailyPostBlocks } from './daily-post';
import { dateBlocks } from './date';
import { escapeMrkdwn } from './escape-mrkdwn';
import { dailyPostText, fallbackText } from './fallback-text';
import { citationsOf, feedbackBlock, feedbackQuery } from './feedback';
import { blockChars } from './pack-blocks';
import { SLACK_LIMITS } from './slack-limits';
import { inputErrorBlocks } from './input-error';
import { onThisDateBlocks } from './on-this-date';
import { periodBlocks } from './period';
import type { SlackRenderOptions } from './options';
import { preambleBlocks } from './preamble';
import { questionBlocks } from './question';
import { quotesBlocks } from './quotes';
import { mrkdwnSection } from './section';
import { timelineBlocks } from './timeline';

export type { SlackMessage } from './block-kit';
export type { FeedbackStyle, SlackRenderOptions } from './options';
export { renderHomeView } from './home-view';
export { renderParagraphContext } from './paragraph-context';
export { answerModal, reasonModal, searchModal, waitingModal } from './modals';

/**
 * One answer as a Slack message, with feedback under it when asked for. The feedback block ends every
 * page and its room is kept before excerpts are packed: a long answer leaves an excerpt for "More"
 * rather than losing its feedback.
 */
export function renderSlackMessage(answer: Answer, opts: SlackRenderOptions = {}): SlackMessage {
  const citations = opts.feedback ? citationsOf(answer) : null;
  if (!opts.feedback || !citations) return answerMessage(answer, opts);
  const feedback = feedbackBlock(feedbackQuery(answer), citations, opts.feedback);
  const message = answerMessage(answer, { ...opts, footer: [feedback] });
  if (message.blocks.includes(feedback)) return message;
  // An answer whose blocks end without a page tail: the feedback goes after them when it fits.
  const fits = message.blocks.length < SLACK_LIMITS.blocks && blockChars([...message.blocks, feedback]) <= SLACK_LIMITS.totalBlockChars;
  return fits ? { ...message, blocks: [...message.blocks, feedback] } : message;
}

function answerMessage(answer: Answer, opts: SlackRenderOptions): SlackMessage {
  const text = fallbackText(answer, opts);
  switch (answer.kind) {
    case 'question':
      return { text, blocks: questionBlocks(answer, opts) };
    case 'date':
      return { text, blocks: dateBlocks(answer, opts) };
    case 'period':
      return { text, blocks: periodBlocks(answer, opts) };
    case 'timeline':
      return { text, blocks: timelineBlocks(answer, opts) };
    case 'on-this-date':
      return { text, blocks: onThisDateBlocks(answer, opts) };
    case 'quotes':
      return { text, blocks: quotesBlocks(answer, opts) };
    case 'input-error':
      return { text, blocks: inputErrorBlocks(answer, opts) };
  }
}

/** The daily "On this date" post; whether a day without a summit is posted is the daily job's choice. */
export function renderDailyPost(answer: OnThisDateAnswer): SlackMessage {
  return { text: dailyPostText(answer), blocks: dailyPostBlocks(answer) };
}

/** `/summit help` and a bare `/summit`: usage with examples. */
export function renderUsageMessage(opts: SlackRenderOptions = {}): SlackMessage {
  const lines = usageLines('/summit ', (s) => `\`${s}\``);
  return {
    text: USAGE_SUMMARY,
    blocks: [...preambleBlocks(opts), mrkdwnSection(`${USAGE_INTRO}\n\n${lines.join('\n')}\n\n${USAGE_MENTION}`)],
  };
}

/** The hint for a mention with nothing after it. */
export function renderMentionHint(): SlackMessage {
  return { text: MENTION_HINT, blocks: [mrkdwnSection(MENTION_HINT)] };
}

/** A short plain reply (subscriptions, apologies); `plain` text is escaped unless `trusted`. */
export function renderNotice(message: string, opts: SlackRenderOptions & { trusted?: boolean } = {}): SlackMessage {
  const text = opts.trusted ? message : escapeMrkdwn(message);
  return { text, blocks: [...preambleBlocks(opts), mrkdwnSection(text)] };
}
