/** Searches every shard for a person's words and merges the best hits. */
import type { Archive } from './archive';
import { queryTerms } from './terms';
import { paragraphCount, paragraphsWith } from './paragraph-counts';
import type { ParagraphStore } from './paragraph-store';
import { paragraphsOf } from './allowed-paragraphs';
import { highestScore } from './query-reach';
import { enters } from './score-pruned';
import { scoreShard, SearchTooLong } from './score-shard';

export { SearchTooLong } from './score-shard';
export { markArticles } from './allowed-paragraphs';

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
  articles?: ReadonlySet<number>;
  limit?: number;
  budgetMs?: number;
  /** The clock the budget is measured on (milliseconds). */
  clock?: () => number;
  /** Variants of the question's words searched beside them, each counting for `weight` of a word. */
  variants?: ReadonlyMap<string, number>;
}

/** A shard's hit before it is known to be among the best of all shards: no objects for the thousands that are not. */
interface Candidate {
  shard: number;
  doc: number;
  score: number;
  article: number;
  paragraph: number;
  matched: readonly string[];
}

/** The order of the merged hits: best score first, then article and paragraph; shard order breaks the rest. */
const before = (a: Candidate, b: Candidate) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph;

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
  // Each shard gives its best `limit`; only the best `limit` of all of them become hits, kept in order.
  let best: Candidate[] = [];
  // The `limit`-th best score so far: a shard's paragraphs below it cannot become hits (score-pruned.ts).
  let floor = -Infinity;
  let total = 0;
  const allowedIn = articles ? paragraphsOf(articles) : undefined;
  // The shards that can score highest first: the floor rises sooner, and more shards fall below it.
  // The hits do not depend on the order: they are the best `limit` by score, article and paragraph.
  const highest = archive.shards.map((shard) => highestScore(shard.data, searched, variants));
  const order = archive.shards.map((_, s) => s).sort((a, b) => highest[b]! - highest[a]! || a - b);
  for (const s of order) {
    const shard = archive.shards[s]!;
    if (overBudget()) throw new SearchTooLong();
    // This shard cannot reach the floor (scoreShard would say so), nor can any after it: the floor only
    // rises and the shards come highest first. Its paragraphs are never listed nor its store read.
    if (!enters(highest[s]!, 1, floor)) break;
    const store = shard.store;
    const allowed = allowedIn?.(store);
    if (allowed?.docs?.length === 0) continue;
    const scored = scoreShard(shard.data, searched, limit, allowed?.has, overBudget, variants, floor, allowed?.docs ?? undefined);
    total += scored.total;
    if (scored.top.length === 0) continue;
    const found = scored.top.map(({ doc, score, matched }) => ({
      shard: s,
      doc,
      score,
      article: store.articleAt(doc),
      paragraph: store.numberAt(doc),
      matched,
    }));
    best = mergeBest(best, found.sort(before), limit);
    if (limit > 0 && best.length === limit) floor = best[limit - 1]!.score;
  }
  const hits = best.map((c) => paragraphHit(archive.shards[c.shard]!.store, c));
  return { terms, words, total, hits };
}

/** The best `limit` of two lists in `before` order, in that order; the first list's first among equals (earlier shards). */
function mergeBest(a: readonly Candidate[], b: readonly Candidate[], limit: number): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    out.push(j >= b.length || (i < a.length && before(b[j]!, a[i]!) >= 0) ? a[i++]! : b[j++]!);
  }
  return out;
}

/** The hit shown for a candidate; its text is read from disk once, when first asked for. */
function paragraphHit(store: ParagraphStore, { doc, score, article, paragraph, matched }: Candidate): ParagraphHit {
  let text: string | undefined;
  const next = () =>
    doc + 1 < store.size && store.articleAt(doc + 1) === article && store.numberAt(doc + 1) === paragraph + 1
      ? { paragraph: paragraph + 1, text: store.text(doc + 1) }
      : null;
  return {
    article,
    paragraph,
    score,
    matched: new Set(matched),
    next,
    get text() {
      return (text ??= store.text(doc));
    },
  };
}

/** How many paragraphs hold each term, and how many there are in all. */
export function documentFrequency(archive: Archive, terms: readonly string[]): { size: number; df: Map<string, number> } {
  return { size: paragraphCount(archive), df: new Map(terms.map((t) => [t, paragraphsWith(archive, t)])) };
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
      if (paragraphsWith(archive, root) > 0) out.set(root, weight);
    }
  }
  return out;
}
