/**
 * The timeline after an update: the stored datings (an inference is made again) with fresh ones for
 * the articles read again, assembled as a build assembles them; the articles whose event date moved
 * get it in their entry. Only the datings the timeline lists are read and assembled: an unreported
 * article (events/unreported.ts) adds nothing to the events and is dated the same whatever else changed.
 */
import type { Article } from '../corpus/types';
import { assembleTimeline, dateArticle, readByTimeline, reportsSummit, type SummitArticle } from '../events/build-timeline';
import type { ArticleDating } from '../events/types';
import { isUnreported } from '../events/unreported';
import type { Generation } from './index-generation';
import { INDEX_FILES, storedTimeline, type StoredTimeline } from './saved-form';
import type { SavedArticles } from './saved-articles';

export interface RevisedTimeline {
  before: StoredTimeline;
  /** timeline.json as saved. */
  beforeBytes: Buffer;
  /** The timeline as timeline.json stores it. */
  now: StoredTimeline;
  /** The summit articles now (those the timeline reads), with their paragraphs. */
  summit: SummitArticle[];
  /**
   * Those of them that report a summit, dated or not: the articles whose paragraphs and statements the
   * index keeps, as a build keeps them (the others only place Putin at a summit).
   */
  reporting: SummitArticle[];
  /** summit-paragraphs.json as saved, and parsed. */
  savedSummitBytes: Buffer;
  savedSummit: Record<string, string[]>;
}

/** timeline.json and summit-paragraphs.json as saved, and parsed. */
export type SavedTimeline = Pick<RevisedTimeline, 'before' | 'beforeBytes' | 'savedSummit' | 'savedSummitBytes'>;

export function savedTimeline(generation: Generation): SavedTimeline {
  const beforeBytes = generation.readBytes(INDEX_FILES.timeline);
  const savedSummitBytes = generation.readBytes(INDEX_FILES.summitParagraphs);
  return {
    beforeBytes,
    before: JSON.parse(beforeBytes.toString('utf8')) as StoredTimeline,
    savedSummitBytes,
    savedSummit: JSON.parse(savedSummitBytes.toString('utf8')) as Record<string, string[]>,
  };
}

/** The timeline now; `articles` gets the event dates that changed. `numberOf` gives each article's number. */
export function revisedTimeline(
  saved: SavedTimeline,
  articles: SavedArticles,
  fresh: ReadonlyMap<string, Article>,
  numberOf: (id: string) => number | undefined,
): RevisedTimeline {
  const { ids } = articles;
  const { before, savedSummit } = saved;
  const own = new Map<number, ArticleDating>();
  const eventDateBefore = new Map<number, string | null>();
  for (const d of before.datings) {
    const n = numberOf(d.articleId);
    if (n === undefined) continue;
    eventDateBefore.set(n, d.eventDate);
    if (fresh.has(d.articleId)) continue;
    own.set(n, d.dateFrom === 'inferred' ? { ...d, eventDate: null, dateFrom: null, evidence: 'no date in the article' } : d);
  }
  for (const [id, article] of fresh) {
    const d = dateArticle(article);
    if (!isUnreported(d)) own.set(numberOf(id)!, d);
  }
  const listed = [...own.keys()].sort((a, b) => a - b);
  const summit: SummitArticle[] = listed.flatMap((n) => {
    if (!readByTimeline(own.get(n)!)) return [];
    const id = ids[n]!;
    const { title, published } = articles.entry(n);
    return [{ id, title, published, paragraphs: fresh.get(id)?.paragraphs ?? savedSummit[id] ?? [] }];
  });
  const now = storedTimeline(
    assembleTimeline(
      listed.map((n) => own.get(n)!),
      summit,
    ),
  );
  // An article's saved event date is its dating's: only those listed before or now can have one.
  const eventDateNow = new Map(now.datings.map((d) => [numberOf(d.articleId)!, d.eventDate]));
  for (const n of new Set([...eventDateBefore.keys(), ...eventDateNow.keys(), ...[...fresh.keys()].map((id) => numberOf(id)!)])) {
    const date = eventDateNow.get(n) ?? null;
    if (!fresh.has(ids[n]!) && date === (eventDateBefore.get(n) ?? null)) continue;
    const entry = articles.entry(n);
    if (entry.eventDate !== date) articles.set(n, { ...entry, eventDate: date });
  }
  const reporting = summit.filter((a) => reportsSummit(own.get(numberOf(a.id)!)));
  return { ...saved, now, summit, reporting };
}
