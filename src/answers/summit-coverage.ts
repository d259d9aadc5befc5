/**
 * The excerpts that show what was reported about a summit, for the day asked (a visit has several):
 * the day's own reports first, then the visit's reports of other days, then its same-visit releases,
 * then what announced it, and last the articles that only refer to it. Each article's best paragraph
 * (the one its date was read from, or the one that best names the summit) comes before the others of
 * its group (the reports of every day are one group); the others are ranked by how closely they speak
 * of the summit. Needs no shard: the paragraphs of summit
 * articles are stored apart, so dates are answered while the shards still load.
 */
import { daysBetween } from '../corpus/calendar-date';
import type { ArticleRole, SummitEvent } from '../events/types';
import type { Archive } from '../search/archive';
import { queryTerms, termsOf } from '../search/terms';
import { makeResult } from './make-result';
import type { Result } from './types';

const KIND_WORDS: Record<SummitEvent['kind'], string> = {
  'phone call': 'phone call telephone conversation',
  'video call': 'video call videoconference video link virtual',
  'in-person talks': 'talks meeting met',
  visit: 'visit talks',
};

/** Paragraphs beyond which an article is a long transcript of many subjects. */
const LONG_ARTICLE = 60;
const LEADER_TERMS = new Set(queryTerms('Xi Jinping Vladimir Putin').terms);
const namesLeader = (text: string) => termsOf(text).some((t) => LEADER_TERMS.has(t));

export function summitVocabulary(event: SummitEvent): string {
  return `Xi Jinping Vladimir Putin ${KIND_WORDS[event.kind]}`;
}

/** How closely a paragraph speaks of the summit: distinct vocabulary terms first, then their count. */
function closeness(text: string, vocabulary: ReadonlySet<string>): number {
  const found = new Set<string>();
  let count = 0;
  for (const term of termsOf(text)) {
    if (vocabulary.has(term)) {
      found.add(term);
      count += 1;
    }
  }
  return found.size * 100 + count;
}

/**
 * Where an article stands on a date page: the day's reports, the visit's reports of other days, the
 * same-visit releases (the day's programme without the two together: a summit session, an arrival),
 * the announcements, the articles that only refer to it.
 */
export type Standing = 'day' | 'visit' | 'same visit' | 'announcement' | 'mention';

/** What the ordering reads of an article of the event. */
export interface CoverageArticle {
  role?: ArticleRole;
  published: string | null;
  /** The day (or first day) its dating gives, when it has one. */
  eventDate?: string | null;
  end?: string;
  /** How closely its best paragraph speaks of the summit (`closeness`). */
  score?: number;
}

/** The day (or first and last days) an article reports: its dating's, else its publication day. */
function daysOf(a: CoverageArticle): { from: string; to: string } | null {
  if (a.eventDate) return { from: a.eventDate, to: a.end ?? a.eventDate };
  return a.published ? { from: a.published, to: a.published } : null;
}

/** Days from the article's day (or days) to `day`: 0 when it reports that day. */
function distance(a: CoverageArticle, day: string): number {
  const days = daysOf(a);
  if (!days) return Number.POSITIVE_INFINITY;
  if (days.from <= day && day <= days.to) return 0;
  return Math.abs(daysBetween(day, day < days.from ? days.from : days.to));
}

/** A report dated by its own words (or an undated one attached by resemblance). An article without a role is a report. */
const isReport = (a: CoverageArticle) => a.role === undefined || a.role === 'report' || a.role === 'resemblance';

/**
 * Where each article stands on the page of `day`. The day's reports are the reports dated that day;
 * when there is none, the reports that refer to the event without its day and were published that
 * day, during it, stand for them (a press conference on a summit's second day that recalls the
 * meeting). Then the visit's reports of other days, its same-visit releases, its announcements; last,
 * the articles that only refer to it (a report without its day, published on another day or after).
 */
export function standings(event: Pick<SummitEvent, 'date' | 'end'>, articles: readonly CoverageArticle[], day: string): Standing[] {
  const during = (d: string | null) => d !== null && event.date <= d && d <= (event.end ?? event.date);
  const dayReports = articles.map((a) => isReport(a) && distance(a, day) === 0);
  const stand = dayReports.some(Boolean)
    ? dayReports
    : articles.map((a) => a.role === 'reference' && a.published === day && during(a.published));
  return articles.map((a, i): Standing => {
    if (stand[i]) return 'day';
    if (isReport(a)) return 'visit';
    if (a.role === 'same visit' || a.role === 'announcement') return a.role;
    return 'mention';
  });
}

