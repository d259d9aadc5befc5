/**
 * The words Summit says: notices, hints and headings, for Slack and the terminal alike. Both call the
 * same function and pass values already made safe for their surface (escaped for Slack, stripped of
 * control characters for a terminal); `Marks` is how each one quotes and shows what to type. Formats
 * of data (citations, list lines) stay with their renderer, and so do Slack's fallback summaries
 * (slack/fallback-text.ts). Sentences written in mrkdwn are Slack's alone.
 */
import type { OnThisDateAnswer, QuestionAnswer, QuotesAnswer, SideAccount } from '../answers/types';
import type { SummitEvent } from '../events/types';
import { eventDays, humanDate, humanDay, plural, yearsAgo } from './format-date';

/** How a surface marks the parts of a sentence. */
export interface Marks {
  /** What the person typed: “gas” in Slack, "gas" in a terminal. */
  quote(text: string): string;
  /** Something to type: _gas pipeline_ in Slack, "gas pipeline" in a terminal. */
  example(text: string): string;
}

// Usage and hints

/** What Summit understands: /summit help, and the shell's usage. */
export const USAGE_EXAMPLES: ReadonlyArray<[string, string]> = [
  ['2022-06-15', "that day's summit, with the best excerpt of each article (any common date form works: 15 June 2022, 6/15/2022)"],
  ['what did they say about gas?', 'the best cited excerpts for a question'],
  ['quotes Xi [date or words]', 'what a speaker said, cited (Xi, Putin, Peskov, the Kremlin, Xinhua…), for a summit date or about some words'],
  ['list', 'every summit found, oldest first'],
  ['on this date [MM-DD]', 'summits on this day in earlier years (default: today)'],
  ['subscribe / unsubscribe / subscriptions', "this channel's daily “on this date” post"],
  ['help', 'this message'],
];

/** What only the shell understands, after the examples. */
export const SHELL_EXAMPLES: ReadonlyArray<[string, string]> = [
  ['@summit <question or date>', 'what a mention answers (plain text works too)'],
  ['more', 'the next page of the last answer'],
];

/** Usage lines, each example written with `prefix` (`/summit `) and marked as the surface shows what to type. */
export function usageLines(prefix: string, mark: (s: string) => string, examples = USAGE_EXAMPLES): string[] {
  return examples.map(([example, what]) => `${mark(`${prefix}${example}`)} — ${what}`);
}

export const USAGE_INTRO = 'I answer questions about the calls and meetings of Xi Jinping and Vladimir Putin with cited excerpts from the news archive.';
export const USAGE_MENTION = 'Mention me (@Summit) with a question or a date to get the answer in the thread, or write to me directly.';
export const USAGE_SUMMARY = 'How to use /summit: a date, a question, quotes, list, on this date, help.';
export const SHELL_USAGE_INTRO = 'Type what you would type in Slack:';

/** The hint for a mention with nothing after it. The shell's names what is typed there (`@summit`). */
export const MENTION_HINT = 'Ask me about a Xi–Putin call or meeting: `@Summit what did they agree on gas?` or `@Summit 2022-06-15`. Type `/summit help` for more.';
export const SHELL_MENTION_HINT = 'Ask about a Xi–Putin call or meeting: "@summit what did they agree on gas?" or "@summit 2022-06-15". Type "/summit help" for more.';

// Questions

export type QuestionNotice = NonNullable<QuestionAnswer['notice']>;

/** A question that found nothing, and what to type instead. */
export function questionNotice(notice: QuestionNotice, query: string, m: Marks): string {
  switch (notice) {
    case 'empty':
      return `Ask about the calls and meetings of Xi Jinping and Vladimir Putin, for example ${m.example('what did they say about gas?')} or a date such as ${m.example('2022-06-15')}.`;
    case 'stop-words-only':
      return `${m.quote(query)} has only common words, which I cannot search for. Try names, places or topics, such as ${m.example('gas pipeline')} or ${m.example('Ukraine')}.`;
    case 'too-long':
      return `Searching for ${m.quote(query)} took too long, so I stopped. Ask with fewer, rarer words, such as ${m.example('gas pipeline')}, or a date such as ${m.example('2022-06-15')}.`;
    case 'no-match':
      return `Nothing in the archive matches ${m.quote(query)}. Try other words, or ${m.example('list')} to see every summit.`;
  }
}

