/**
 * Which paragraphs of a shard a search kept to some articles may return: a test per paragraph and,
 * when they are few, their list, so that the search looks them up rather than walking every posting of
 * its words (postings-among.ts). A set searched for every question (the summits' coverage) is marked
 * once per shard; a small set named by one question (its summits' articles) is listed from the
 * shard's article numbers, which ascend.
 */
import type { ParagraphStore } from './paragraph-store';

export interface AllowedParagraphs {
  has: (doc: number) => boolean;
  /** All of them, ascending; null when not listed (a large set named for one search). */
  docs: Int32Array | null;
}

interface Marks {
  mark: Uint8Array;
  docs: Int32Array;
}

const marked = new WeakMap<ReadonlySet<number>, WeakMap<ParagraphStore, Marks>>();

/** Marks, per shard and once, which paragraphs belong to `articles`; for a set kept as long as its archive. */
export function markArticles(articles: ReadonlySet<number>): void {
  if (!marked.has(articles)) marked.set(articles, new WeakMap());
}

/** A set of more articles than this, unmarked, is tested per posting: listing it would cost more. */
const LISTED_ARTICLES = 5000;

/** The paragraphs of `articles` in each shard searched, as `allowedIn(store)`. */
export function paragraphsOf(articles: ReadonlySet<number>): (store: ParagraphStore) => AllowedParagraphs {
  const marks = marked.get(articles);
  if (marks) return (store) => marksOf(marks, store, articles);
  const has = (store: ParagraphStore) => (doc: number) => articles.has(store.article[doc] ?? -1);
  if (articles.size > LISTED_ARTICLES) return (store) => ({ has: has(store), docs: null });
  const sorted = Int32Array.from(articles).sort();
  return (store) => ({ has: has(store), docs: listed(store, sorted) });
}

function marksOf(marks: WeakMap<ParagraphStore, Marks>, store: ParagraphStore, articles: ReadonlySet<number>): AllowedParagraphs {
  let known = marks.get(store);
  if (!known) {
    const mark = new Uint8Array(store.size);
    // An article's paragraphs are next to each other (a run of the store): the set is asked once per run.
    const { runs } = store;
    const kept: number[] = [];
    let count = 0;
    for (let r = 0; r < runs.length; r += 3) {
      if (!articles.has(runs[r]!)) continue;
      const end = r + 3 < runs.length ? runs[r + 4]! : store.size;
      mark.fill(1, runs[r + 1]!, end);
      kept.push(runs[r + 1]!, end);
      count += end - runs[r + 1]!;
    }
    const docs = new Int32Array(count);
    for (let k = 0, n = 0; k < kept.length; k += 2) for (let doc = kept[k]!; doc < kept[k + 1]!; doc += 1) docs[n++] = doc;
    known = { mark, docs };
    marks.set(store, known);
  }
  const { mark, docs } = known;
  return { has: (doc) => mark[doc] === 1, docs };
}

const ascending = new WeakMap<ParagraphStore, boolean>();

/** The shard's paragraphs of `sorted` articles, ascending; null when its article numbers do not ascend. */
function listed(store: ParagraphStore, sorted: Int32Array): Int32Array | null {
  const article = store.article;
  let ordered = ascending.get(store);
  if (ordered === undefined) {
    ordered = true;
    for (let doc = 1; doc < store.size && ordered; doc += 1) ordered = article[doc - 1]! <= article[doc]!;
    ascending.set(store, ordered);
  }
  if (!ordered) return null;
  const docs: number[] = [];
  if (store.size === 0) return new Int32Array(0);
  const last = article[store.size - 1]!;
  for (let i = firstAtLeast(sorted, sorted.length, article[0]!); i < sorted.length && sorted[i]! <= last; i += 1) {
    for (let doc = firstAtLeast(article, store.size, sorted[i]!); doc < store.size && article[doc] === sorted[i]; doc += 1) docs.push(doc);
  }
  return Int32Array.from(docs);
}

/** The first place in ascending `list` (of `size`) holding `value` or more. */
function firstAtLeast(list: Int32Array, size: number, value: number): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
