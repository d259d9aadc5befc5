/**
 * What every citation of an article says, from the index's article metadata and the timeline: one
 * place for results, quotes and "Show in context", so each says the same about source, dates and title.
 */
import type { Archive } from '../search/archive';
import type { Result } from './types';

export type CitedArticle = Pick<
  Result,
  'articleId' | 'title' | 'titleFrom' | 'source' | 'url' | 'published' | 'eventDate' | 'eventSpan' | 'attachedByResemblance'
>;

/** Article number `n` as cited: with its summit's first and last day when the summit lasted several. */
export function citedArticle(archive: Pick<Archive, 'article' | 'events' | 'dating'>, n: number): CitedArticle {
  const a = archive.article(n)!;
  const event = a.eventDate
    ? archive.events.find(
        (e) => e.end && e.end > e.date && a.eventDate! >= e.date && a.eventDate! <= e.end && e.articles.some((x) => x.articleId === a.id),
      )
    : undefined;
  return {
    articleId: a.id,
    title: a.title,
    ...(a.titleFrom ? { titleFrom: a.titleFrom } : {}),
    source: a.source,
    url: a.url,
    published: a.published,
    eventDate: a.eventDate,
    ...(event?.end ? { eventSpan: { from: event.date, to: event.end } } : {}),
    // A weak guess must not read as fact: every citation of such an article says how it was filed.
    ...(a.eventDate && archive.dating(n)?.dateFrom === 'inferred' ? { attachedByResemblance: true as const } : {}),
  };
}
