/**
 * A term's postings among a few of a shard's paragraphs (a summit's coverage is a few hundred of its
 * forty thousand): each of the shorter list's documents is looked up in the longer, so a search kept
 * to some articles costs what those articles hold, not every posting of its words in the shard.
 */
import { seek } from './score-pruned';
import type { TermPostings } from './shard-terms';

/** `list`'s documents that are in `among` (ascending), with their scores, in document order. */
export function postingsAmong(list: TermPostings, among: Int32Array): TermPostings {
  const { docs, scores } = list;
  // Called once per document below: an imported binding can be a getter (tsx).
  const find = seek;
  const found = new Int32Array(2 * Math.min(docs.length, among.length));
  const half = found.length / 2;
  let n = 0;
  const keep = (i: number) => {
    found[n] = docs[i]!;
    found[half + n] = scores[i]!;
    n += 1;
  };
  if (among.length <= docs.length) {
    for (let a = 0, from = 0; a < among.length && from < docs.length; a += 1) {
      const at = find(docs, among[a]!, from);
      if (at >= 0) keep(at);
      from = at >= 0 ? at + 1 : -at - 1;
    }
  } else {
    for (let i = 0, from = 0; i < docs.length && from < among.length; i += 1) {
      const at = find(among, docs[i]!, from);
      if (at >= 0) keep(i);
      from = at >= 0 ? at + 1 : -at - 1;
    }
  }
  return { docs: found.subarray(0, n), scores: found.subarray(half, half + n) };
}