const STANDING_ORDER: Record<Standing, number> = { day: 0, visit: 1, 'same visit': 2, announcement: 3, mention: 4 };

/**
 * The order of the coverage's articles on the page of `day`, as indices into `articles`, best first:
 * by standing; within one, a report dated by its words before one attached by resemblance, the
 * nearest day first, what was published on the day asked first, then what speaks most closely of
 * the summit, then the event's own order.
 */
export function articleOrder(event: Pick<SummitEvent, 'date' | 'end'>, articles: readonly CoverageArticle[], day: string): number[] {
  const stand = standings(event, articles, day);
  const rank = (i: number) => {
    const a = articles[i]!;
    return [STANDING_ORDER[stand[i]!], a.role === 'resemblance' ? 1 : 0, distance(a, day), a.published === day ? 0 : 1, -(a.score ?? 0)];
  };
  return articles
    .map((_, i) => i)
    .sort((x, y) => {
      const a = rank(x);
      const b = rank(y);
      for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return a[k]! - b[k]!;
      return x - y;
    });
}

/**
 * How the page is laid out: groups of standings, one after the other. Within a group each article's
 * best paragraph comes first (in `articleOrder`), then the others, standing by standing, the closest
 * first: the day's reports and the visit's other days share one group, so a visit's page shows each
 * of its reports before the day's second paragraphs.
 */
const LAYOUT: Standing[][] = [['day', 'visit'], ['same visit'], ['announcement'], ['mention']];

interface Scored {
  article: number;
  paragraph: number;
  text: string;
  score: number;
}

/**
 * Every cited paragraph of the event's coverage that names it, for the page of `day` (the event's
 * first day unless told), laid out by `LAYOUT`.
 */
export function summitCoverage(archive: Archive, event: SummitEvent, day: string = event.date): Result[] {
  const vocabulary = new Set(queryTerms(summitVocabulary(event)).terms);
  const read: Array<{ best: Scored; rest: Scored[]; about: CoverageArticle }> = [];
  for (const { articleId, role, published } of event.articles) {
    const n = archive.articleNumber(articleId);
    const paragraphs = n === undefined ? undefined : archive.summitParagraphs.get(n);
    if (n === undefined || !paragraphs?.length) continue;
    const scored = paragraphs.map((text, paragraph) => ({ article: n, paragraph, text, score: closeness(text, vocabulary) }));
    const dating = archive.dating(n);
    const dated = dating?.paragraph;
    const best = (dated != null && scored[dated]) || [...scored].sort((a, b) => b.score - a.score || a.paragraph - b.paragraph)[0]!;
    const about: CoverageArticle = { published, eventDate: dating?.eventDate ?? null, score: best.score };
    if (role) about.role = role;
    if (dating?.end) about.end = dating.end;
    // A long transcript (a briefing on many subjects) says "call" and "meeting" of much else: there,
    // only the paragraphs that name one of the two speak of the summit.
    const onSummit = (p: Scored) => p.score > 0 && (paragraphs.length <= LONG_ARTICLE || namesLeader(p.text));
    read.push({ best, rest: scored.filter((p) => p !== best && onSummit(p)), about });
  }
  const abouts = read.map((r) => r.about);
  const order = articleOrder(event, abouts, day);
  const stand = standings(event, abouts, day);
  const closest = (a: Scored, b: Scored) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph;
  const shown: Scored[] = [];
  for (const group of LAYOUT) {
    shown.push(...order.filter((i) => group.includes(stand[i]!)).map((i) => read[i]!.best));
    for (const standing of group) {
      shown.push(
        ...order
          .filter((i) => stand[i] === standing)
          .flatMap((i) => read[i]!.rest)
          .sort(closest),
      );
    }
  }
  return shown.map((p) => makeResult(archive, p.article, p.paragraph, p.text, p.score, vocabulary));
}

/** The summit on a day (a day inside a several-day visit counts). */
export function summitOn(archive: Archive, date: string): SummitEvent | null {
  return archive.events.find((e) => e.date <= date && date <= (e.end ?? e.date)) ?? null;
}
