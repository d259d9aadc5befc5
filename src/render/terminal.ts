/**
 * Answers as terminal text (pure), for the local shell: emphasis, citations and links readable,
 * with ANSI colour when asked for and plain marks (`*word*`) when not, e.g. in a pipe.
 */
import type {
  Answer,
  DateAnswer,
  OnThisDateAnswer,
  PeriodAnswer,
  QuestionAnswer,
  QuoteResult,
  QuotesAnswer,
  OccasionDays,
  Result,
  SideAccount,
  TimelineAnswer,
} from '../answers/types';
import type { HomeAnswer } from '../answers/home';
import { sourceText } from '../answers/sources';
import * as copy from './copy';
import { distanceFrom, eventDays, humanDate, isoDays, plural, sentenceStart, yearsAgo, eventKind } from './format-date';
import { highlightSegments, markSegments } from './highlight-segments';
import { linkableUrl } from './linkable-url';
import { shownInput } from './shown-input';
import { statementsLeft } from './statements-left';

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

/** How a terminal quotes what was typed and shows what to type instead. */
const MARKS: copy.Marks = { quote: (text) => `"${text}"`, example: (text) => `"${text}"` };

/** Archived text must not move the cursor or recolour the terminal: control characters go. */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Title (marked when cut from the lead), source, published date, summit day or span, ¶ — as Slack's. */
function citation(r: Result | QuoteResult, s: Style): string {
  const parts = [`${stripControl(r.title || r.articleId)}${copy.titleNote(r)}`, ...copy.citationParts(r, stripControl)];
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
  return total > offset + shown ? [copy.showing(offset, shown, total, noun)] : [];
}

