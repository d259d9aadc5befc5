/** A cited paragraph: the words shown and everything needed to check them against the record. */
import type { Archive } from '../search/archive';
import { makeExcerpt } from '../search/excerpt';
import type { Result } from './types';

export function makeResult(archive: Archive, article: number, paragraph: number, text: string, score: number, stems: ReadonlySet<string>): Result {
  const a = archive.articles[article]!;
  const { excerpt, highlights } = makeExcerpt(text, stems);
  return {
    articleId: a.id,
    title: a.title,
    source: a.source,
    url: a.url,
    published: a.published,
    eventDate: a.eventDate,
    paragraph,
    text,
    excerpt,
    highlights,
    score: Math.round(score * 1000) / 1000,
  };
}
