/** A cited paragraph: the words shown and everything needed to check them against the record. */
import type { Archive } from '../search/archive';
import { makeExcerpt } from '../search/excerpt';
import { termWeights } from '../search/term-weights';
import { citedArticle } from './cited-article';
import type { Result } from './types';

export function makeResult(
  archive: Archive,
  article: number,
  paragraph: number,
  text: string,
  score: number,
  stems: ReadonlySet<string>,
): Result {
  const { excerpt, highlights } = makeExcerpt(text, termWeights(archive, stems));
  return {
    ...citedArticle(archive, article),
    paragraph,
    text,
    excerpt,
    highlights,
    score: Math.round(score * 1000) / 1000,
  };
}
