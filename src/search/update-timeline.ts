/**
 * The timeline after an update: the stored datings (an inference is made again) with fresh ones for
 * the articles read again, assembled as a build assembles them; the articles whose event date moved
 * get it in their entry.
 */
import type { Article } from '../corpus/types';
import { assembleTimeline, dateArticle, readByTimeline, type SummitArticle } from '../events/build-timeline';
import type { ArticleDating, Timeline } from '../events/types';
import type { Generation } from './index-generation';
import { datingsByNumber } from './index-metadata';
import { INDEX_FILES, type StoredTimeline } from './saved-form';
import type { SavedArticles } from './saved-articles';

export interface RevisedTimeline {
  before: StoredTimeline;
  /** timeline.json as saved. */
  beforeBytes: Buffer;
  now: Timeline;
  /** The summit articles now (those the timeline reads), with their paragraphs. */
  summit: SummitArticle[];
  /** summit-paragraphs.json as saved, and parsed. */
  savedSummitBytes: Buffer;
  savedSummit: Record<string, string[]>;
}

/** The timeline now; `articles` gets the event dates that changed. */
export function revisedTimeline(generation: Generation, articles: SavedArticles, fresh: ReadonlyMap<string, Article>): RevisedTimeline {
  const { ids } = articles;
  const beforeBytes = generation.readBytes(INDEX_FILES.timeline);
  const before = JSON.parse(beforeBytes.toString('utf8')) as StoredTimeline;
  const oldDating = datingsByNumber(before.datings, ids);
  const own: ArticleDating[] = ids.map((id, n) => {
    const article = fresh.get(id);
    if (article) return dateArticle(article);
    const d = oldDating(n)!;
    return d.dateFrom === 'inferred' ? { ...d, eventDate: null, dateFrom: null, evidence: 'no date in the article' } : d;
  });
  const savedSummitBytes = generation.readBytes(INDEX_FILES.summitParagraphs);
  const savedSummit = JSON.parse(savedSummitBytes.toString('utf8')) as Record<string, string[]>;
  const summit: SummitArticle[] = ids.flatMap((id, n) => {
    if (!readByTimeline(own[n]!)) return [];
    const { title, published } = articles.entry(n);
    return [{ id, title, published, paragraphs: fresh.get(id)?.paragraphs ?? savedSummit[id] ?? [] }];
  });
  const now = assembleTimeline(own, summit);
  const dating = datingsByNumber(now.datings, ids);
  // An article's saved event date is its dating's: only those read again or dated otherwise are looked at.
  ids.forEach((id, n) => {
    const date = dating(n)?.eventDate ?? null;
    if (!fresh.has(id) && date === (oldDating(n)?.eventDate ?? null)) return;
    const entry = articles.entry(n);
    if (entry.eventDate !== date) articles.set(n, { ...entry, eventDate: date });
  });
  return { before, beforeBytes, now, summit, savedSummitBytes, savedSummit };
}
