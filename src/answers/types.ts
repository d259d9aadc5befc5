/**
 * Answers are plain data, computed once and rendered by every surface (Slack, shell, --json).
 * Field names of Result follow docs/contract.md; extra fields are additions.
 */
import type { SummitEvent } from '../events/types';
import type { Highlight } from '../search/excerpt';
import type { Side } from '../quotes/types';

export type { Side } from '../quotes/types';
/** The summits answers cite are the timeline's (src/events); the highlights, the excerpt's (src/search). */
export type { SummitEvent } from '../events/types';
export type { Highlight } from '../search/excerpt';

/** One statement of a summit's coverage, with what its citation needs. */
export interface SideStatement {
  speaker: string;
  text: string;
  articleId: string;
  /** 0-based, as in `Result.paragraph`. */
  paragraph: number;
  title: string;
  published: string | null;
  /** In quotation marks in the source (kept as the source has them) or under the speaker's transcript label; else reported speech. Absent in older indexes: shown as it is. */
  verbatim?: boolean;
  /** Who relays the words ("Yuri Ushakov"); absent for the speaker's own. */
  reportedBy?: string;
  /** Linked from another article: the words that name this summit as the occasion ("last September, in Uzbekistan"). */
  saidAt?: string;
  saidOn?: OccasionDays;
}

/**
 * The day of the occasion a statement was said at, when not the summit its article is filed under:
 * the timeline's summit its occasion names (`summit`), or the article's own occasion, an interview or a
 * briefing, on the day it was published (`publication`).
 */
export interface OccasionDays {
  of: 'summit' | 'publication';
  date: string;
  end?: string;
}

/** What one side (Chinese, Russian, other) said about a summit, in the coverage's order. */
export interface SideAccount {
  side: Side;
  statements: SideStatement[];
}

/** A summit asked for by date: the event and "What each side said". */
export interface DatedSummit extends SummitEvent {
  /** Sides that said something, Chinese first, then Russian, then others. */
  sides: SideAccount[];
}

/** One cited paragraph. */
export interface Result {
  articleId: string;
  title: string;
  /** How the title was made: `first sentence` when the article had none and its lead was cut (absent in older indexes). */
  titleFrom?: 'front matter' | 'first line' | 'first sentence';
  /** null: the archive does not say (citations say "source unknown"). */
  source: string | null;
  url: string | null;
  /** null: the archive gives no publication date. */
  published: string | null;
  eventDate: string | null;
  /** The first and last day of that summit, when it lasted several (a visit): citations show the span. */
  eventSpan?: { from: string; to: string };
  /** The article names no day: it was filed under that summit because it reads like its coverage. */
  attachedByResemblance?: true;
  /** 0-based index among the article's kept paragraphs (shown to people as ¶ paragraph + 1). */
  paragraph: number;
  /** The whole cleaned paragraph. */
  text: string;
  /** What is shown: the sentences carrying the match, ≤ ~300 chars, cut at word boundaries with "…". */
  excerpt: string;
  highlights: Highlight[];
  score: number;
}

/** Paging of a list of results: the surface asks for the next page with `offset + results.length`. */
export interface Page {
  offset: number;
  limit: number;
  total: number;
}

export interface QuestionAnswer {
  kind: 'question';
  query: string;
  results: Result[];
  page: Page;
  /** Set when the question had no searchable words (empty, stop words only, punctuation), or ran past its time budget. */
  notice?: 'empty' | 'stop-words-only' | 'no-match' | 'too-long';
  /**
   * When the question names a time or place ("in December 2021", "in Kazan"): the words that named
   * it and the summits they mean, whose coverage ranks first (none: the archive has no summit then).
   */
  scope?: { words: string[]; events: SummitEvent[] };
  /** Kept to one source's articles (`source:"Reuters"`, the search modal's Source): its name and article count (0: the archive has none). */
  source?: SourceScope;
}

/** The one source an answer was kept to. */
export interface SourceScope {
  name: string;
  articles: number;
}

export interface NearbyEvent extends SummitEvent {
  /** Days from the asked date: negative before it, positive after. */
  distanceDays: number;
}

