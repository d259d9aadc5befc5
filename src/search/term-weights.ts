/**
 * How much each of a question's stems tells about a paragraph, for choosing the sentences an excerpt
 * shows: a word in every paragraph ("Xi" in a Xi–Putin archive) tells less than a rare one
 * ("birthday"). BM25's inverse document frequency over the whole archive, as the ranking uses.
 */
import type { Archive } from './archive';
import { paragraphCount, paragraphsWith } from './paragraph-counts';

/** The weight of each stem (1 for all until the shards are loaded). */
export function termWeights(archive: Archive, stems: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  const total = paragraphCount(archive);
  for (const stem of stems) {
    if (total === 0) out.set(stem, 1);
    else {
      const df = paragraphsWith(archive, stem);
      out.set(stem, Math.log(1 + (total - df + 0.5) / (df + 0.5)));
    }
  }
  return out;
}
