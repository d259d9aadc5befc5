/**
 * The timeline: each article's event (date, kind, how the date was found), articles about the same
 * summit grouped under one event, and undated summit articles attached to the event whose coverage
 * they most resemble.
 */
import type { Article } from '../corpus/types';
import { addDays } from '../corpus/calendar-date';
import { findEventDate, findKind, reportsSummit } from './find-event-date';
import { addInto, cosine, termCounts, tfidf, type TermVector } from './term-vector';
import type { ArticleDating, DateFrom, SummitEvent, SummitKind, Timeline } from './types';

/** How sure the similarity must be before an undated article is attached to an event. */
export const INFER_MIN_SIMILARITY = 0.15;
/** …and by how much the best event must beat the runner-up. */
export const INFER_MIN_MARGIN = 1.2;

interface Dated {
  article: SummitArticle;
  date: string;
  end: string;
  kind: SummitKind;
  dateFrom: DateFrom;
}

/** What the timeline needs of an article that reports a summit. */
export interface SummitArticle {
  id: string;
  title: string;
  published: string | null;
  paragraphs: string[];
}

const KIND_TITLE: Record<SummitKind, string> = {
  'phone call': 'phone call',
  'video call': 'video call',
  'in-person talks': 'talks',
  visit: 'visit',
};

/** How one article is dated on its own; an undated summit article waits for assembleTimeline. */
export function dateArticle(article: Article): ArticleDating {
  if (!reportsSummit(article.title, article.paragraphs)) {
    return { articleId: article.id, eventDate: null, kind: null, dateFrom: null, paragraph: null, evidence: 'does not report a call or meeting between Xi and Putin' };
  }
  const found = findEventDate(article.paragraphs, article.published);
  const kind = findKind(article.title, article.paragraphs, found?.evidence);
  if (!found) return { articleId: article.id, eventDate: null, kind, dateFrom: null, paragraph: null, evidence: 'no date in the article' };
  return { articleId: article.id, eventDate: found.date, ...(found.end ? { end: found.end } : {}), kind, dateFrom: found.dateFrom, paragraph: found.paragraph, evidence: found.evidence };
}

export function buildTimeline(articles: Article[]): Timeline {
  const datings = articles.map(dateArticle);
  const summit = articles.filter((a, i) => datings[i]!.kind !== null);
  return assembleTimeline(datings, summit);
}

/**
 * Groups the dated summit articles into events and attaches each undated one to the event whose
 * coverage it resembles. `datings` is every article's own dating, in archive order; `summit` the
 * articles that report a summit (their text is compared).
 */
export function assembleTimeline(own: ArticleDating[], summit: SummitArticle[]): Timeline {
  const datings = new Map(own.map((d) => [d.articleId, { ...d }]));
  const byId = new Map(summit.map((a) => [a.id, a]));
  const dated: Dated[] = [];
  const undated: SummitArticle[] = [];
  for (const d of datings.values()) {
    const article = byId.get(d.articleId);
    if (!article || d.kind === null) continue;
    if (d.eventDate && d.dateFrom && d.dateFrom !== 'inferred') dated.push({ article, date: d.eventDate, end: d.end ?? d.eventDate, kind: d.kind, dateFrom: d.dateFrom });
    else undated.push(article);
  }
  const groups = groupByOverlap(dated);
  attachUndated(summit, groups, undated, datings);
  const events = groups.map(toEvent).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of events) for (const a of e.articles) {
    const d = datings.get(a.articleId);
    if (d && d.dateFrom === 'inferred') d.eventDate = e.date;
  }
  return { events, datings: own.map((d) => datings.get(d.articleId)!) };
}

const inPerson = (k: SummitKind) => k === 'visit' || k === 'in-person talks';

/**
 * Articles whose event days overlap report the same summit; so do meetings in person on consecutive
 * days (a visit's talks one day, its signing ceremony the next).
 */