export interface DateAnswer {
  kind: 'date';
  query: string;
  date: string; // the date understood, YYYY-MM-DD
  event: DatedSummit | null;
  /** Closest summits before and after `date` (empty when `event` is set). */
  nearest: NearbyEvent[];
  /** With an event: the best excerpt of each covering article first, then more (paged). */
  results: Result[];
  page: Page;
  /** Articles published on `date` when there was no summit that day, with the summit each reports. */
  publishedThatDay: Array<{ articleId: string; title: string; eventDate: string | null }>;
}

/**
 * Every summit in a period (a month, year, quarter, season, range) or on a day typed without a year
 * (`day`, that day in every year), oldest first, each with its best excerpt (`results`, in the same
 * order); the nearest summits when there is none.
 */
export interface PeriodAnswer {
  kind: 'period';
  query: string;
  /** How the period was typed: the reply names it so (`in June 2022`, `in Q4 2022`, `on 15 June`). */
  unit: 'year' | 'quarter' | 'month' | 'season' | 'range' | 'day';
  /** First and last day, YYYY-MM-DD; for a day without a year, its first and last occurrence searched. */
  period: { from: string; to: string };
  /** MM-DD, for a day typed without a year. */
  day?: string;
  /** This page's summits, from `page.offset` to the end (see `restOf`). */
  events: SummitEvent[];
  /** Before and after the period, when it holds none (`distanceDays` from its nearer end). */
  nearest: NearbyEvent[];
  results: Result[];
  page: Page;
}

export interface OnThisDateEvent extends SummitEvent {
  yearsAgo: number;
  excerpts: Result[];
}

export interface OnThisDateAnswer {
  kind: 'on-this-date';
  day: string; // MM-DD
  /** The full date this was asked for (today unless one was given). */
  date: string;
  /** This page's summits, from `page.offset` to the end (see `restOf`). */
  events: OnThisDateEvent[];
  page: Page;
  /** The next anniversary coming up after `date` (for DAILY_EMPTY=next and empty days). */
  next: (SummitEvent & { day: string; yearsAgo: number }) | null;
}

export interface TimelineAnswer {
  kind: 'timeline';
  /** This page's summits, oldest first, from `page.offset` to the end (see `restOf`). */
  events: SummitEvent[];
  page: Page;
}

/** A speaker's quotes and reported statements, each cited: `/summit quotes <name> [date or words]`. */
export interface QuoteResult extends Pick<
  Result,
  'articleId' | 'title' | 'titleFrom' | 'source' | 'url' | 'published' | 'eventDate' | 'eventSpan' | 'attachedByResemblance' | 'paragraph'
> {
  speaker: string;
  side: Side;
  text: string;
  /** In quotation marks in the source (kept as the source has them) or under the speaker's transcript label; else reported speech. Absent in older indexes: shown as it is. */
  verbatim?: boolean;
  /** Who relays the words ("Yuri Ushakov"); absent for the speaker's own. */
  reportedBy?: string;
  /** The occasion the words were said at, when not the meeting the article reports ("last September, in Uzbekistan", or the article's own title: an interview). */
  saidAt?: string;
  /** That occasion's day, when known. */
  saidOn?: OccasionDays;
}

export interface QuotesAnswer {
  kind: 'quotes';
  query: string;
  /** The speaker understood from the name typed. */
  speaker: string;
  /** The summit date asked for, if any (`event` null when there was no summit that day). */
  date: string | null;
  event: SummitEvent | null;
  /** Words the statements were filtered and ranked by ('' for none). */
  words: string;
  results: QuoteResult[];
  page: Page;
  /** On a date: how many of `page.total`, listed last, were said on other occasions than that summit (each with its own). */
  elsewhere?: number;
  /** Kept to one source's articles. */
  source?: SourceScope;
}

/** Something the person typed that cannot be answered; `hint` says what to type instead. */
export interface InputErrorAnswer {
  kind: 'input-error';
  query: string;
  message: string;
  hint: string;
}

export type Answer = QuestionAnswer | DateAnswer | PeriodAnswer | OnThisDateAnswer | TimelineAnswer | QuotesAnswer | InputErrorAnswer;
