/**
 * Feedback on answers and "Show in context": the buttons, and what their values carry. A feedback
 * value holds the query and the citations shown, so a click is stored without asking the archive
 * again; a context value holds the article and paragraph.
 */
import type { Answer, QuoteResult, Result } from '../../answers/types';
import { FEEDBACK_HELPFUL, FEEDBACK_NOT_HELPFUL, FEEDBACK_WRONG_ATTRIBUTION, SHOW_IN_CONTEXT } from '../copy';
import type { Button, KnownBlock } from './block-kit';
import type { FeedbackStyle } from './options';
import { SLACK_LIMITS, truncate } from './slack-limits';
import { sourceText } from '../../answers/sources';

export type Verdict = 'helpful' | 'not-helpful' | 'wrong-attribution';

export interface Citation {
  articleId: string;
  paragraph: number;
}

/** What a feedback button carries. */
export interface FeedbackValue {
  verdict: Verdict;
  query: string;
  citations: Citation[];
  /** The speaker a quote was attributed to ("Wrong attribution"). */
  speaker?: string;
}

export const FEEDBACK_ACTIONS = {
  /** Slack's feedback buttons (one element, two values). */
  buttons: 'summit_feedback',
  helpful: 'summit_feedback_helpful',
  notHelpful: 'summit_feedback_not_helpful',
  wrongAttribution: 'summit_wrong_attribution',
  showContext: 'summit_context',
} as const;

/** Every feedback action id. */
export const FEEDBACK_ACTION = /^summit_(feedback|feedback_helpful|feedback_not_helpful|wrong_attribution)$/;

const VERDICTS: Record<string, Verdict> = { h: 'helpful', n: 'not-helpful', w: 'wrong-attribution' };
const CODE: Record<Verdict, string> = { helpful: 'h', 'not-helpful': 'n', 'wrong-attribution': 'w' };
const MAX_QUERY = 500;

/**
 * The value of a feedback button: the query (cut to 500 characters: it is only read, never asked
 * again) and as many citations as fit Slack's 2,000 characters.
 */
export function encodeFeedbackValue({ verdict, query, citations, speaker }: FeedbackValue): string {
  const base = { k: 'f', v: CODE[verdict], q: truncate(query.trim(), MAX_QUERY), ...(speaker ? { s: truncate(speaker, 100) } : {}) };
  for (let n = citations.length; n >= 0; n -= 1) {
    const value = JSON.stringify({ ...base, c: citations.slice(0, n).map((c) => [c.articleId, c.paragraph]) });
    if (value.length <= SLACK_LIMITS.buttonValue) return value;
  }
  return JSON.stringify({ ...base, q: truncate(base.q, 100), c: [] });
}

export function decodeFeedbackValue(value: string | undefined): FeedbackValue | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Record<string, unknown>;
    const verdict = VERDICTS[String(parsed.v)];
    if (parsed.k !== 'f' || !verdict || typeof parsed.q !== 'string' || !Array.isArray(parsed.c)) return null;
    const citations = (parsed.c as unknown[]).flatMap((c) =>
      Array.isArray(c) && typeof c[0] === 'string' && Number.isInteger(c[1]) && (c[1] as number) >= 0
        ? [{ articleId: c[0], paragraph: c[1] as number }]
        : [],
    );
    return { verdict, query: parsed.q, citations, ...(typeof parsed.s === 'string' ? { speaker: parsed.s } : {}) };
  } catch {
    return null;
  }
}

/** What a "Show in context" button carries. */
export function encodeContextValue({ articleId, paragraph }: Citation): string | null {
  const value = JSON.stringify({ k: 'c', a: articleId, p: paragraph });
  return value.length <= SLACK_LIMITS.buttonValue ? value : null;
}

export function decodeContextValue(value: string | undefined): Citation | null {
  if (!value) return null;
  try {
    const { k, a, p } = JSON.parse(value) as Record<string, unknown>;
    return k === 'c' && typeof a === 'string' && Number.isInteger(p) && (p as number) >= 0
      ? { articleId: a, paragraph: p as number }
      : null;
  } catch {
    return null;
  }
}

function button(actionId: string, label: string, value: string): Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label }, value };
}

/** "Show in context" beside an excerpt. */
export function contextButton(result: Pick<Result, 'articleId' | 'paragraph'>): Button | null {
  const value = encodeContextValue(result);
  return value === null ? null : button(FEEDBACK_ACTIONS.showContext, SHOW_IN_CONTEXT, value);
}

/** "Wrong attribution" beside a quote. */
export function wrongAttributionButton(query: string, quote: QuoteResult): Button {
  const value = encodeFeedbackValue({ verdict: 'wrong-attribution', query, citations: [quote], speaker: quote.speaker });
  return button(FEEDBACK_ACTIONS.wrongAttribution, FEEDBACK_WRONG_ATTRIBUTION, value);
}

/** The citations an answer showed, in order (none for the timeline and errors: nothing to judge). */
export function citationsOf(answer: Answer): Citation[] | null {
  const pick = (r: Citation): Citation => ({ articleId: r.articleId, paragraph: r.paragraph });
  switch (answer.kind) {
    case 'question':
      return answer.results.length > 0 ? answer.results.map(pick) : null;
    case 'date':
      return answer.event ? answer.results.map(pick) : null;
    case 'period':
      return answer.results.length > 0 ? answer.results.map(pick) : null;
    case 'quotes':
      return answer.results.length > 0 ? answer.results.map(pick) : null;
    case 'on-this-date':
      return answer.events.length > 0 ? answer.events.flatMap((e) => e.excerpts.map(pick)) : null;
    case 'timeline':
    case 'input-error':
      return null;
  }
}

/** What was asked, as feedback records it. */
export function feedbackQuery(answer: Answer): string {
  if (answer.kind === 'on-this-date') return `on this date ${answer.date}`;
  if (answer.kind === 'timeline') return 'list';
  // A quotes answer's query is what followed `quotes`: the request is recorded as typed.
  // A source is recorded as the request carried it, so the bench asks the same again.
  const source = (answer.kind === 'quotes' || answer.kind === 'question') && answer.source ? ` ${sourceText(answer.source.name)}` : '';
  if (answer.kind === 'quotes') return `quotes ${answer.query}${source}`.trim();
  return `${answer.query}${source}`;
}

/** Helpful / Not helpful under an answer, as Slack's feedback buttons or as plain buttons. */
export function feedbackBlock(query: string, citations: Citation[], style: FeedbackStyle): KnownBlock {
  const helpful = encodeFeedbackValue({ verdict: 'helpful', query, citations });
  const notHelpful = encodeFeedbackValue({ verdict: 'not-helpful', query, citations });
  if (style === 'context_actions') {
    return {
      type: 'context_actions',
      elements: [
        {
          type: 'feedback_buttons',
          action_id: FEEDBACK_ACTIONS.buttons,
          positive_button: {
            text: { type: 'plain_text', text: FEEDBACK_HELPFUL },
            accessibility_label: 'This answer was helpful',
            value: helpful,
          },
          negative_button: {
            text: { type: 'plain_text', text: FEEDBACK_NOT_HELPFUL },
            accessibility_label: 'This answer was not helpful',
            value: notHelpful,
          },
        },
      ],
    };
  }
  return {
    type: 'actions',
    elements: [
      button(FEEDBACK_ACTIONS.helpful, FEEDBACK_HELPFUL, helpful),
      button(FEEDBACK_ACTIONS.notHelpful, FEEDBACK_NOT_HELPFUL, notHelpful),
    ],
  };
}
