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
  docs: Int32Array;
  /** 1 at each of `docs`, made when first asked for (a search looks `docs` up instead). */
  mark: Uint8Array | null;
}

interface MarkedSet {
  /** 1 at each article number of the set: asked once per run of every shard, a Set lookup costs more. */
  member: Uint8Array;
  shards: WeakMap<ParagraphStore, Marks>;
}

const marked = new WeakMap<ReadonlySet<number>, MarkedSet>();

/** Marks, per shard and once, which paragraphs belong to `articles`; for a set kept as long as its archive. */
export function markArticles(articles: ReadonlySet<number>): void {
  if (marked.has(articles)) return;
  // Article numbers: whole, from 0 to the archive's count (others name no paragraph).
  const numbers = [...articles].filter((n) => Number.isInteger(n) && n >= 0);
  const member = new Uint8Array(numbers.reduce((a, b) => Math.max(a, b), -1) + 1);
  for (const n of numbers) member[n] = 1;
  marked.set(articles, { member, shards: new WeakMap() });
}

/** A set of more articles than this, unmarked, is tested per posting: listing it would cost more. */
const LISTED_ARTICLES = 5000;

/** The paragraphs of `articles` in each shard searched, as `allowedIn(store)`. */
export function paragraphsOf(articles: ReadonlySet<number>): (store: ParagraphStore) => AllowedParagraphs {
  const marks = marked.get(articles);
  if (marks) return (store) => marksOf(marks, store);
  const has = (store: ParagraphStore) => (doc: number) => articles.has(store.article[doc] ?? -1);
  if (articles.size > LISTED_ARTICLES) return (store) => ({ has: has(store), docs: null });
  const sorted = Int32Array.from(articles).sort();
  return (store) => ({ has: has(store), docs: listed(store, sorted) });
}

function marksOf({ member, shards }: MarkedSet, store: ParagraphStore): AllowedParagraphs {
  let known = shards.get(store);
  if (!known) {
    known = { docs: paragraphsOfRuns(store.runs, store.size, member), mark: null };
    shards.set(store, known);
  }
  const marks = known;
  return { has: (doc) => (marks.mark ??= markOf(marks.docs, store.size))[doc] === 1, docs: marks.docs };
}

/**
 * The paragraphs, ascending, of the runs (paragraph-store.ts) whose article is a `member`: an article's
 * paragraphs are next to each other, so the set is asked once per run.
 */
function paragraphsOfRuns(runs: Int32Array, size: number, member: Uint8Array): Int32Array {
  let count = 0;
  for (let r = 0; r < runs.length; r += 3)
    if (isMember(member, runs[r]!)) count += (r + 3 < runs.length ? runs[r + 4]! : size) - runs[r + 1]!;
  const docs = new Int32Array(count);
  let n = 0;
  for (let r = 0; r < runs.length; r += 3) {
    if (!isMember(member, runs[r]!)) continue;
    const end = r + 3 < runs.length ? runs[r + 4]! : size;
    for (let doc = runs[r + 1]!; doc < end; doc += 1) docs[n++] = doc;
  }
  return docs;
}

/** Compared first: a read past the table's end would cost V8 its fast code for the loops above. */
const isMember = (member: Uint8Array, article: number) => article < member.length && member[article] === 1;

function markOf(docs: Int32Array, size: number): Uint8Array {
  const mark = new Uint8Array(size);
  for (let i = 0; i < docs.length; i += 1) mark[docs[i]!] = 1;
  return mark;
}

const ascending = new WeakMap<ParagraphStore, boolean>();

/**
 * The shard's paragraphs of `sorted` articles, ascending, from its runs (no per-paragraph array is
 * made); null when its article numbers do not ascend.
 */
function listed(store: ParagraphStore, sorted: Int32Array): Int32Array | null {
  const { runs } = store;
  const count = runs.length / 3;
  let ordered = ascending.get(store);
  if (ordered === undefined) {
    ordered = true;
    for (let r = 1; r < count && ordered; r += 1) ordered = runs[3 * (r - 1)]! <= runs[3 * r]!;
    ascending.set(store, ordered);
  }
  if (!ordered) return null;
  if (count === 0) return new Int32Array(0);
  const docs: number[] = [];
  const last = runs[3 * (count - 1)]!;
  for (let i = firstAtLeast(sorted, sorted.length, runs[0]!); i < sorted.length && sorted[i]! <= last; i += 1) {
    // An article's paragraphs may take several runs, one after the other.
    for (let r = firstAtLeast(runs, count, sorted[i]!, 3); r < count && runs[3 * r] === sorted[i]; r += 1) {
      const end = r + 1 < count ? runs[3 * r + 4]! : store.size;
      for (let doc = runs[3 * r + 1]!; doc < end; doc += 1) docs.push(doc);
    }
  }
  return Int32Array.from(docs);
}

/** The first place in ascending `list` (of `size` entries, each `stride` numbers wide, compared by its first) holding `value` or more. */
function firstAtLeast(list: Int32Array, size: number, value: number, stride = 1): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid * stride]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
