/**
 * Lunr's score for a query of optional terms, computed straight from the postings. Lunr scores a
 * document as the dot product of the query vector (1 per term found in the index) with the
 * document's BM25 vector, divided by the query vector's length: Σ w(d, t) / √m. Adding the postings'
 * weights term by term gives the same numbers without Lunr's objects per matching document (a test
 * checks them against `lunr.Index#query` on the same shard), which is what makes a question over
 * half a million paragraphs take milliseconds. Most questions need not walk every posting of their
 * common words: score-pruned.ts stops once no further document can enter the best.
 */
import type { ShardData } from './shard-data';
import { shardTermsOf } from './shard-file';
import type { ShardTerms, TermEntry, TermPostings } from './shard-terms';
import { postingsAmong } from './postings-among';
import { highestSum, MAX_QUERY_TERMS, queryNorm, termsFound } from './query-reach';
import { enters, scorePruned } from './score-pruned';
import { TopScores } from './top-scores';

export interface ScoredDoc {
  doc: number;
  score: number;
  /** Query terms found in the document. */
  matched: readonly string[];
}

export interface ShardScores {
  /**
   * How many documents match at least one term. A search that stopped early (score-pruned.ts) counts
   * those it met: at least `limit`, or with a `floor` however many, other shards having `limit` better.
   * Summed over shards and capped at `limit` (all a person is shown), it is exact either way.
   */
  total: number;
  top: ScoredDoc[];
}

type Searchable = ShardData | ShardTerms;

const termsOfShard = (data: Searchable): ShardTerms => ('postingDocs' in data ? shardTermsOf(data) : data);

/** The documents that hold a term (none when the shard does not). */
export function documentsWith(data: Searchable, term: string): Int32Array {
  const shard = termsOfShard(data);
  const entry = shard.entry(term);
  return entry ? shard.postings(entry).docs : new Int32Array(0);
}

/** How many documents hold a term, from its entry: no posting is read. */
export function documentCount(data: Searchable, term: string): number {
  return termsOfShard(data).entry(term)?.df ?? 0;
}

export { MAX_QUERY_TERMS } from './query-reach';

/** A search ran past its time budget; nothing it found is shown. */
export class SearchTooLong extends Error {
  constructor() {
    super('the search ran past its time budget');
    this.name = 'SearchTooLong';
  }
}

/** The budget is looked at every 65,536 postings: often enough for milliseconds, rarely enough to cost nothing. */
export const CHECK_MASK = 0xffff;

/**
 * Working arrays for scoring a shard, all zero between searches. One set serves every shard (grown to
 * the largest): a search is synchronous from its first posting to its last, so no two scoreShard calls
 * ever use them at once. A call made while they are in use (none is today) gets its own.
 */
export interface Scratch {
  /** Each document's sum of weights. */
  sums: Float64Array;
  /** Bit q: the query's term q is in the document; 0 for a document not met. */
  hits: Int32Array;
  /** The documents met, in the order they were met (Lunr's order for equal scores). */
  met: Int32Array;
  /** The best documents so far, and per query term a place in its postings and a score (score-pruned.ts). */
  best: TopScores;
  cursor: Int32Array;
  found: Float64Array;
  busy: boolean;
}

let shared: Scratch | null = null;

/**
 * One shard's search under way; `metCount` documents of `scratch.met` hold sums and hits to clear.
 * Per query term q: `entries[q]`, `lists[q]` (its postings, only those of `among` when it was given
 * and shorter) and `weights[q]`. The weights are typed, not a field of an object per term: V8 gives a
 * field holding 1 and one holding 0.5 two shapes, and drops the scoring loop's fast code at the second.
 */
export interface ShardSearch {
  entries: TermEntry[];
  lists: TermPostings[];
  weights: Float64Array;
  limit: number;
  /** Documents scoring below it may be left out: other shards already gave `limit` better ones. */
  floor: number;
  allowed?: (doc: number) => boolean;
  overBudget: () => boolean;
  scratch: Scratch;
  metCount: number;
}

const scratchFor = (size: number): Scratch => ({
  sums: new Float64Array(size),
  hits: new Int32Array(size),
  met: new Int32Array(size),
  best: new TopScores(0),
  cursor: new Int32Array(MAX_QUERY_TERMS),
  found: new Float64Array(MAX_QUERY_TERMS),
  busy: true,
});

function takeScratch(size: number): Scratch {
  if (shared?.busy) return scratchFor(size);
  if (!shared || shared.sums.length < size) shared = scratchFor(size);
  shared.busy = true;
  return shared;
}

