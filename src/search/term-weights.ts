/**
 * How much each of a question's stems tells about a paragraph, for choosing the sentences an excerpt
 * shows: a word in every paragraph ("Xi" in a Xi–Putin archive) tells less than a rare one
 * ("birthday"). BM25's inverse document frequency over the whole archive, as the ranking uses.
 */
import type { Archive } from './archive';
import { documentsWith } from './score-shard';

const cache = new WeakMap<Archive, Map<string, number>>();
/** Typed questions must not grow the memo without end. */
const MEMO_LIMIT = 10_000;

/** The weight of each stem (1 for all until the shards are loaded). */
export function termWeights(archive: Archive, stems: Iterable<string>): Map<string, number> {
  let known = cache.get(archive);
  if (!known) cache.set(archive, (known = new Map()));
  const out = new Map<string, number>();
  const total = archive.shards.reduce((n, shard) => n + shard.store.size, 0);
  for (const stem of stems) {
    let weight = known.get(stem);
    if (weight === undefined) {
      if (total === 0) weight = 1;
      else {
        const df = archive.shards.reduce((n, shard) => n + documentsWith(shard.data, stem).length, 0);
        weight = Math.log(1 + (total - df + 0.5) / (df + 0.5));
        if (known.size >= MEMO_LIMIT) known.clear();
        known.set(stem, weight);
      }
    }
    out.set(stem, weight);
  }
  return out;
}
