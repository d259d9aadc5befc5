/**
 * The summits and how each article was dated: made here (build-timeline.ts), stored in the index by
 * src/search, cited by src/answers. SummitEvent's field names are those of an Event in
 * docs/contract.md; extra fields are additions.
 */

/** The contract's four kinds; `EventFormat` says more. */
export type SummitKind = 'phone call' | 'video call' | 'in-person talks' | 'visit';

/**
 * What happened, in the words a fact-checker uses: a bilateral call or meeting, a meeting on the
 * sidelines of a named summit, a trilateral, or a multilateral day where both took part and no
 * meeting of their own is reported (never to be shown as bilateral talks).
 */
export type EventFormat =
  | 'phone call'
  | 'video call'
  | 'meeting'
  | 'talks'
  | 'state visit'
  | 'official visit'
  | 'working visit'
  | 'meeting on the sidelines'
  | 'trilateral'
  | 'multilateral';

/**
 * How an article's event date was found: from its header (publication day), a weekday, an explicit date,
 * a relative day, an announcement, its resemblance to an event's coverage (`inferred`), or the event its
 * undated mention refers to (`reference`: the latest one before it, or the visit it was published during).
 */
export type DateFrom = 'header' | 'weekday' | 'explicit' | 'relative' | 'announced' | 'inferred' | 'reference';

/** What an article is to its event. */
export type ArticleRole =
  /** It reports the contact (or shows both present), and says or implies the day. */
  | 'report'
  /** Published before the event, it announces it. */
  | 'announcement'
  /** A same-day report of the visit or summit that does not itself show the two together. */
  | 'same visit'
  /** It reports the contact without its day; placed by the event it refers to. */
  | 'reference'
  /** Undated: attached because its text resembles the event's coverage (shown as such). */
  | 'resemblance';

/** A sentence that dated an event, and how the date was read from it. */
export interface EventEvidence {
  articleId: string;
  /** 0-based paragraph of the article, or -1 for the title. */
  paragraph: number;
  sentence: string;
  /** How the day was read: "explicit date", "'yesterday' against publication", "the day of publication"… */
  how: string;
}

export interface EventArticle {
  articleId: string;
  title: string;
  published: string | null;
  dateFrom: DateFrom;
  role?: ArticleRole;
}

/** A call or meeting between the two leaders, with the articles that report it. */
export interface SummitEvent {
  date: string; // YYYY-MM-DD
  end?: string; // last day, when the event spans several
  kind: SummitKind;
  title: string;
  articles: EventArticle[];
  /** Finer than kind: a state visit, a meeting on the sidelines, a multilateral day… */
  format?: EventFormat;
  /** The named summit or forum it took place at (SCO, BRICS, G20, Belt and Road forum…). */
  summit?: string;
  /** Where, when the archive names it. */
  place?: string;
  /**
   * `reported`: a report gives its day (a release's narration, a dated sentence); `mentioned`: only a
   * passing present tense or "latest" on the day of publication places it (a reporter's question);
   * `announced`: the archive only announces it.
   */
  confidence?: 'reported' | 'mentioned' | 'announced';
  /** The sentences that dated it, best first. */
  evidence?: EventEvidence[];
}

/**
 * One sentence's evidence of a contact between the two, read from an article (read-claims.ts) and
 * kept with the article's dating so the timeline can be assembled again without re-reading it.
 */
export interface ArticleClaim {
  /**
   * A contact between the two; both present at one event; Putin at a session of a named summit (no
   * Xi); or a release whose lead names both without stating a contact (an executive order on Xi's
   * award), which joins a visit of its day and never makes an event; or Putin announced for, or
   * arriving at, a named summit (no Xi), which joins an event at that summit as its announcement or a
   * report of the same visit and never makes or stretches one.
   */
  what: 'contact' | 'presence' | 'summit day' | 'named' | 'summit notice';
  /** Who else took part: none, one (a trilateral), several. */
  relation: 'bilateral' | 'trilateral' | 'several';
  format?: EventFormat;
  summit?: string;
  /** The larger summit the gathering or meeting was held beside ("before the G20 summit"), when another. */
  host?: string;
  place?: string;
  tense: 'past' | 'present' | 'future';
  /** The day it happened (or is announced for), when the article gives or implies it. */
  date?: string;
  end?: string;
  dateFrom?: DateFrom;
  /** How the day was read. */
  how?: string;
  /**
   * strong: the sentence, or a release's narration, gives the day; weak: only a present tense or a
   * "latest" places it on the day of publication; absent: no day.
   */
  strength?: 'strong' | 'weak';
  /** Habitual or long ago ("many times", "in 2015"): never dated to the article's day. */
  vague?: true;
  /** "the second day of a three-day visit". */
  visitDay?: number;
  visitDays?: number;
  /** 0-based paragraph, or null for the title. */
  paragraph: number | null;
  sentence: string;
  /** The rule that read it, for the build report. */
  rule: string;
  question?: true;
}

/** How one article was dated, and from what. */
export interface ArticleDating {
  articleId: string;
  eventDate: string | null;
  end?: string;
  kind: SummitKind | null;
  dateFrom: DateFrom | null;
  /** The sentence the date was read from, or why the article stays undated. */
  evidence: string;
  paragraph: number | null;
  similarity?: number;
  format?: EventFormat;
  role?: ArticleRole;
  /** How the date was read from `evidence` ("explicit date", "'yesterday' against publication"…). */
  how?: string;
  /** Every sentence of the article that states or shows a contact (or Putin at a summit), kept for reassembly. */
  claims?: ArticleClaim[];
}

/** Every summit, and how each summit article was dated. */
export interface Timeline {
  events: SummitEvent[];
  datings: ArticleDating[];
}
