/**
 * "Show in context": a cited paragraph with the paragraphs before and after it, and its article's
 * title, source and link. Summit articles' paragraphs are in memory; others are read from the shards.
 */
import type { Archive } from '../search/archive';
import { citedArticle, type CitedArticle } from './cited-article';

export interface ParagraphContext extends CitedArticle {
  kind: 'context';
  /** How many kept paragraphs the article has. */
  paragraphs: number;
  /** The cited paragraph, 0-based. */
  paragraph: number;
  /** The paragraphs shown, in order, the cited one among them. */
  around: Array<{ paragraph: number; text: string }>;
}

/** Paragraphs of one article by number, from memory or from the shards holding them. */
function readParagraphs(archive: Archive, article: number, wanted: ReadonlySet<number>): Map<number, string> {
  const found = new Map<number, string>();
  const inMemory = archive.summitParagraphs.get(article);
  if (inMemory) {
    for (const p of wanted) if (inMemory[p] !== undefined) found.set(p, inMemory[p]);
    return found;
  }
  for (const { store } of archive.shards) {
    for (let doc = 0; doc < store.size && found.size < wanted.size; doc += 1) {
      if (store.article[doc] === article && wanted.has(store.number[doc]!)) found.set(store.number[doc]!, store.text(doc));
    }
  }
  return found;
}

/** The paragraph `paragraph` of `articleId` with `around` paragraphs either side; null when it is not in this archive. */
export function paragraphContext(archive: Archive, articleId: string, paragraph: number, around = 1): ParagraphContext | null {
  const n = archive.articleNumber(articleId);
  const article = n === undefined ? undefined : archive.article(n);
  if (n === undefined || !article || !Number.isInteger(paragraph) || paragraph < 0 || paragraph >= article.paragraphs) return null;
  const wanted = new Set<number>();
  for (let p = Math.max(0, paragraph - around); p <= Math.min(article.paragraphs - 1, paragraph + around); p += 1) wanted.add(p);
  const texts = readParagraphs(archive, n, wanted);
  if (!texts.has(paragraph)) return null;
  return {
    kind: 'context',
    ...citedArticle(archive, n),
    paragraphs: article.paragraphs,
    paragraph,
    around: [...texts].sort(([a], [b]) => a - b).map(([p, text]) => ({ paragraph: p, text })),
  };
}
