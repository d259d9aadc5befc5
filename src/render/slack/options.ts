import type { ReplyIn } from './action-value';
import type { KnownBlock } from './block-kit';

/** How a message is framed around its answer. Everything is optional; without `request`, no buttons. */
export interface SlackRenderOptions {
  /** What the person typed, restated at the top (`/summit 2022-06-15`). */
  asked?: string;
  /** The request text buttons repeat (`2022-06-15`, `list`, a question). */
  request?: string;
  /** Where follow-ups of "More" and nearest-summit buttons go. Default `ephemeral`. */
  replyIn?: ReplyIn;
  /** Offer "Share in channel" (ephemeral replies). */
  share?: boolean;
  /** The user id of who shared this answer publicly. */
  sharedBy?: string;
  /**
   * Feedback under the answer: Slack's feedback buttons (`context_actions`, in posted messages) or
   * plain buttons (ephemeral replies and modals); "Wrong attribution" beside each quote either way.
   */
  feedback?: FeedbackStyle;
  /** "Show in context" beside each excerpt. */
  showContext?: boolean;
  /**
   * How a source was asked for: `menu` (the search modal's Source) or `typed` (`source:"Reuters"` in
   * /summit, a mention or a DM; the default). Says how to ask again without it.
   */
  sourceFrom?: SourceFrom;
  /**
   * Blocks ending every page (set by renderSlackMessage: the feedback block): pages are packed with
   * room kept for them, so an excerpt is left for "More" rather than the feedback dropped.
   */
  footer?: KnownBlock[];
}

export type SourceFrom = 'menu' | 'typed';

export type FeedbackStyle = 'context_actions' | 'buttons';