/** A source as one would type it: `source:TASS`, or `source:"South China Morning Post"`. */
const typedSource = (name: string) => (/\s|"/.test(name) ? sourceText(name) : `source:${name}`);

function question(a: QuestionAnswer, s: Style): string[] {
  const q = shownInput(stripControl(a.query));
  const source = a.source ? { ...a.source, name: stripControl(a.source.name) } : null;
  if (source && (a.notice ?? 'no-match') === 'no-match' && a.results.length === 0)
    // In the shell and the CLI a source is always typed: say to ask again without it.
    return [copy.noMatchInTypedSource(q, source.name, source.articles, typedSource(source.name), MARKS)];
  if (a.notice !== undefined || a.results.length === 0) return [copy.questionNotice(a.notice ?? 'no-match', q, MARKS)];
  const scope = [
    ...(a.scope ? [stripControl(copy.searchingCoverage(a.scope))] : []),
    ...(source ? [copy.keptToSource(source.name, source.articles)] : []),
  ];
  return [
    s.bold(copy.excerptsFor(MARKS.quote(q))),
    ...scope,
    '',
    ...results(a.results, a.page.offset, s),
    ...pageLine(a.page.offset, a.results.length, a.page.total, 'excerpts'),
  ];
}

function date(a: DateAnswer, s: Style): string[] {
  if (a.event === null) {
    const lines = [copy.noSummitOn(humanDate(a.date))];
    if (a.publishedThatDay.length) {
      lines.push(
        copy.PUBLISHED_THAT_DAY,
        ...a.publishedThatDay.map((p) => `  • ${stripControl(p.title)}${p.eventDate ? ` — ${copy.reportsTheSummitOf(p.eventDate)}` : ''}`),
      );
    }
    if (a.nearest.length)
      lines.push(
        copy.NEAREST_SUMMITS,
        ...a.nearest.map((e) => `  • ${isoDays(e)} (${distanceFrom(e.distanceDays)}) — ${eventKind(e)}: ${stripControl(e.title)}`),
      );
    return lines;
  }
  const e = a.event;
  return [
    s.bold(copy.summitHeading(e)),
    stripControl(e.title),
    '',
    ...(a.page.offset === 0 ? sides(e.sides, e.date, s) : []),
    ...results(a.results, a.page.offset, s),
    ...pageLine(a.page.offset, a.results.length, a.page.total, 'excerpts'),
  ];
}

/** Every summit of a period, each with its best excerpt; the nearest when there is none. */
function period(a: PeriodAnswer, s: Style): string[] {
  const words = copy.periodWords(a);
  if (a.page.total === 0) {
    const lines = [copy.noSummitIn(words)];
    if (a.nearest.length)
      lines.push(
        copy.NEAREST_SUMMITS,
        ...a.nearest.map((e) => `  • ${isoDays(e)} (${distanceFrom(e.distanceDays)}) — ${eventKind(e)}: ${stripControl(e.title)}`),
      );
    return lines;
  }
  const lines = [s.bold(copy.periodHeading(words, a.page.total))];
  a.events.forEach((e, i) => {
    lines.push('', `${a.page.offset + i + 1}. ${copy.summitHeading(e)}: ${stripControl(e.title)}`);
    const best = a.results.find((r) => e.articles.some((x) => x.articleId === r.articleId));
    if (best) lines.push(...results([best], 0, s).map((l) => l.replace(/^ {2}1\. /, '   ')));
  });
  return lines;
}

/** "What each side said", each statement with its article and paragraph. */
const STATEMENTS_PER_SIDE = 5;

function sides(list: readonly SideAccount[], date: string, s: Style): string[] {
  if (list.length === 0) return [];
  const lines = [s.bold(copy.SIDES_HEADING)];
  for (const { side, statements } of list) {
    lines.push(`  ${copy.SIDE_LABEL[side]}:`);
    for (const st of statements.slice(0, STATEMENTS_PER_SIDE))
      lines.push(
        `    • ${stripControl(st.speaker)}: ${said(st)} ${s.dim(`— ${stripControl(st.title || st.articleId)} · ¶ ${st.paragraph + 1}`)}`,
      );
    for (const { speaker, left, from } of statementsLeft(statements, Math.min(STATEMENTS_PER_SIDE, statements.length))) {
      const name = stripControl(speaker);
      lines.push(`    ${copy.moreStatements(left, name, copy.quotesCommand(name, date, from))}`);
    }
  }
  return [...lines, ''];
}

/** A statement's words as a quote or as reported speech, with who relayed them and the other occasion, if any. */
function said(st: { text: string; verbatim?: boolean; reportedBy?: string; saidAt?: string; saidOn?: OccasionDays }): string {
  return copy.statementWordsOn(stripControl(st.text), {
    ...(st.verbatim !== undefined ? { verbatim: st.verbatim } : {}),
    ...(st.reportedBy ? { reportedBy: stripControl(st.reportedBy) } : {}),
    ...(st.saidAt ? { saidAt: stripControl(st.saidAt) } : {}),
    ...(st.saidOn ? { saidOn: st.saidOn } : {}),
  });
}

function quotes(a: QuotesAnswer, s: Style): string[] {
  const scope = shownInput(stripControl(copy.quotesScope(a)), 300);
  const source = a.source ? { ...a.source, name: stripControl(a.source.name) } : null;
  if (a.results.length === 0)
    return [
      source
        ? copy.noStatementsInTypedSource(scope, source.name, source.articles, typedSource(source.name), MARKS)
        : copy.noStatements(scope, a),
    ];
  return [
    ...(source ? [copy.keptToSource(source.name, source.articles)] : []),
    s.bold(`${copy.statementsBy(scope)} (${copy.statementsAtSummit(a.page.total - (a.elsewhere ?? 0), a.elsewhere ?? 0)}):`),
    '',
    // The summit's own statements come first; the first said elsewhere gets the line that says so.
    ...a.results.map(
      (r, i) =>
        `${a.elsewhere && a.page.offset + i === a.page.total - a.elsewhere ? `${s.bold(copy.SAID_ELSEWHERE)}\n` : ''}  ${a.page.offset + i + 1}. ${said(r)}\n     ${citation(r, s)}`,
    ),
    ...pageLine(a.page.offset, a.results.length, a.page.total, 'statements'),
  ];
}

function timeline(a: TimelineAnswer, s: Style): string[] {
  if (a.page.total === 0) return [copy.NO_SUMMIT_YET];
  return [
    s.bold(copy.timelineHeading(a.page.total)),
    ...a.events.map((e) => `  • ${isoDays(e)} — ${eventKind(e)}: ${stripControl(e.title)} (${plural(e.articles.length, 'article')})`),
  ];
}

function onThisDate(a: OnThisDateAnswer, s: Style): string[] {
  const lines = [s.bold(copy.onThisDateHeading(a.day))];
  if (a.page.total === 0) {
    lines.push(copy.noSummitOnThisDay(a.day));
    if (a.next) lines.push(copy.nextAnniversary(a.next, stripControl(a.next.title)));
    return lines;
  }
  for (const e of a.events) {
    lines.push('', `${sentenceStart(yearsAgo(e.yearsAgo))}, ${eventDays(e)} — ${eventKind(e)}: ${stripControl(e.title)}`);
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
    case 'period':
      lines = period(answer, s);
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
      lines = [shownInput(stripControl(answer.message), 300), stripControl(answer.hint)];
      break;
  }
  return `${lines.join('\n')}\n`;
}

/** Usage for the shell. */
export function renderTerminalUsage({ color }: TerminalOptions): string {
  const s = color ? ANSI : PLAIN;
  const lines = [...copy.usageLines('/summit ', s.bold), ...copy.usageLines('', s.bold, copy.SHELL_EXAMPLES)];
  return `${[copy.SHELL_USAGE_INTRO, ...lines.map((l) => `  ${l}`)].join('\n')}\n`;
}

/** The App Home as text (the shell's `home`): the same data and words as the Slack tab. */
export function renderHomeForTerminal(home: HomeAnswer, { color }: TerminalOptions): string {
  const s = color ? ANSI : PLAIN;
  const lines = [s.bold(copy.HOME_HEADING), '', s.bold(copy.HOME_LATEST)];
  if (home.latest.length === 0) lines.push(`  ${copy.NO_SUMMIT_YET}`);
  for (const e of home.latest)
    lines.push(
      `  • ${eventDays(e)} · ${eventKind(e)} · ${plural(e.articles.length, 'article')}: ${stripControl(e.title)}  (/summit ${e.date})`,
    );
  lines.push('', s.bold(copy.onThisDateHeading(home.today.day)));
  if (home.today.events.length === 0) {
    lines.push(`  ${copy.noSummitOnThisDay(home.today.day)}`);
    if (home.today.next) lines.push(`  ${copy.nextAnniversary(home.today.next, stripControl(home.today.next.title))}`);
  }
  for (const e of home.today.events)
    lines.push(`  • ${sentenceStart(yearsAgo(e.yearsAgo))}, ${eventDays(e)} — ${eventKind(e)}: ${stripControl(e.title)}`);
  if (home.dailyChannels)
    lines.push(
      '',
      s.bold(copy.HOME_DAILY),
      `  ${home.dailyChannels.length ? home.dailyChannels.map((c) => `#${stripControl(c)}`).join(' ') : copy.HOME_NO_DAILY}`,
    );
  lines.push('', s.bold(copy.HOME_ASK), ...copy.HOME_EXAMPLES.map(([example, what]) => `  ${example} — ${what}`), copy.HOME_ELSEWHERE);
  return `${lines.join('\n')}\n`;
}

/** "Check with Summit" as text: the message checked, then the answer as the shell shows any. */
export function renderCheckForTerminal(message: string, answer: Answer, opts: TerminalOptions): string {
  return `${copy.checkedMessage(`"${shownInput(stripControl(message))}"`)}\n${renderForTerminal(answer, opts)}`;
}

/** `cli feedback` for a person: one line per verdict, oldest first, then the counts. */
export function renderFeedbackForTerminal(
  records: ReadonlyArray<{
    at: string;
    user: string;
    channel: string;
    query: string;
    verdict: string;
    reason?: string;
    citations: Array<{ articleId: string; paragraph: number }>;
  }>,
): string {
  if (records.length === 0) return `${copy.NO_FEEDBACK}\n`;
  const counts: Record<string, number> = {};
  const lines = records.map((r) => {
    counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
    const cited = r.citations.map((c) => `${stripControl(c.articleId)} ¶ ${c.paragraph + 1}`).join(', ');
    const reason = r.reason ? `\n    reason: ${stripControl(r.reason)}` : '';
    return `${r.at.slice(0, 16).replace('T', ' ')}  ${r.verdict.padEnd(17)}  ${stripControl(r.user)} in ${stripControl(r.channel) || '-'}  "${stripControl(r.query)}"${reason}${cited ? `\n    cited: ${cited}` : ''}`;
  });
  return `${[...lines, '', copy.feedbackSummary(counts)].join('\n')}\n`;
}
