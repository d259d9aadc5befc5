/** Searches every shard for a person's words and merges the best hits. */
import type { Archive } from './archive';
import { queryTerms } from './pipeline';
import { scoreShard } from './score-shard';

export interface ParagraphHit {
  article: number;
  paragraph: number;
  text: string;
  score: number;
  /** Stems of the question found in this paragraph. */
  matched: Set<string>;
}

export interface ParagraphSearch {
  terms: string[];
  words: number;
  /** Paragraphs matching at least one term, in all shards. */
  total: number;
  /** The best `limit`, best first. */
  hits: ParagraphHit[];
}

export const SEARCH_LIMIT = 200;

/** Optional terms (one noise word must not empty the result); `articles` keeps only their paragraphs. */
export function searchParagraphs(archive: Archive, text: string, { articles, limit = SEARCH_LIMIT }: { articles?: Set<number>; limit?: number } = {}): ParagraphSearch {
  const { terms, words } = queryTerms(text);
  if (terms.length === 0) return { terms, words, total: 0, hits: [] };
  const hits: ParagraphHit[] = [];
  let total = 0;
  for (const shard of archive.shards) {
    const allowed = articles ? (doc: number) => articles.has(shard.store.article[doc] ?? -1) : undefined;
    const scored = scoreShard(shard.data, terms, limit, allowed);
    total += scored.total;
    const store = shard.store;
    for (const { doc, score, matched } of scored.top) {
      // The text is read from disk only for the hits that are shown.
      hits.push({ article: store.article[doc]!, paragraph: store.number[doc]!, score, matched: new Set(matched), get text() { return store.text(doc); } });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph);
  return { terms, words, total, hits: hits.slice(0, limit) };
}
