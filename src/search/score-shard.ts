/**
 * Lunr's score for a query of optional terms, computed straight from the postings. Lunr scores a
 * document as the dot product of the query vector (1 per term found in the index) with the
 * document's BM25 vector, divided by the query vector's length: Σ w(d, t) / √m. Adding the postings'
 * weights term by term gives the same numbers without Lunr's objects per matching document (a test
 * checks them against `lunr.Index#query` on the same shard), which is what makes a question over
 * half a million paragraphs take milliseconds.
 */
import type { ShardData } from './shard-data';
import { TopScores } from './top-scores';

export interface ScoredDoc {
  doc: number;
  score: number;
  /** Query terms found in the document. */
  matched: string[];
}

export interface ShardScores {
  /** How many documents match at least one term. */
  total: number;
  top: ScoredDoc[];
}

function position(data: ShardData, term: string): number {
  let lo = 0;
  let hi = data.terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = data.terms[mid]!;
    if (t === term) return mid;
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The documents that hold a term (none when the shard does not). */
export function documentsWith(data: ShardData, term: string): Int32Array {
  const pos = position(data, term);
  return pos < 0 ? new Int32Array(0) : data.postingDocs.subarray(data.postingStart[pos]!, data.postingStart[pos + 1]!);
}

/** A long text's question keeps its rarest terms: the rest add little to BM25 and cost much. */
export const MAX_QUERY_TERMS = 32;

/** A search ran past its time budget; nothing it found is shown. */
export class SearchTooLong extends Error {
  constructor() {
    super('the search ran past its time budget');
    this.name = 'SearchTooLong';
  }
}

/** The budget is looked at every 65,536 postings: often enough for milliseconds, rarely enough to cost nothing. */
const CHECK_MASK = 0xffff;

/**
 * Working arrays for scoring a shard, all zero between searches. One set serves every shard (grown to
 * the largest): a search is synchronous from its first posting to its last, so no two scoreShard calls
 * ever use them at once. A call made while they are in use (none is today) gets its own.
 */
interface Scratch {
  /** Each document's sum of weights. */
  sums: Float64Array;
  /** Bit q: the query's term q is in the document; 0 for a document not met. */
  hits: Int32Array;
  /** The documents met, in the order they were met (Lunr's order for equal scores). */
  met: Int32Array;
  busy: boolean;
}

let shared: Scratch | null = null;

const scratchFor = (size: number): Scratch => ({
  sums: new Float64Array(size),
  hits: new Int32Array(size),
  met: new Int32Array(size),
  busy: true,
});

function takeScratch(size: number): Scratch {
  if (shared?.busy) return scratchFor(size);
  if (!shared || shared.sums.length < size) shared = scratchFor(size);
  shared.busy = true;
  return shared;
}

/**
 * The `limit` best documents, in Lunr's order, optionally only among `allowed`; `overBudget` is
 * asked every 65,536 postings and ends the search with SearchTooLong when it says so.
 */
export function scoreShard(
  data: ShardData,
  terms: readonly string[],
  limit: number,
  allowed?: (doc: number) => boolean,
  overBudget: () => boolean = () => false,
  weights?: ReadonlyMap<string, number>,
): ShardScores {
  let found = terms.map((t) => ({ term: t, pos: position(data, t) })).filter((t) => t.pos >= 0);
  if (found.length === 0) return { total: 0, top: [] };
  if (found.length > MAX_QUERY_TERMS) {
    const df = (pos: number) => data.postingStart[pos + 1]! - data.postingStart[pos]!;
    const rarest = new Set([...found].sort((a, b) => df(a.pos) - df(b.pos) || a.pos - b.pos).slice(0, MAX_QUERY_TERMS));
    found = found.filter((f) => rarest.has(f));
  }
  const scratch = takeScratch(data.vectorStart.length - 1);
  const { sums, hits, met } = scratch;
  let metCount = 0;
  try {
    // Lunr meets documents in the order of the query's terms (which sets the order of equal scores)
    // and adds a document's weights in the order of term index (which sets the last bits of a sum).
    let visited = 0;
    found.forEach(({ pos }, q) => {
      for (let i = data.postingStart[pos]!; i < data.postingStart[pos + 1]!; i += 1) {
        if ((++visited & CHECK_MASK) === 0 && overBudget()) throw new SearchTooLong();
        const doc = data.postingDocs[i]!;
        if (allowed && !allowed(doc)) continue;
        if (hits[doc] === 0) met[metCount++] = doc;
        hits[doc]! |= 1 << q;
      }
    });
    for (const { term, pos } of [...found].sort((a, b) => data.termIndex[a.pos]! - data.termIndex[b.pos]!)) {
      // A word's variant ("iran" for "iranian") counts for part of a word: 1 unless `weights` says less.
      const weight = weights?.get(term) ?? 1;
      for (let i = data.postingStart[pos]!; i < data.postingStart[pos + 1]!; i += 1) {
        if ((++visited & CHECK_MASK) === 0 && overBudget()) throw new SearchTooLong();
        const doc = data.postingDocs[i]!;
        if (hits[doc] !== 0) sums[doc]! += weight === 1 ? data.postingScores[i]! / 1000 : (weight * data.postingScores[i]!) / 1000;
      }
    }
    const norm = Math.sqrt(found.filter((f) => (weights?.get(f.term) ?? 1) === 1).length || found.length);
    // Only the best `limit` are ranked: a bounded heap, in the order met, instead of sorting every match.
    const best = new TopScores(Math.min(limit, metCount));
    for (let m = 0; m < metCount; m += 1) best.offer(met[m]!, sums[met[m]!]! / norm);
    return {
      total: metCount,
      top: best.ranked().map((r) => ({ ...r, matched: found.filter((_, q) => (hits[r.doc]! >> q) & 1).map((f) => f.term) })),
    };
  } finally {
    for (let m = 0; m < metCount; m += 1) {
      sums[met[m]!] = 0;
      hits[met[m]!] = 0;
    }
    scratch.busy = false;
  }
}
