/** Searches every shard for a person's words and merges the best hits. */
import type { Archive } from './archive';
import { queryTerms } from './terms';
import { documentsWith, scoreShard, SearchTooLong } from './score-shard';

export { SearchTooLong } from './score-shard';

export interface ParagraphHit {
  article: number;
  paragraph: number;
  /** The next paragraph of the same article, read on demand (a transcript's answer to a question). */
  next?: () => { paragraph: number; text: string } | null;
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
  /** Variants of the question's words searched beside them, each counting for `weight` of a word. */
  variants?: ReadonlyMap<string, number>;
}

/**
 * Optional terms (one noise word must not empty the result); `articles` keeps only their paragraphs.
 * Throws SearchTooLong when the search runs past its budget.
 */
export function searchParagraphs(
  archive: Archive,
  text: string,
  { articles, limit = SEARCH_LIMIT, budgetMs = SEARCH_BUDGET_MS, clock = performance.now.bind(performance), variants }: SearchOptions = {},
): ParagraphSearch {
  const { terms, words } = queryTerms(text);
  const searched = variants ? [...terms, ...[...variants.keys()].filter((v) => !terms.includes(v))] : terms;
  if (terms.length === 0) return { terms, words, total: 0, hits: [] };
  const deadline = clock() + budgetMs;
  const overBudget = () => clock() > deadline;
  const hits: ParagraphHit[] = [];
  let total = 0;
  for (const shard of archive.shards) {
    if (overBudget()) throw new SearchTooLong();
    const allowed = articles ? (doc: number) => articles.has(shard.store.article[doc] ?? -1) : undefined;
    const scored = scoreShard(shard.data, searched, limit, allowed, overBudget, variants);
    total += scored.total;
    const store = shard.store;
    for (const { doc, score, matched } of scored.top) {
      // The text is read from disk only for the hits that are shown.
      const article = store.article[doc]!;
      const paragraph = store.number[doc]!;
      const next = () =>
        doc + 1 < store.article.length && store.article[doc + 1] === article && store.number[doc + 1] === paragraph + 1
          ? { paragraph: paragraph + 1, text: store.text(doc + 1) }
          : null;
      hits.push({
        article,
        paragraph,
        score,
        matched: new Set(matched),
        next,
        get text() {
          return store.text(doc);
        },
      });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph);
  return { terms, words, total, hits: hits.slice(0, limit) };
}

/** The articles that hold every one of these terms, each in any of their paragraphs (or in `also[i]`, for term i). */
export function articlesNaming(archive: Archive, terms: readonly string[], also: ReadonlyArray<ReadonlySet<number>> = []): Set<number> {
  const each = terms.map((term, i) => {
    const found = new Set<number>(also[i]);
    for (const shard of archive.shards) for (const doc of documentsWith(shard.data, term)) found.add(shard.store.article[doc]!);
    return found;
  });
  const [first, ...rest] = each;
  return new Set([...(first ?? [])].filter((a) => rest.every((s) => s.has(a))));
}

/** How many paragraphs hold each term, and how many there are in all. */
export function documentFrequency(archive: Archive, terms: readonly string[]): { size: number; df: Map<string, number> } {
  const df = new Map<string, number>(terms.map((t) => [t, 0]));
  let size = 0;
  for (const shard of archive.shards) {
    size += shard.store.article.length;
    for (const t of terms) df.set(t, df.get(t)! + documentsWith(shard.data, t).length);
  }
  return { size, df };
}

/** Endings that make a related word of another (Iranian → Iran, alliance → ally, European → Europe). */
const DERIVED_ENDINGS = ['ian', 'an', 'n', 'ean', 'ese', 'ic', 'ical', 'al', 'anc', 'enc', 'ment'];

/**
 * Terms the index holds that a question's term derives from (`iranian` → `iran`, `allianc` → `alli`),
 * each to count for `weight` of a word: people expect "Iranian oil" to find "Iran … oil".
 */
export function wordVariants(archive: Archive, terms: readonly string[], weight = 0.5): Map<string, number> {
  const out = new Map<string, number>();
  for (const term of terms) {
    for (const ending of DERIVED_ENDINGS) {
      const root = term.endsWith(ending) ? term.slice(0, -ending.length) : '';
      if (root.length < 4 || terms.includes(root) || out.has(root)) continue;
      if (archive.shards.some((s) => documentsWith(s.data, root).length > 0)) out.set(root, weight);
    }
  }
  return out;
}
