/**
 * MaxScore over one shard: the same best documents, scores and order as walking every posting, from
 * fewer postings. Terms are walked by how much they can add to a sum (their highest posting score,
 * stored in the shard), most first; each document met is scored exactly at once, looking its other
 * terms up in their postings and adding in Lunr's order. Once the terms not yet walked could not,
 * all together, lift a document to the lowest of the best `limit`, no document met later can enter,
 * and the common words' long lists are never walked.
 */
import { CHECK_MASK, SearchTooLong, type ShardSearch } from './score-shard';
import type { TermEntry } from './shard-terms';
import { TopScores } from './top-scores';

/** What a walked posting costs against a looked-up one, roughly: the choice between the two ways. */
const LOOKUP_COST = 3;
const WALK_COST = 3;
/** Leaves room for rounding when a bound is compared with a sum added in another order. */
const ROUNDING = 1e-9;

/** Can a document that adds up to at most `reach` still enter the best, whose entry is `cut`? */
export const enters = (reach: number, norm: number, cut: number) => !((reach / norm) * (1 + ROUNDING) < cut);

/** Where `doc` is in ascending `docs`, searching forward from `from`; -(insertion point) - 1 when absent. */
export function seek(docs: Int32Array, doc: number, from: number): number {
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < docs.length && docs[hi]! < doc) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > docs.length) hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.length && docs[lo] === doc ? lo : -lo - 1;
}

/** The order terms are walked in: most they can add first, then fewest postings; the query's order among equals. */
function walkOrder(bound: Float64Array, entries: readonly TermEntry[]): Int32Array {
  const walk = new Int32Array(bound.length);
  for (let q = 0; q < bound.length; q += 1) {
    let at = q;
    for (; at > 0; at -= 1) {
      const p = walk[at - 1]!;
      if (!((bound[q]! - bound[p]! || entries[p]!.df - entries[q]!.df) > 0)) break;
      walk[at] = p;
    }
    walk[at] = q;
  }
  return walk;
}

/**
 * The best `limit` documents by MaxScore, or null when looking terms up would cost more than walking
 * them all (the caller walks them). Sets `search.metCount` to the documents met: all that match when
 * every term was walked, else at least `limit`. Plain loops over typed arrays: V8 compiles this
 * function once per process, and each array helper or shape it had not met cost a compile again.
 */
export function scorePruned(search: ShardSearch, byIndex: Int32Array, norm: number): TopScores | null {
  const { entries, lists, weights, limit, floor, allowed, overBudget, scratch } = search;
  const m = entries.length;
  if (m < (floor > -Infinity ? 1 : 2) || limit <= 0) return null;
  for (let q = 0; q < m; q += 1) if (!(weights[q]! >= 0)) return null;
  const bound = new Float64Array(m);
  let postings = 0;
  for (let q = 0; q < m; q += 1) {
    const weight = weights[q]!;
    bound[q] = weight === 1 ? entries[q]!.maxScore / 1000 : (weight * entries[q]!.maxScore) / 1000;
    postings += entries[q]!.df;
  }
  const walk = walkOrder(bound, entries);
  const { sums, hits, met } = scratch;
  const best = scratch.best.reset(Math.min(limit, postings));
  // What a document must reach to enter: the floor, or the lowest of the best once `limit` are kept.
  let cut = floor;
  const { cursor, found } = scratch;
  let cost = 0;
  let visited = 0;
  // Read once: an imported binding can be a getter (tsx), and this loop runs once per posting.
  const checkMask = CHECK_MASK;
  for (let j = 0; j < m; j += 1) {
    const q = walk[j]!;
    const { docs, scores } = lists[q]!;
    const weight = weights[q]!;
    // A document met now is in none of the terms walked before: only the later ones can add to it.
    let rest = 0;
    for (let k = j + 1; k < m; k += 1) rest += bound[walk[k]!]!;
    cost += docs.length * (m - 1 - j) * LOOKUP_COST;
    // With a floor from other shards most documents are passed over unscored: the lookups are worth it.
    if (floor === -Infinity && cost > postings * WALK_COST) return null;
    cursor.fill(0, 0, m);
    for (let i = 0; i < docs.length; i += 1) {
      if ((++visited & checkMask) === 0 && overBudget()) throw new SearchTooLong();
      const doc = docs[i]!;
      if (hits[doc] !== 0 || (allowed && !allowed(doc))) continue;
      met[search.metCount++] = doc;
      hits[doc] = 1 << q;
      const own = weight === 1 ? scores[i]! / 1000 : (weight * scores[i]!) / 1000;
      if (!enters(own + rest, norm, cut)) continue;
      let mask = 1 << q;
      let reach = own + rest;
      for (let k = j + 1; k < m && enters(reach, norm, cut); k += 1) {
        const r = walk[k]!;
        const list = lists[r]!;
        const at = seek(list.docs, doc, cursor[r]!);
        cursor[r] = at < 0 ? -at - 1 : at;
        if (at >= 0) {
          const w = weights[r]!;
          found[r] = w === 1 ? list.scores[at]! / 1000 : (w * list.scores[at]!) / 1000;
          mask |= 1 << r;
          reach -= bound[r]! - found[r]!;
        } else reach -= bound[r]!;
      }
      if (!enters(reach, norm, cut)) continue;
      found[q] = own;
      // Lunr adds a document's weights in the order of term index.
      let sum = 0;
      for (let b = 0; b < m; b += 1) {
        const r = byIndex[b]!;
        if ((mask >> r) & 1) sum += found[r]!;
      }
      hits[doc] = mask;
      sums[doc] = sum;
      // Lunr meets a document first in the first query term that holds it, in document order there.
      if (sum / norm >= floor) {
        best.offer(doc, sum / norm, (31 - Math.clz32(mask & -mask)) * 2 ** 31 + doc);
        cut = Math.max(floor, best.threshold());
      }
    }
    if (!enters(rest, norm, cut)) return best;
  }
  return best;
}
