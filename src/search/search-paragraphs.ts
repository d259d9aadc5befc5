/** Searches every shard for a person's words and merges the best hits. */
import type { Archive } from './archive';
import { queryTerms } from './terms';
import { paragraphCount, paragraphsWith } from './paragraph-counts';
import type { ParagraphStore } from './paragraph-store';
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
 * Article sets searched again and again (the summits' coverage, searched apart for every question):
 * each shard's paragraphs in them are marked once, so that a search asks a byte, not a Set, per posting.
 */
const marked = new WeakMap<ReadonlySet<number>, WeakMap<ParagraphStore, Uint8Array>>();

/** Marks, per shard and once, which paragraphs belong to `articles`; for a set kept as long as its archive. */
export function markArticles(articles: ReadonlySet<number>): void {
  if (!marked.has(articles)) marked.set(articles, new WeakMap());
}

function allowedIn(store: ParagraphStore, articles: ReadonlySet<number>): (doc: number) => boolean {
  const marks = marked.get(articles);
  if (!marks) return (doc) => articles.has(store.article[doc] ?? -1);
  let mark = marks.get(store);
  if (!mark) {
    mark = new Uint8Array(store.size);
    for (let doc = 0; doc < store.size; doc += 1) if (articles.has(store.article[doc]!)) mark[doc] = 1;
    marks.set(store, mark);
  }
  const inSet = mark;
  return (doc) => inSet[doc] === 1;
}

/** A shard's hit before it is known to be among the best of all shards: no objects for the thousands that are not. */
interface Candidate {
  shard: number;
  doc: number;
  score: number;
  article: number;
  paragraph: number;
  matched: string[];
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
  archive.shards.forEach((shard, s) => {
    if (overBudget()) throw new SearchTooLong();
    const store = shard.store;
    const allowed = articles ? allowedIn(store, articles) : undefined;
    const scored = scoreShard(shard.data, searched, limit, allowed, overBudget, variants, floor);
    total += scored.total;
    const found = scored.top.map(({ doc, score, matched }) => ({
      shard: s,
      doc,
      score,
      article: store.article[doc]!,
      paragraph: store.number[doc]!,
      matched,
    }));
    best = mergeBest(best, found.sort(before), limit);
    if (limit > 0 && best.length === limit) floor = best[limit - 1]!.score;
  });
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
    doc + 1 < store.article.length && store.article[doc + 1] === article && store.number[doc + 1] === paragraph + 1
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

/** The articles that hold every one of these terms, each in any of their paragraphs (or in `also[i]`, for term i). */
export function articlesNaming(archive: Archive, terms: readonly string[], also: ReadonlyArray<ReadonlySet<number>> = []): Set<number> {
  // How many of the terms each article holds so far, as bytes (a leader's name is in most paragraphs:
  // a Set per term grew by every one of their postings).
  const holds = new Uint8Array(archive.articles.length);
  const seen = new Uint8Array(archive.articles.length);
  terms.forEach((term, i) => {
    seen.fill(0);
    for (const a of also[i] ?? []) seen[a] = 1;
    for (const shard of archive.shards) {
      const article = shard.store.article;
      for (const doc of documentsWith(shard.data, term)) seen[article[doc]!] = 1;
    }
    for (let a = 0; a < seen.length; a += 1) if (seen[a] === 1 && holds[a] === i) holds[a] = i + 1;
  });
  const out = new Set<number>();
  if (terms.length === 0) return out;
  for (let a = 0; a < holds.length; a += 1) if (holds[a] === terms.length) out.add(a);
  return out;
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
