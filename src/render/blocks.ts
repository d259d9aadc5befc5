/**
 * Answers as Slack messages (pure): Block Kit blocks within Slack's limits, and fallback text.
 * Everything from articles and queries is escaped; long answers page with a "More" button.
 */
import type { Answer, OnThisDateAnswer } from '../answers/types';
import type { SlackMessage } from './block-kit';
import { dailyPostBlocks } from './blocks/daily-post';
import { dateBlocks } from './blocks/date';
import { inputErrorBlocks } from './blocks/input-error';
import { onThisDateBlocks } from './blocks/on-this-date';
import type { SlackRenderOptions } from './blocks/options';
import { preambleBlocks } from './blocks/preamble';
import { questionBlocks } from './blocks/question';
import { quotesBlocks } from './blocks/quotes';
import { mrkdwnSection } from './blocks/section';
import { timelineBlocks } from './blocks/timeline';
import { MENTION_HINT, usageBlocks } from './blocks/usage';
import { escapeMrkdwn } from './escape-mrkdwn';
import { dailyPostText, fallbackText } from './fallback-text';

export type { SlackMessage } from './block-kit';
export type { SlackRenderOptions } from './blocks/options';

/** One answer as a Slack message. */
export function renderSlackMessage(answer: Answer, opts: SlackRenderOptions = {}): SlackMessage {
  const text = fallbackText(answer, opts.sharedBy);
  switch (answer.kind) {
    case 'question':
      return { text, blocks: questionBlocks(answer, opts) };
    case 'date':
      return { text, blocks: dateBlocks(answer, opts) };
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

/** `/summit help` and a bare `/summit`. */
export function renderUsageMessage(opts: SlackRenderOptions = {}): SlackMessage {
  return { text: 'How to use /summit: a date, a question, quotes, list, on this date, help.', blocks: usageBlocks(opts) };
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
