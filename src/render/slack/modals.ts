/** The modals Summit opens: "Search the archive", an answer, and the reason for a feedback. */
import type { SourceCount } from '../../answers/sources';
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
  source: 'source',
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

/** Slack's static select: 100 options, 75 characters of option text, 150 of value. */
const MAX_OPTIONS = 100;
const OPTION_TEXT = 75;
const OPTION_VALUE = 150;

/**
 * The optional Source menu: the archive's sources, most articles first; none when the archive names
 * no source (Slack refuses a menu without options). A name too long for an option's value is left out
 * rather than cut, since a cut name would name no source.
 */
function sourceSelect(sources: readonly SourceCount[]): KnownBlock[] {
  const options = sources
    .filter((s) => s.name.length <= OPTION_VALUE)
    .slice(0, MAX_OPTIONS)
    .map((s) => ({ text: plain(truncate(copy.sourceOption(s.name, s.articles), OPTION_TEXT)), value: s.name }));
  if (options.length === 0) return [];
  return [
    {
      type: 'input',
      block_id: VIEW_IDS.source,
      optional: true,
      label: plain(copy.SEARCH_SOURCE),
      element: { type: 'static_select', action_id: VIEW_IDS.source, placeholder: plain(copy.SEARCH_SOURCE_HINT), options },
    },
  ];
}

/** "Search the archive": a question, and optionally a period, a speaker and one of the archive's sources. */
export function searchModal(sources: readonly SourceCount[] = []): ModalView {
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
      ...sourceSelect(sources),
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
