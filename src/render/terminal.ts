/**
 * Answers as terminal text (pure), for the local shell: emphasis, citations and links readable,
 * with ANSI colour when asked for and plain marks (`*word*`) when not, e.g. in a pipe.
 */
import type { Answer, DateAnswer, OnThisDateAnswer, QuestionAnswer, QuotesAnswer, Result, SideAccount, TimelineAnswer } from '../answers/types';
import type { Cited } from './blocks/citation-context';
import { quotesScope } from './blocks/quotes';
import { distanceFrom, eventDays, humanDate, humanDay, plural, sentenceStart, yearsAgo } from './format-date';
import { highlightSegments, markSegments } from './highlight-segments';
import { linkableUrl } from './linkable-url';
import { usageLines } from './usage';

export interface TerminalOptions {
  /** ANSI bold, dim and underlined links; without it, `*word*` marks a match. */
  color: boolean;
}

interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
  link: (s: string) => string;
}

const ANSI: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  link: (s) => `\x1b[4;36m${s}\x1b[24;39m`,
};
const PLAIN: Style = { bold: (s) => `*${s}*`, dim: (s) => s, link: (s) => s };

/** Archived text must not move the cursor or recolour the terminal: control characters go. */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function citation(r: Cited, s: Style): string {
  const parts = [stripControl(r.title || r.articleId)];
  if (r.source) parts.push(stripControl(r.source));
  if (r.published) parts.push(`published ${r.published}`);
  if (r.eventDate) parts.push(`summit ${r.eventDate}`);
  parts.push(`¶ ${r.paragraph + 1}`);
  const line = s.dim(`— ${parts.join(' · ')}`);
  // As in Slack, only a plain http(s) URL is shown as a link.
  const url = linkableUrl(r.url);
  return url ? `${line}\n     ${s.link(url)}` : line;
}

function results(list: readonly Result[], offset: number, s: Style): string[] {
  return list.map((r, i) => {
    const excerpt = markSegments(highlightSegments(r.excerpt, r.highlights), stripControl, s.bold);
    return `  ${offset + i + 1}. ${excerpt}\n     ${citation(r, s)}`;
  });
}

function pageLine(offset: number, shown: number, total: number, noun: string): string[] {
  return total > offset + shown ? [`Showing ${offset + 1}–${offset + shown} of ${total} ${noun}.`] : [];
}

function question(a: QuestionAnswer, s: Style): string[] {
  const q = stripControl(a.query.trim());
  if (a.notice === 'empty') return ['Ask about the calls and meetings of Xi Jinping and Vladimir Putin, e.g. "what did they say about gas?" or a date such as 2022-06-15.'];
  if (a.notice === 'stop-words-only') return [`"${q}" has only common words, which I cannot search for. Try names, places or topics, such as "gas pipeline" or "Ukraine".`];
  if (a.notice === 'too-long') return [`Searching for "${q}" took too long, so I stopped. Ask with fewer, rarer words, such as "gas pipeline", or a date such as 2022-06-15.`];
  if (a.notice === 'no-match' || a.results.length === 0) return [`Nothing in the archive matches "${q}". Try other words, or "list" to see every summit.`];
  return [s.bold(`Excerpts for "${q}":`), '', ...results(a.results, a.page.offset, s), ...pageLine(a.page.offset, a.results.length, a.page.total, 'excerpts')];
}

function date(a: DateAnswer, s: Style): string[] {
  if (a.event === null) {
    const lines = [`No Xi–Putin summit on ${humanDate(a.date)} in the archive.`];
    if (a.publishedThatDay.length) {
      lines.push('Published that day:', ...a.publishedThatDay.map((p) => `  • ${stripControl(p.title)}${p.eventDate ? ` — reports the summit of ${humanDate(p.eventDate)}` : ''}`));
    }
    if (a.nearest.length) lines.push('Nearest summits:', ...a.nearest.map((e) => `  • ${e.date} (${distanceFrom(e.distanceDays)}) — ${e.kind}: ${stripControl(e.title)}`));
    return lines;
  }
  const e = a.event;
  return [
    s.bold(`${eventDays(e)} · ${e.kind} · ${plural(e.articles.length, 'article')}`),
    stripControl(e.title),
    '',
    ...(a.page.offset === 0 ? sides(e.sides, e.date, s) : []),
    ...results(a.results, a.page.offset, s),
    ...pageLine(a.page.offset, a.results.length, a.page.total, 'excerpts'),
  ];
}

