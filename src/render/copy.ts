/**
 * The words Summit says: notices, hints and headings, for Slack and the terminal alike. Both call the
 * same function and pass values already made safe for their surface (escaped for Slack, stripped of
 * control characters for a terminal); `Marks` is how each one quotes and shows what to type. Formats
 * of data (citations, list lines) stay with their renderer, and so do Slack's fallback summaries
 * (slack/fallback-text.ts). Sentences written in mrkdwn are Slack's alone.
 */
import type { OnThisDateAnswer, QuestionAnswer, QuotesAnswer, Result, SideAccount } from '../answers/types';
import type { SummitEvent } from '../events/types';
import { eventDays, humanDate, humanDay, isoDays, plural, yearsAgo, eventKind } from './format-date';

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
  [
    'quotes Xi [date or words]',
    'what a speaker said, cited (Xi, Putin, Peskov, the Kremlin, Xinhua…), for a summit date or about some words',
  ],
  ['list', 'every summit found, oldest first'],
  ['on this date [MM-DD]', 'summits on this day in earlier years (default: today)'],
  ['subscribe / unsubscribe / subscriptions', "this channel's daily “on this date” post"],
  ['help', 'this message'],
];

/** What only the shell understands, after the examples. */
export const SHELL_EXAMPLES: ReadonlyArray<[string, string]> = [
  ['@summit <question or date>', 'what a mention answers (plain text works too)'],
  ['more', 'the next page of the last answer'],
  ['home', 'what Summit’s App Home shows'],
  ['check <message text>', 'what “Check with Summit” answers on a message saying that'],
];

/** Usage lines, each example written with `prefix` (`/summit `) and marked as the surface shows what to type. */
export function usageLines(prefix: string, mark: (s: string) => string, examples = USAGE_EXAMPLES): string[] {
  return examples.map(([example, what]) => `${mark(`${prefix}${example}`)} — ${what}`);
}

export const USAGE_INTRO =
  'I answer questions about the calls and meetings of Xi Jinping and Vladimir Putin with cited excerpts from the news archive.';
export const USAGE_MENTION = 'Mention me (@Summit) with a question or a date to get the answer in the thread, or write to me directly.';
export const USAGE_SUMMARY = 'How to use /summit: a date, a question, quotes, list, on this date, help.';
export const SHELL_USAGE_INTRO = 'Type what you would type in Slack:';

/** `npm start` without Slack tokens: which index the shell serves (the bundled one unless INDEX_DIR names another). */
export function shellBanner(indexDir: string): string {
  const served = /^(\.\/)?index\/?$/.test(indexDir)
    ? `the bundled archive (${indexDir}/)`
    : `the index in ${indexDir.replace(/\/+$/, '')}/`;
  return `Summit: no Slack tokens set, so this is the local shell on ${served}; to connect Slack, fill in .env as .env.example shows (docs/slack-setup.md walks through it). Type /summit help.`;
}

/** The hint for a mention with nothing after it. The shell's names what is typed there (`@summit`). */
export const MENTION_HINT =
  'Ask me about a Xi–Putin call or meeting: `@Summit what did they agree on gas?` or `@Summit 2022-06-15`. Type `/summit help` for more.';
export const SHELL_MENTION_HINT =
  'Ask about a Xi–Putin call or meeting: "@summit what did they agree on gas?" or "@summit 2022-06-15". Type "/summit help" for more.';
/** "more" typed in a DM, an assistant thread or a mention: Slack pages an answer with its button. */
export const MORE_HINT =
  'To see more of an answer, click the “More …” button under it (such as “More excerpts”); an answer without one has nothing more to show. Or ask something new: a question, a date, or `quotes Putin`.';

// When something goes wrong

/** A request failed for a reason of ours; the log has the details. */
export const APOLOGY_TEXT = 'Sorry, something went wrong while answering that. Please try again in a moment.';
/** A button made by an older Summit, whose request was cut. */
export const BUTTON_OUT_OF_DATE = 'This button is out of date: type your request again, e.g. `/summit 2022-06-15`.';
/** "Share in channel" could not post there. */
export const shareFailed = (code: string) => `I could not share that here (${code}). Invite me with /invite @Summit, or copy the answer.`;

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

/**
 * Over a question that names a time or place: which summits' coverage ranks first.
 * `Searching the coverage of the 15 December 2021 video call first, then the rest of the archive.`
 */