export const excerptsFor = (quoted: string) => `Excerpts for ${quoted}:`;

/** Under a page that is not the last: `Showing 4–6 of 12 excerpts.` */
export const showing = (offset: number, shown: number, total: number, noun: string) => `Showing ${offset + 1}–${offset + shown} of ${total} ${noun}.`;

// Dates

/** `date` as the surface shows it (Slack bolds it). */
export const noSummitOn = (date: string) => `No Xi–Putin summit on ${date} in the archive.`;
export const PUBLISHED_THAT_DAY = 'Published that day:';
export const reportsTheSummitOf = (eventDate: string) => `reports the summit of ${humanDate(eventDate)}`;
export const NEAREST_SUMMITS = 'Nearest summits:';
export const summitHeading = (event: SummitEvent) => `${eventDays(event)} · ${event.kind} · ${plural(event.articles.length, 'article')}`;

export const SIDES_HEADING = 'What each side said';
export const SIDE_LABEL: Record<SideAccount['side'], string> = { Chinese: 'Chinese side', Russian: 'Russian side', other: 'Others' };
/** After the statements a side's share left out; `command` as the surface shows what to type. */
export const moreStatements = (left: number, command: string) => `…and ${left} more: ${command}`;
export const quotesCommand = (speaker: string, date: string) => `/summit quotes ${speaker} ${date}`;

// Quotes

/** What the list is of: `Xi Jinping on 15 June 2022`, `Putin about “gas”` (not yet made safe). */
export function quotesScope(answer: QuotesAnswer): string {
  if (answer.date) return `${answer.speaker} on ${humanDate(answer.date)}`;
  return answer.words ? `${answer.speaker} about “${answer.words}”` : answer.speaker;
}

export const statementsBy = (scope: string) => `Statements by ${scope}`;

export function noStatements(scope: string, { date, event }: Pick<QuotesAnswer, 'date' | 'event'>): string {
  const why = date && !event ? ` There was no Xi–Putin summit on ${humanDate(date)} in the archive.` : '';
  return `No statements by ${scope} in the archive.${why}`;
}

// The timeline and "on this date"

export const timelineHeading = (total: number) => `Xi–Putin summits in the archive: ${total}`;
export const NO_SUMMIT_YET = 'The archive holds no summit yet.';

export const onThisDateHeading = (day: string) => `On this date, ${humanDay(day)}`;
export const noSummitOnThisDay = (day: string) => `No Xi–Putin summit happened on a ${humanDay(day)} in the archive.`;
/** `title` made safe by the surface. */
export const nextAnniversary = (next: NonNullable<OnThisDateAnswer['next']>, title: string) =>
  `The next anniversary is ${humanDay(next.day)}: the ${next.kind} of ${humanDate(next.date)}, ${title}.`;

// The daily post (Slack, mrkdwn)

export const dailyHeading = (day: string) => `On this date: ${humanDay(day)}`;
export const noSummitInEarlierYears = (day: string) => `No summit between Xi Jinping and Vladimir Putin on ${humanDay(day)} in earlier years.`;
export const dailyNextAnniversary = (next: NonNullable<OnThisDateAnswer['next']>) =>
  `Next anniversary: *${humanDay(next.day)}*, the ${next.kind} of ${eventDays(next)} (${yearsAgo(next.yearsAgo)} then).`;
export const askMore = (date: string) => `Ask more: \`/summit ${date}\` for that summit's coverage, or mention @Summit with a question.`;
export const moreOnThisDate = (hidden: number, date: string) => `…and ${hidden} more on this date, such as \`/summit ${date}\`.`;

// Replies that are not answers

export const DAMAGED =
  'Summit cannot read its archive right now: its index is damaged. The operator has been told how to rebuild it; please ask again later.';
export const NO_DAILY = 'Daily “on this date” posts are not set up on this Summit: ask the operator to set DAILY_CHANNELS or enable subscriptions.';
export const SHELL_NO_SUBSCRIPTIONS = 'Subscriptions are for Slack channels: type /summit subscribe in a channel once Summit is connected to Slack.';
export const SHELL_TYPE_MORE = 'Type "more" for the next excerpts.';
export const SHELL_NOTHING_MORE = 'Nothing more to show: ask something else.';
export const shellFailed = (message: string) => `Sorry, that failed: ${message}`;
