/**
 * A shard's scores the plain way, for tests of src/search/score-shard.ts: every matching document
 * scored from its own vector and every one of them sorted. Written from the definition (Lunr's
 * `Index#query` for weight 1: Σ w(d, t) in term-index order, over √m, ties in the order Lunr meets
 * the documents), not from the fast code, so the two can be compared on weighted terms too, where
 * `lunr.Index#query` has no equivalent.
 */
import type { ShardData } from '../../src/search/shard-data';

export interface ReferenceHit {
  doc: number;
  score: number;
  matched: string[];
}

const positions = new WeakMap<ShardData, Map<string, number>>();

export function referenceScores(data: ShardData, terms: readonly string[], weights?: ReadonlyMap<string, number>): ReferenceHit[] {
  let position = positions.get(data);
  if (!position) positions.set(data, (position = new Map(data.terms.map((t, i) => [t, i]))));
  const positionOf = position;
  const found = terms.filter((t) => positionOf.has(t));
  const termIndexOf = (t: string) => data.termIndex[positionOf.get(t)!]!;
  // Lunr meets documents term by term, in the query's order, each term's postings by document.
  const met: number[] = [];
  const seen = new Set<number>();
  for (const t of found) {
    const pos = positionOf.get(t)!;
    for (let i = data.postingStart[pos]!; i < data.postingStart[pos + 1]!; i += 1) {
      const doc = data.postingDocs[i]!;
      if (!seen.has(doc)) met.push(doc);
      seen.add(doc);
    }
  }
  const byTermIndex = [...found].sort((a, b) => termIndexOf(a) - termIndexOf(b));
  const norm = Math.sqrt(found.filter((t) => (weights?.get(t) ?? 1) === 1).length || found.length);
  const scored = met.map((doc) => {
    let sum = 0;
    const matched: string[] = [];
    for (const t of byTermIndex) {
      const ti = termIndexOf(t);
      for (let v = data.vectorStart[doc]!; v < data.vectorStart[doc + 1]!; v += 1) {
        if (data.vectorTerms[v] !== ti) continue;
        const w = weights?.get(t) ?? 1;
        sum += w === 1 ? data.vectorScores[v]! / 1000 : (w * data.vectorScores[v]!) / 1000;
        matched.push(t);
      }
    }
    return { doc, score: sum / norm, matched: found.filter((t) => matched.includes(t)) };
  });
  // Array#sort is stable: equal scores keep the order met.
  return scored.sort((a, b) => b.score - a.score);
}
