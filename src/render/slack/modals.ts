/** The modals Summit opens: "Search the archive", an answer, and the reason for a feedback. */
import * as copy from '../copy';
import type { KnownBlock, SlackMessage } from './block-kit';
import { mrkdwnSection } from './section';
import { truncate } from './slack-limits';

export interface ModalView {
  type: 'modal';
  callback_id?: string;
  title: { type: 'plain_text'; text: string };
  submit?: { type: 'plain_text'; text: string };
  close?: { type: 'plain_text'; text: string };
  private_metadata?: string;
  /** Slack sends `view_closed` when the person closes it. */
  notify_on_close?: boolean;
  blocks: KnownBlock[];
}

export const VIEW_IDS = {
  search: 'summit_search',
  reason: 'summit_feedback_reason',
  answer: 'summit_answer',
  /** The block and action ids of the search modal's inputs. */
  question: 'question',
  period: 'period',
  speaker: 'speaker',
  reasonInput: 'reason',
} as const;

/** Slack's limits for modals: a title of 24 characters, 100 blocks, 3,000 characters of metadata. */
const TITLE = 24;
const MAX_BLOCKS = 100;
export const MAX_METADATA = 3000;

const plain = (text: string) => ({ type: 'plain_text' as const, text });

function input(id: string, label: string, placeholder: string, optional: boolean, multiline = false): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    optional,
    label: plain(label),
    element: { type: 'plain_text_input', action_id: id, multiline, max_length: multiline ? 1000 : 300, placeholder: plain(placeholder) },
  };
}

/** "Search the archive": a question, and optionally a period and a speaker. */
export function searchModal(): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_IDS.search,
    title: plain(copy.SEARCH_TITLE),
    submit: plain(copy.SEARCH_SUBMIT),
    close: plain(copy.SEARCH_CLOSE),
    blocks: [
      input(VIEW_IDS.question, copy.SEARCH_QUESTION, copy.SEARCH_QUESTION_HINT, false),
      input(VIEW_IDS.period, copy.SEARCH_PERIOD, copy.SEARCH_PERIOD_HINT, true),
      input(VIEW_IDS.speaker, copy.SEARCH_SPEAKER, copy.SEARCH_SPEAKER_HINT, true),
    ],
  };
}

/** Shown at once on submit, while the answer is computed (Slack wants the submit acknowledged in 3 s). */
export function waitingModal(): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_IDS.answer,
    title: plain(copy.ANSWER_TITLE),
    close: plain(copy.SEARCH_CLOSE),
    blocks: [mrkdwnSection(copy.SEARCHING)],
  };
}

/** An answer (or "Show in context") in a modal: the same blocks a message shows. */
export function answerModal(message: SlackMessage, title: string = copy.ANSWER_TITLE): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_IDS.answer,
    title: plain(truncate(title, TITLE)),
    close: plain(copy.SEARCH_CLOSE),
    blocks: message.blocks.slice(0, MAX_BLOCKS),
  };
}

/** The optional reason after "Not helpful" or "Wrong attribution"; `metadata` is the stored feedback. */
export function reasonModal(metadata: string): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_IDS.reason,
    title: plain(copy.REASON_TITLE),
    submit: plain(copy.REASON_SUBMIT),
    close: plain(copy.SEARCH_CLOSE),
    private_metadata: metadata,
    // Closing without a reason still keeps the verdict: the record is stored on close as on submit.
    notify_on_close: true,
    blocks: [mrkdwnSection(copy.FEEDBACK_THANKS_REASON), input(VIEW_IDS.reasonInput, copy.REASON_LABEL, copy.REASON_HINT, true, true)],
  };
}