function groupByOverlap(dated: Dated[]): Dated[][] {
  const sorted = [...dated].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.article.id < b.article.id ? -1 : 1));
  const groups: Dated[][] = [];
  let end = '';
  for (const d of sorted) {
    const current = groups[groups.length - 1];
    const adjacent = current && inPerson(d.kind) && current.some((c) => inPerson(c.kind)) && d.date <= addDays(end, 1);
    if (current && (d.date <= end || adjacent)) {
      current.push(d);
      if (d.end > end) end = d.end;
    } else {
      groups.push([d]);
      end = d.end;
    }
  }
  return groups;
}

/** Resemblance is measured among the articles that report a summit: what sets one summit's coverage apart from another's. */
function attachUndated(all: SummitArticle[], groups: Dated[][], undated: SummitArticle[], datings: Map<string, ArticleDating>): void {
  if (undated.length === 0) return;
  const vectors = tfidf(all.map((a) => termCounts([a.title, ...a.paragraphs].join(' '))));
  const vectorOf = new Map(all.map((a, i) => [a.id, vectors[i]!]));
  const coverage: TermVector[] = groups.map((g) => {
    const v: TermVector = new Map();
    for (const d of g) addInto(v, vectorOf.get(d.article.id)!);
    return v;
  });
  for (const article of undated) {
    const v = vectorOf.get(article.id)!;
    const kind = findKind(article.title, article.paragraphs);
    // A video call is not a phone call: when the article says which kind it reports, only summits of
    // that kind are candidates.
    const sameKind = groups.map((g, i) => i).filter((i) => groupKind(groups[i]!) === kind);
    const candidates = kind !== 'in-person talks' && sameKind.length > 0 ? sameKind : groups.map((g, i) => i);
    const ranked = candidates.map((i) => ({ i, sim: cosine(v, coverage[i]!) })).sort((a, b) => b.sim - a.sim);
    const best = ranked[0];
    const second = ranked[1]?.sim ?? 0;
    if (best && best.sim >= INFER_MIN_SIMILARITY && best.sim >= second * INFER_MIN_MARGIN) {
      const group = groups[best.i]!;
      group.push({ article, date: group[0]!.date, end: group[0]!.end, kind, dateFrom: 'inferred' });
      datings.set(article.id, {
        articleId: article.id,
        eventDate: group[0]!.date,
        kind,
        dateFrom: 'inferred',
        paragraph: null,
        similarity: round(best.sim),
        evidence: `no date in the article; its text resembles the coverage of ${group[0]!.date} (similarity ${round(best.sim)}, next best ${round(second)})`,
      });
    } else {
      datings.set(article.id, {
        articleId: article.id,
        eventDate: null,
        kind,
        dateFrom: null,
        paragraph: null,
        ...(best ? { similarity: round(best.sim) } : {}),
        evidence: best
          ? `no date in the article, and no summit's coverage resembles it closely enough (best ${round(best.sim)}, next ${round(second)}); left undated`
          : 'no date in the article and no dated summit to compare it with; left undated',
      });
    }
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function groupKind(group: Dated[]): SummitKind {
  const votes = new Map<SummitKind, number>();
  for (const d of group) if (d.dateFrom !== 'inferred') votes.set(d.kind, (votes.get(d.kind) ?? 0) + 1);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? group[0]!.kind;
}

function toEvent(group: Dated[]): SummitEvent {
  const date = group.reduce((m, d) => (d.dateFrom !== 'inferred' && d.date < m ? d.date : m), group[0]!.date);
  const end = group.reduce((m, d) => (d.end > m ? d.end : m), date);
  const kind = groupKind(group);
  const articles = [...group]
    .sort((a, b) => (a.dateFrom === 'inferred' ? 1 : 0) - (b.dateFrom === 'inferred' ? 1 : 0) || (a.article.published ?? '9').localeCompare(b.article.published ?? '9') || a.article.id.localeCompare(b.article.id))
    .map((d) => ({ articleId: d.article.id, title: d.article.title, published: d.article.published, dateFrom: d.dateFrom }));
  return { date, ...(end > date ? { end } : {}), kind, title: `Xi Jinping–Vladimir Putin ${KIND_TITLE[kind]}`, articles };
}