export function searchingCoverage(scope: NonNullable<QuestionAnswer['scope']>): string {
  const named = scope.events.map((e) => `the ${eventDays(e)} ${eventKind(e)}`);
  if (named.length === 0) return `No Xi–Putin summit in the archive matches “${scope.words.join(', ')}”: searching the whole archive.`;
  const list =
    named.length <= 3
      ? named.join(named.length === 2 ? ' and ' : ', ')
      : `${plural(named.length, 'summit')} (${named.slice(0, 3).join(', ')}…)`;
  return `Searching the coverage of ${list} first, then the rest of the archive.`;
}

/** Under a page that is not the last: `Showing 4–6 of 12 excerpts.` */
export const showing = (offset: number, shown: number, total: number, noun: string) =>
  `Showing ${offset + 1}–${offset + shown} of ${total} ${noun}.`;

// Dates

/** `date` as the surface shows it (Slack bolds it). */
export const noSummitOn = (date: string) => `No Xi–Putin summit on ${date} in the archive.`;
export const PUBLISHED_THAT_DAY = 'Published that day:';
export const reportsTheSummitOf = (eventDate: string) => `reports the summit of ${humanDate(eventDate)}`;
export const NEAREST_SUMMITS = 'Nearest summits:';
export const summitHeading = (event: SummitEvent) =>
  `${eventDays(event)} · ${eventKind(event)}${event.confidence === 'announced' ? ` · ${ANNOUNCED_ONLY}` : ''} · ${plural(event.articles.length, 'article')}`;
/** An event the archive only announces: nothing in it reports that it took place. */
export const ANNOUNCED_ONLY = 'announced; the archive has no report that it took place';

/** How a period answer names what was asked: `in June 2022`, `in Q4 2022`, `on 15 June in any year`. */
export function periodWords({ unit, period, day }: { unit: string; period: { from: string; to: string }; day?: string }): string {
  const [y, m] = [period.from.slice(0, 4), Number(period.from.slice(5, 7))];
  switch (unit) {
    case 'day':
      return `on ${humanDay(day ?? period.to.slice(5))} in any year`;
    case 'year':
      return `in ${y}`;
    case 'quarter':
      return `in Q${Math.ceil(m / 3)} ${y}`;
    case 'month':
      return `in ${humanDate(period.from).replace(/^1 /, '')}`;
    default:
      return `from ${humanDate(period.from)} to ${humanDate(period.to)}`;
  }
}
/** `Xi–Putin summits in June 2022: 2`. */
export const periodHeading = (words: string, total: number) => `Xi–Putin summits ${words}: ${total}`;
export const noSummitIn = (words: string) => `No Xi–Putin summit ${words} in the archive.`;

export const SIDES_HEADING = 'What each side said';
export const SIDE_LABEL: Record<SideAccount['side'], string> = { Chinese: 'Chinese side', Russian: 'Russian side', other: 'Others' };
/** After the statements a side's share left out, one line per speaker; `command` as the surface shows what to type. */
export const moreStatements = (left: number, speaker: string, command: string) => `…and ${left} more by ${speaker}: ${command}`;
/** The speaker's statements on that day, from the `from`th (1-based) on: where a side's list was cut. */
export const quotesCommand = (speaker: string, date: string, from = 1) =>
  `/summit quotes ${speaker} ${date}${from > 1 ? ` from ${from}` : ''}`;

