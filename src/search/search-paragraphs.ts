/** Searches every shard for a person's words and merges the best hits. */
import type { Archive } from './archive';
import { queryTerms } from './terms';
import { scoreShard, SearchTooLong } from './score-shard';

export { SearchTooLong } from './score-shard';

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

/** No search may hold the bot longer than this: dates and other people's questions wait behind it. */
export const SEARCH_BUDGET_MS = 1000;

export interface SearchOptions {
  /** Only the paragraphs of these articles. */
  articles?: Set<number>;
  limit?: number;
  budgetMs?: number;
  /** The clock the budget is measured on (milliseconds). */
  clock?: () => number;
}

/**
 * Optional terms (one noise word must not empty the result); `articles` keeps only their paragraphs.
 * Throws SearchTooLong when the search runs past its budget.
 */
export function searchParagraphs(archive: Archive, text: string, { articles, limit = SEARCH_LIMIT, budgetMs = SEARCH_BUDGET_MS, clock = performance.now.bind(performance) }: SearchOptions = {}): ParagraphSearch {
  const { terms, words } = queryTerms(text);
  if (terms.length === 0) return { terms, words, total: 0, hits: [] };
  const deadline = clock() + budgetMs;
  const overBudget = () => clock() > deadline;
  const hits: ParagraphHit[] = [];
  let total = 0;
  for (const shard of archive.shards) {
    if (overBudget()) throw new SearchTooLong();
    const allowed = articles ? (doc: number) => articles.has(shard.store.article[doc] ?? -1) : undefined;
    const scored = scoreShard(shard.data, terms, limit, allowed, overBudget);
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