const SIDE_LABEL: Record<SideAccount['side'], string> = { Chinese: 'Chinese side', Russian: 'Russian side', other: 'Others' };

/** "What each side said", each statement with its article and paragraph. */
const STATEMENTS_PER_SIDE = 5;

function sides(list: readonly SideAccount[], date: string, s: Style): string[] {
  if (list.length === 0) return [];
  const lines = [s.bold('What each side said')];
  for (const { side, statements } of list) {
    lines.push(`  ${SIDE_LABEL[side]}:`);
    for (const st of statements.slice(0, STATEMENTS_PER_SIDE)) lines.push(`    • ${stripControl(st.speaker)}: ${stripControl(st.text)} ${s.dim(`— ${stripControl(st.title || st.articleId)} · ¶ ${st.paragraph + 1}`)}`);
    const left = statements.length - STATEMENTS_PER_SIDE;
    if (left > 0) lines.push(`    …and ${left} more: /summit quotes ${stripControl(statements[STATEMENTS_PER_SIDE]!.speaker)} ${date}`);
  }
  return [...lines, ''];
}

function quotes(a: QuotesAnswer, s: Style): string[] {
  const scope = stripControl(quotesScope(a));
  if (a.results.length === 0) return [`No statements by ${scope} in the archive.${a.date && !a.event ? ` There was no Xi–Putin summit on ${humanDate(a.date)} in the archive.` : ''}`];
  return [
    s.bold(`Statements by ${scope} (${plural(a.page.total, 'statement')}):`),
    '',
    ...a.results.map((r, i) => `  ${a.page.offset + i + 1}. ${stripControl(r.text)}\n     ${citation(r, s)}`),
    ...pageLine(a.page.offset, a.results.length, a.page.total, 'statements'),
  ];
}

function timeline(a: TimelineAnswer, s: Style): string[] {
  if (a.events.length === 0) return ['The archive holds no summit yet.'];
  return [
    s.bold(`Xi–Putin summits in the archive: ${a.events.length}`),
    ...a.events.map((e) => `  • ${e.date}${e.end && e.end !== e.date ? `–${e.end}` : ''} — ${e.kind}: ${stripControl(e.title)} (${plural(e.articles.length, 'article')})`),
  ];
}

function onThisDate(a: OnThisDateAnswer, s: Style): string[] {
  const lines = [s.bold(`On this date, ${humanDay(a.day)}`)];
  if (a.events.length === 0) {
    lines.push(`No Xi–Putin summit happened on a ${humanDay(a.day)} in the archive.`);
    if (a.next) lines.push(`The next anniversary is ${humanDay(a.next.day)}: the ${a.next.kind} of ${humanDate(a.next.date)}, ${stripControl(a.next.title)}.`);
    return lines;
  }
  for (const e of a.events) {
    lines.push('', `${sentenceStart(yearsAgo(e.yearsAgo))}, ${humanDate(e.date)} — ${e.kind}: ${stripControl(e.title)}`);
    lines.push(...results(e.excerpts, 0, s));
  }
  return lines;
}

/** One answer as lines of terminal text, ending with a newline. */
export function renderForTerminal(answer: Answer, { color }: TerminalOptions): string {
  const s = color ? ANSI : PLAIN;
  let lines: string[];
  switch (answer.kind) {
    case 'question':
      lines = question(answer, s);
      break;
    case 'date':
      lines = date(answer, s);
      break;
    case 'timeline':
      lines = timeline(answer, s);
      break;
    case 'on-this-date':
      lines = onThisDate(answer, s);
      break;
    case 'quotes':
      lines = quotes(answer, s);
      break;
    case 'input-error':
      lines = [stripControl(answer.message), stripControl(answer.hint)];
      break;
  }
  return `${lines.join('\n')}\n`;
}

/** Usage for the shell. */
export function renderTerminalUsage({ color }: TerminalOptions): string {
  const s = color ? ANSI : PLAIN;
  const lines = usageLines('/summit ', (x) => s.bold(x));
  return `${[
    'Type what you would type in Slack:',
    ...lines.map((l) => `  ${l}`),
    `  ${s.bold('@summit <question or date>')} — what a mention answers (plain text works too)`,
    `  ${s.bold('more')} — the next page of the last answer`,
  ].join('\n')}\n`;
}
