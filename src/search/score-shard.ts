/**
 * Lunr's score for a query of optional terms, computed straight from the postings. Lunr scores a
 * document as the dot product of the query vector (1 per term found in the index) with the
 * document's BM25 vector, divided by the query vector's length: Σ w(d, t) / √m. Adding the postings'
 * weights term by term gives the same numbers without Lunr's objects per matching document (a test
 * checks them against `lunr.Index#query` on the same shard), which is what makes a question over
 * half a million paragraphs take milliseconds.
 */
import type { ShardData } from './shard-data';

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

/** The `limit` best documents, in Lunr's order, optionally only among `allowed`. */
export function scoreShard(data: ShardData, terms: readonly string[], limit: number, allowed?: (doc: number) => boolean): ShardScores {
  const found = terms.map((t) => ({ term: t, pos: position(data, t) })).filter((t) => t.pos >= 0);
  if (found.length === 0) return { total: 0, top: [] };
  // Lunr meets documents in the order of the query's terms (which sets the order of equal scores)
  // and adds a document's weights in the order of term index (which sets the last bits of a sum).
  const sums = new Map<number, number>();
  const hits = new Map<number, number>(); // bit q: found[q] matched
  found.forEach(({ pos }, q) => {
    for (let i = data.postingStart[pos]!; i < data.postingStart[pos + 1]!; i += 1) {
      const doc = data.postingDocs[i]!;
      if (allowed && !allowed(doc)) continue;
      if (!sums.has(doc)) sums.set(doc, 0);
      if (q < 31) hits.set(doc, (hits.get(doc) ?? 0) | (1 << q));
    }
  });
  for (const { pos } of [...found].sort((a, b) => data.termIndex[a.pos]! - data.termIndex[b.pos]!)) {
    for (let i = data.postingStart[pos]!; i < data.postingStart[pos + 1]!; i += 1) {
      const doc = data.postingDocs[i]!;
      const sum = sums.get(doc);
      if (sum !== undefined) sums.set(doc, sum + data.postingScores[i]! / 1000);
    }
  }
  const norm = Math.sqrt(found.length);
  const ranked = [...sums.entries()].map(([doc, sum]) => ({ doc, score: sum / norm }));
  ranked.sort((a, b) => b.score - a.score);
  return {
    total: ranked.length,
    top: ranked.slice(0, limit).map((r) => ({ ...r, matched: found.filter((_, q) => ((hits.get(r.doc) ?? 0) >> q) & 1).map((f) => f.term) })),
  };
}