/**
 * The `limit` best documents, in Lunr's order, optionally only among `allowed` and at least as good as
 * `floor`; `overBudget` is asked every 65,536 postings and ends the search with SearchTooLong when it
 * says so. `total` counts every matching document, or at least `limit` of them when the search
 * stopped early (score-pruned.ts). `among`, when given, lists the `allowed` documents (ascending):
 * when they are fewer than the terms' postings, only they are looked up.
 */
export function scoreShard(
  data: Searchable,
  terms: readonly string[],
  limit: number,
  allowed?: (doc: number) => boolean,
  overBudget: () => boolean = () => false,
  weights?: ReadonlyMap<string, number>,
  floor = -Infinity,
  among?: Int32Array,
): ShardScores {
  if (among?.length === 0) return { total: 0, top: [] };
  const shard = termsOfShard(data);
  const found = termsFound(shard, terms);
  if (found.length === 0) return { total: 0, top: [] };
  const weightOf = found.map((entry) => weights?.get(entry.term) ?? 1);
  const norm = queryNorm(weightOf);
  // No paragraph of the shard can reach the floor: other shards already gave `limit` better.
  if (!enters(highestSum(found, weightOf), norm, floor)) return { total: 0, top: [] };
  const narrow = among !== undefined && among.length < found.reduce((n, f) => n + f.df, 0);
  const lists = found.map((entry) => (narrow ? postingsAmong(shard.postings(entry), among) : shard.postings(entry)));
  // Lunr adds a document's weights in the order of term index, which sets the last bits of a sum.
  const byIndex = Int32Array.from(found.keys()).sort((a, b) => found[a]!.termIndex - found[b]!.termIndex);
  const scratch = takeScratch(shard.paragraphs);
  const search: ShardSearch = {
    entries: found,
    lists,
    weights: Float64Array.from(weightOf),
    limit,
    floor,
    allowed: narrow ? undefined : allowed,
    overBudget,
    scratch,
    metCount: 0,
  };
  try {
    const best = scorePruned(search, byIndex, norm) ?? scoreAll(search, byIndex, norm);
    const { hits } = scratch;
    // Documents that hold the same terms share one list of them: a shard gives up to `limit` documents.
    const termsOf = new Map<number, string[]>();
    const matchedBy = (mask: number) => {
      let matched = termsOf.get(mask);
      if (!matched) termsOf.set(mask, (matched = found.filter((_, q) => (mask >> q) & 1).map((f) => f.term)));
      return matched;
    };
    return {
      total: search.metCount,
      top: best.ranked().map(({ doc, score }) => ({ doc, score, matched: matchedBy(hits[doc]!) })),
    };
  } finally {
    clearScratch(search);
    scratch.busy = false;
  }
}

/** Every posting of every term, as Lunr walks them. */
function scoreAll(search: ShardSearch, byIndex: Int32Array, norm: number): TopScores {
  clearScratch(search);
  const { lists, weights, allowed, overBudget, scratch } = search;
  const { sums, hits, met } = scratch;
  let metCount = 0;
  // Lunr meets documents in the order of the query's terms, which sets the order of equal scores.
  let visited = 0;
  try {
    for (let q = 0; q < lists.length; q += 1) {
      const docs = lists[q]!.docs;
      for (let i = 0; i < docs.length; i += 1) {
        if ((++visited & CHECK_MASK) === 0 && overBudget()) throw new SearchTooLong();
        const doc = docs[i]!;
        if (allowed && !allowed(doc)) continue;
        if (hits[doc] === 0) met[metCount++] = doc;
        hits[doc]! |= 1 << q;
      }
    }
  } finally {
    search.metCount = metCount;
  }
  for (const q of byIndex) {
    // A word's variant ("iran" for "iranian") counts for part of a word: 1 unless `weights` says less.
    const weight = weights[q]!;
    const { docs, scores } = lists[q]!;
    for (let i = 0; i < docs.length; i += 1) {
      if ((++visited & CHECK_MASK) === 0 && overBudget()) throw new SearchTooLong();
      const doc = docs[i]!;
      if (hits[doc] !== 0) sums[doc]! += weight === 1 ? scores[i]! / 1000 : (weight * scores[i]!) / 1000;
    }
  }
  // Only the best `limit` are ranked: a bounded heap, in the order met, instead of sorting every match.
  const best = scratch.best.reset(Math.min(search.limit, metCount));
  for (let m = 0; m < metCount; m += 1) {
    const score = sums[met[m]!]! / norm;
    if (score >= search.floor) best.offer(met[m]!, score, m);
  }
  return best;
}

function clearScratch(search: ShardSearch): void {
  const { sums, hits, met } = search.scratch;
  for (let m = 0; m < search.metCount; m += 1) {
    sums[met[m]!] = 0;
    hits[met[m]!] = 0;
  }
  search.metCount = 0;
}
