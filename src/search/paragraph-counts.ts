/**
 * How many paragraphs of an archive hold a term, counted over every shard once per archive and then
 * kept: each question asks it of its terms, their variants and the words of its answer's form, and
 * counting walks every shard, so at eight times the archive it cost eight times as much per question.
 */
import type { Archive } from './archive';
import { documentCount } from './score-shard';

interface Counts {
  /** The shards counted: a staged archive's grow until it is searchable. */
  shards: number;
  paragraphs: number;
  holding: Map<string, number>;
}

const counted = new WeakMap<Archive, Counts>();
/** Typed questions must not grow the memo without end. */
const MEMO_LIMIT = 50_000;

function countsOf(archive: Archive): Counts {
  let counts = counted.get(archive);
  if (!counts || counts.shards !== archive.shards.length) {
    const paragraphs = archive.shards.reduce((n, shard) => n + shard.store.size, 0);
    counts = { shards: archive.shards.length, paragraphs, holding: new Map() };
    counted.set(archive, counts);
  }
  return counts;
}

/** The paragraphs of the archive's loaded shards. */
export function paragraphCount(archive: Archive): number {
  return countsOf(archive).paragraphs;
}

/** The paragraphs of the archive's loaded shards that hold `term`. */
export function paragraphsWith(archive: Archive, term: string): number {
  const { holding } = countsOf(archive);
  let n = holding.get(term);
  if (n === undefined) {
    n = 0;
    for (const shard of archive.shards) n += documentCount(shard.data, term);
    if (holding.size >= MEMO_LIMIT) holding.clear();
    holding.set(term, n);
  }
  return n;
}
