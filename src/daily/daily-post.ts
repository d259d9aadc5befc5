import type { Highlight, OnThisDateAnswer, OnThisDateEvent, Result } from '../answers/types';
import { escapeMrkdwn } from '../render/escape-mrkdwn';
import { eventDays, humanDate } from '../render/format-date';
import { highlightSegments, markSegments } from '../render/highlight-segments';

/** A Slack message: `text` is what notifications and screen readers get. */
export interface DailyMessage {
  text: string;
  blocks: unknown[];
}

export interface DailyPostOptions {
  /** DAILY_EMPTY: on a day without a summit, post nothing (`skip`) or the next anniversary (`next`). */
  empty: 'skip' | 'next';
}

/** Enough to stay far below Slack's 50 blocks and ~12k characters of blocks. */
const MAX_EVENTS = 8;
const EXCERPTS_PER_EVENT = 2;
const SECTION_LIMIT = 3000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `06-15` → `15 June`. */
function dayAndMonth(day: string): string {
  const [m, d] = day.split('-').map(Number) as [number, number];
  return `${d} ${MONTHS[m - 1] ?? ''}`.trim();
}

function yearsAgo(n: number): string {
  if (n <= 0) return 'this year';
  return n === 1 ? '1 year ago' : `${n} years ago`;
}

function limit(text: string, max = SECTION_LIMIT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A link Slack cannot misread: `|` and `>` would end the link early. */
function safeUrl(url: string): string {
  return url.replace(/[|<> ]/g, (c) => encodeURIComponent(c));
}

function citation(r: Result): string {
  const title = escapeMrkdwn(r.title);
  const parts = [r.url ? `<${safeUrl(r.url)}|${title}>` : `_${title}_`];
  if (r.source) parts.push(escapeMrkdwn(r.source));
  parts.push(`¶ ${r.paragraph + 1}`);
  return `— ${parts.join(', ')}`;
}

/** Matched words next to each other are bolded as one run: `*Vladimir Putin*`, not `*Vladimir* *Putin*`. */
function joinAdjacent(excerpt: string, highlights: readonly Highlight[]): Highlight[] {
  const out: Highlight[] = [];
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && start >= last[1] && /^\s*$/.test(excerpt.slice(last[1], start))) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

function quote(r: Result): string {
  const segments = highlightSegments(r.excerpt, joinAdjacent(r.excerpt, r.highlights));
  const marked = markSegments(segments, escapeMrkdwn, (s) => `*${s}*`);
  return `>${marked.replace(/\n+/g, ' ')}\n${citation(r)}`;
}

function eventSection(event: OnThisDateEvent): unknown {
  const heading = `*${eventDays(event)}: ${event.kind}* (${yearsAgo(event.yearsAgo)})\n${escapeMrkdwn(event.title)}`;
  const quotes = event.excerpts.slice(0, EXCERPTS_PER_EVENT).map(quote);
  return { type: 'section', text: { type: 'mrkdwn', text: limit([heading, ...quotes].join('\n')) } };
}

function hint(date: string): unknown {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `Ask more: \`/summit ${date}\` for that summit's coverage, or mention @Summit with a question.` }],
  };
}

/**
 * The daily "On this date" message for an answer: a heading, each earlier summit on this day with
 * how many years ago, its kind and one or two cited excerpts, and how to ask more. On a day without
 * a summit: null with `empty: 'skip'`, the next anniversary with `empty: 'next'` (null if none).
 */
export function dailyPostFor(answer: OnThisDateAnswer, options: DailyPostOptions): DailyMessage | null {
  const day = dayAndMonth(answer.day);
  const header = { type: 'header', text: { type: 'plain_text', text: `On this date: ${day}`, emoji: false } };

  if (answer.events.length === 0) {
    const next = answer.next;
    if (options.empty === 'skip' || !next) return null;
    const nextDay = dayAndMonth(next.day);
    return {
      text: `On this date: no summit between Xi Jinping and Vladimir Putin on ${day} in earlier years. Next anniversary: ${nextDay}, the ${next.kind} of ${humanDate(next.date)}.`,
      blocks: [
        header,
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: limit(
              `No summit between Xi Jinping and Vladimir Putin on ${day} in earlier years.\n` +
                `Next anniversary: *${nextDay}*, the ${next.kind} of ${eventDays(next)} (${yearsAgo(next.yearsAgo)} then).\n` +
                escapeMrkdwn(next.title),
            ),
          },
        },
        hint(next.date),
      ],
    };
  }

  const shown = answer.events.slice(0, MAX_EVENTS);
  const blocks: unknown[] = [header];
  shown.forEach((event, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(eventSection(event));
  });
  const hidden = answer.events.slice(shown.length);
  if (hidden[0]) {
    const text = `…and ${hidden.length} more on this date, such as \`/summit ${hidden[0].date}\`.`;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
  }
  blocks.push(hint(shown[0]?.date ?? answer.date));

  const summary = answer.events.map((e) => `${e.date.slice(0, 4)} ${e.kind} (${yearsAgo(e.yearsAgo)})`).join('; ');
  return { text: `On this date, ${day}: ${summary}`, blocks };
}
