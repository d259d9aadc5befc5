import type { OnThisDateAnswer } from '../answers/types';
import type { SlackMessage } from '../render/slack/block-kit';
import { renderDailyPost } from '../render/slack';

/** What the daily job posts: the same Slack message type every surface sends. */
export type DailyMessage = SlackMessage;

export interface DailyPostOptions {
  /** DAILY_EMPTY: on a day without a summit, post nothing (`skip`) or the next anniversary (`next`). */
  empty: 'skip' | 'next';
}

/**
 * The daily "On this date" message for an answer, rendered by src/render like every other message.
 * On a day without a summit: null with `empty: 'skip'`, the next anniversary with `empty: 'next'`
 * (null if there is none).
 */
export function dailyPostFor(answer: OnThisDateAnswer, options: DailyPostOptions): DailyMessage | null {
  if (answer.events.length === 0 && (options.empty === 'skip' || answer.next === null)) return null;
  return renderDailyPost(answer);
}