/** After a paraphrase: the words are the reporter's, not the speaker's. */
export const REPORTED = '(reported)';
/** Quotation marks put around a speaker's own words when the source gave them none (a transcript turn). */
const QUOTE_MARKS = /["“”«»„‘]|(?:^|\s)'/;

/**
 * A statement as people read it: the speaker's own words as a quote (in the source's marks, or “ ”
 * when it had none, as under a transcript label), a paraphrase as reported speech, then who relayed it
 * and the other occasion it was said at. Every part is made safe for the surface by the caller.
 */
export function statementWords(words: string, s: { verbatim?: boolean; reportedBy?: string; saidAt?: string }): string {
  const said =
    s.verbatim === true ? (QUOTE_MARKS.test(words) ? words : `“${words}”`) : s.verbatim === false ? `${words} ${REPORTED}` : words;
  return [said, ...(s.reportedBy ? [relayedBy(s.reportedBy)] : []), ...(s.saidAt ? [saidAtOccasion(s.saidAt)] : [])].join(' ');
}
export const relayedBy = (who: string) => `— as relayed by ${who}`;
/** Words said away from the meeting the article reports. */
export const saidAtOccasion = (occasion: string) => `(said on another occasion: ${occasion})`;

/** "Last September, during …" inside a sentence: a leading word of time or place in lower case. */
const lowerStart = (occasion: string) => occasion.replace(/^(?:Last|Back|During|At|In|Earlier|On|When|While)\b/, (w) => w.toLowerCase());

/**
 * The occasion a statement was said at, with its day: the timeline's summit its words name, or the
 * article's own occasion (an interview, a message, a news conference) on the day it was published.
 */
export function saidOnOccasion(occasion: string, on: { of: 'summit' | 'publication'; date: string; end?: string }): string {
  return on.of === 'summit'
    ? `(said ${lowerStart(occasion)}: the summit of ${eventDays(on)})`
    : `(said on another occasion: ${occasion}, published ${humanDate(on.date)})`;
}

/** `statementWords`, with the occasion's day when it is known. */
export function statementWordsOn(
  words: string,
  s: { verbatim?: boolean; reportedBy?: string; saidAt?: string; saidOn?: { of: 'summit' | 'publication'; date: string; end?: string } },
): string {
  const { saidOn, ...rest } = s;
  if (!s.saidAt || !saidOn) return statementWords(words, rest);
  const { saidAt: _saidAt, ...said } = rest;
  return `${statementWords(words, said)} ${saidOnOccasion(s.saidAt, saidOn)}`;
}

/** Over the first of a date's statements said on other occasions, listed after the summit's own. */
export const SAID_ELSEWHERE = 'Said on other occasions, in the coverage of this summit:';
/** A date's count: the statements said at the summit, and those of its coverage said elsewhere. */
export const statementsAtSummit = (at: number, elsewhere: number) =>
  elsewhere > 0 ? `${plural(at, 'statement')} at this summit, ${elsewhere} said on other occasions` : plural(at, 'statement');

// Citations: each surface writes the title its way, then these parts joined with " · "

export const SOURCE_UNKNOWN = 'source unknown';
export const NO_PUBLISHED_DATE = 'no published date';
/** After a title the build cut from the article's lead because it had none. */
export const TITLE_FROM_FIRST_SENTENCE = 'title from the first sentence';
/** After the summit of an article that names no day and was filed there by resemblance. */
export const ATTACHED_BY_RESEMBLANCE = 'attached by resemblance';

/** What a citation shows after its title; `safe` makes the archive's source safe for the surface. */
export function citationParts(
  cited: Pick<Result, 'source' | 'published' | 'eventDate' | 'eventSpan' | 'attachedByResemblance' | 'paragraph'>,
  safe: (text: string) => string,
): string[] {
  const span = cited.eventSpan ? isoDays({ date: cited.eventSpan.from, end: cited.eventSpan.to }) : cited.eventDate;
  return [
    cited.source ? safe(cited.source) : SOURCE_UNKNOWN,
    cited.published ? `published ${cited.published}` : NO_PUBLISHED_DATE,
    ...(span ? [`summit ${span}${cited.attachedByResemblance ? ` (${ATTACHED_BY_RESEMBLANCE})` : ''}`] : []),
    `¶ ${cited.paragraph + 1}`,
  ];
}

/** ` (title from the first sentence)` after such a title, else nothing. */
export const titleNote = (cited: Pick<Result, 'titleFrom'>) =>
  cited.titleFrom === 'first sentence' ? ` (${TITLE_FROM_FIRST_SENTENCE})` : '';

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
  `The next anniversary is ${humanDay(next.day)}: the ${eventKind(next)} of ${eventDays(next)}, ${title}.`;

// The daily post (Slack, mrkdwn)

export const dailyHeading = (day: string) => `On this date: ${humanDay(day)}`;
export const noSummitInEarlierYears = (day: string) =>
  `No summit between Xi Jinping and Vladimir Putin on ${humanDay(day)} in earlier years.`;
export const dailyNextAnniversary = (next: NonNullable<OnThisDateAnswer['next']>) =>
  `Next anniversary: *${humanDay(next.day)}*, the ${eventKind(next)} of ${eventDays(next)} (${yearsAgo(next.yearsAgo)} then).`;
export const askMore = (date: string) => `Ask more: \`/summit ${date}\` for that summit's coverage, or mention @Summit with a question.`;
export const moreOnThisDate = (hidden: number, date: string) => `…and ${hidden} more on this date, such as \`/summit ${date}\`.`;

// Replies that are not answers

export const DAMAGED =
  'Summit cannot read its archive right now: its index is damaged. The operator has been told how to rebuild it; please ask again later.';
export const NO_DAILY =
  'Daily “on this date” posts are not set up on this Summit: ask the operator to set DAILY_CHANNELS or enable subscriptions.';
export const SHELL_NO_SUBSCRIPTIONS =
  'Subscriptions are for Slack channels: type /summit subscribe in a channel once Summit is connected to Slack.';
export const SHELL_TYPE_MORE = 'Type "more" for the next excerpts.';
/** After a page of a speaker's statements that has more. */
export const SHELL_TYPE_MORE_STATEMENTS = 'Type "more" for the next statements.';
export const SHELL_NOTHING_MORE = 'Nothing more to show: ask something else.';
export const shellFailed = (message: string) => `Sorry, that failed: ${message}`;

// App Home (Slack and the shell's `home`)

export const HOME_HEADING = 'Summit: Xi–Putin summits with cited excerpts';
export const HOME_LATEST = 'Latest summits';
export const HOME_TODAY = 'On this date';
export const HOME_DAILY = 'Channels that get the daily post';
export const HOME_NO_DAILY = 'No channel gets the daily “on this date” post yet: type /summit subscribe in a channel.';
/** The Home tab lists the viewer's own channels among those that get the daily post. */
export const HOME_YOUR_DAILY = 'Your channels that get the daily post';
export const HOME_YOUR_NO_DAILY = 'None of your channels gets the daily “on this date” post: type /summit subscribe in one.';
export const HOME_ASK = 'How to ask';
export const HOME_OPEN = 'Open';
export const HOME_FALLBACK = 'Summit: the latest summits, today’s anniversaries and how to ask.';
/** What to type, each with what it gives: a date, a period, a question, quotes. */
export const HOME_EXAMPLES: ReadonlyArray<[string, string]> = [
  ['/summit 2022-06-15', 'a day’s summit, with what each side said'],
  ['/summit June 2022', 'the summits of a month, a year or a range'],
  ['/summit what did they say about gas?', 'cited excerpts for a question'],
  ['/summit quotes Putin 2022-12-30', 'what a speaker said, cited'],
];
export const HOME_ELSEWHERE =
  'Also: mention @Summit in a channel, write to Summit here or in the assistant panel, or use “Check with Summit” on any message.';

// Shortcuts

/** Restated above the answer to "Check with Summit". */
export const checkedMessage = (quoted: string) => `Checked with Summit: ${quoted}`;
export const CHECK_EMPTY =
  'That message has no text I can check. Use “Check with Summit” on a message with words in it, or type /summit and a question.';
/** A message of links, mentions, channels and emoji only: nothing is left to check once they are left out. */
export const CHECK_NOTHING_LEFT =
  'There is nothing to check in that message: once its links, mentions, channels and emoji are left out, no words remain. Use “Check with Summit” on a message that says something, or type /summit and a question.';
export const SEARCH_TITLE = 'Search the archive';
export const SEARCH_SUBMIT = 'Search';
export const SEARCH_CLOSE = 'Close';
export const SEARCH_QUESTION = 'Question';
export const SEARCH_QUESTION_HINT = 'what did they say about gas?';
export const SEARCH_PERIOD = 'Period (optional)';
export const SEARCH_PERIOD_HINT = '2022, June 2022 or 2022-06-15';
export const SEARCH_SPEAKER = 'Speaker (optional)';
export const SEARCH_SPEAKER_HINT = 'Xi, Putin, Peskov…';
export const SEARCHING = 'Searching the archive…';
export const SEARCH_SOURCE = 'Source (optional)';
export const SEARCH_SOURCE_HINT = 'Every source';
/** An option of the Source menu: `Reuters (12 articles)`; `name` is plain text. */
export const sourceOption = (name: string, articles: number) => `${name} (${plural(articles, 'article')})`;
/** Over an answer kept to one source; `name` made safe by the surface. */
export const keptToSource = (name: string, articles: number) =>
  `Only articles from ${name} (${plural(articles, 'article')} in the archive).`;
/** A question kept to a source that has nothing for it; `name` and `query` made safe by the surface. */
export function noMatchInSource(query: string, name: string, articles: number, m: Marks): string {
  if (articles === 0)
    return `The archive has no article from ${name}. Search again with Source left empty, or type ${m.example('/summit list')} to see every summit.`;
  return `Nothing from ${name} (${plural(articles, 'article')} in the archive) matches ${m.quote(query)}. Try other words or a wider period, or search again with Source left empty to search every source.`;
}
/** A speaker's quotes kept to a source that has none; `scope` and `name` made safe by the surface. */
export const noStatementsInSource = (scope: string, name: string, articles: number) =>
  articles === 0
    ? `The archive has no article from ${name}. Search again with Source left empty.`
    : `No statements by ${scope} from ${name} (${plural(articles, 'article')} in the archive). Try another speaker, other words, or search again with Source left empty.`;
/**
 * A question whose typed source (`source:"Reuters"` in /summit, a mention or a DM) has nothing for it;
 * `typed` is that source as typed, `name` and `query` made safe by the surface.
 */
export function noMatchInTypedSource(query: string, name: string, articles: number, typed: string, m: Marks): string {
  if (articles === 0)
    return `The archive has no article from ${name}. Ask again without ${m.example(typed)}, or type ${m.example('/summit list')} to see every summit.`;
  return `Nothing from ${name} (${plural(articles, 'article')} in the archive) matches ${m.quote(query)}. Try other words or a wider period, or ask again without ${m.example(typed)} to search every source.`;
}
/** A speaker's quotes kept to a typed source that has none; as noMatchInTypedSource. */
export const noStatementsInTypedSource = (scope: string, name: string, articles: number, typed: string, m: Marks) =>
  articles === 0
    ? `The archive has no article from ${name}. Ask again without ${m.example(typed)}.`
    : `No statements by ${scope} from ${name} (${plural(articles, 'article')} in the archive). Try another speaker, other words, or ask again without ${m.example(typed)}.`;
export const ANSWER_TITLE = 'Summit';

// Feedback

export const FEEDBACK_HELPFUL = 'Helpful';
export const FEEDBACK_NOT_HELPFUL = 'Not helpful';
export const FEEDBACK_WRONG_ATTRIBUTION = 'Wrong attribution';
export const FEEDBACK_THANKS = 'Thanks, noted. It helps make Summit’s answers better.';
export const FEEDBACK_THANKS_REASON = 'Thanks, noted. If you like, tell me what was wrong:';
export const FEEDBACK_TELL_WHY = 'Tell us why';
export const REASON_TITLE = 'What was wrong?';
export const REASON_LABEL = 'What was wrong (optional)';
export const REASON_HINT = 'e.g. the quote is by Peskov, not Putin; the date is wrong';
export const REASON_SUBMIT = 'Send';
export const REASON_THANKS = 'Thanks: your reason is saved with your feedback.';

// Show in context

export const SHOW_IN_CONTEXT = 'Show in context';
export const contextHeading = (paragraph: number, of: number) => `¶ ${paragraph + 1} of ${of}, with the paragraphs around it`;
export const CONTEXT_GONE = 'That paragraph is no longer in the archive (it was rebuilt since): ask again to get current excerpts.';

// The assistant panel

export const ASSISTANT_WELCOME =
  'Hi! I answer questions about the calls and meetings of Xi Jinping and Vladimir Putin, with cited excerpts. Ask a question, give a date, or pick a suggestion.';
export const ASSISTANT_PROMPTS_TITLE = 'Try one of these:';
export const ASSISTANT_SEARCHING = 'is searching the archive…';
export const ASSISTANT_LOADING = 'is loading the archive (it just started)…';
export const promptLatest = (date: string) => `The summit of ${humanDate(date)}`;
export const PROMPT_ON_THIS_DATE = 'On this date';
export const PROMPT_QUOTES = 'What Putin said';
export const PROMPT_QUESTION = 'Gas and energy';
export const PROMPT_QUESTION_TEXT = 'what did they say about gas?';

// `cli feedback`

export const NO_FEEDBACK = 'No feedback yet.';
export const feedbackSummary = (counts: Record<string, number>) =>
  `Feedback: ${Object.entries(counts)
    .map(([verdict, n]) => `${n} ${verdict.replace(/-/g, ' ')}`)
    .join(', ')}`;
