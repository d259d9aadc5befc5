/**
 * lookup.bin's hash table from article id to number (lookup-file.ts): the numbers of the articles in
 * each bucket, buckets in order. A revision of the lookup (lookup-revision.ts) also finds numbers and
 * checks that ids are unique with it, so the ids are hashed once.
 */

/** The id's bucket: FNV-1a over its UTF-16 code units. */
export function bucketOf(id: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

export interface IdTable {
  buckets: number;
  /** Bucket b's numbers are bucketNumbers[bucketStart[b]] up to bucketNumbers[bucketStart[b + 1]]. */
  bucketStart: Int32Array;
  bucketNumbers: Int32Array;
}

/**
 * The buckets for `articles` articles: a power of two at least as large, so that an update adding a
 * few articles keeps the count and the table is extended (extendedIdTable) rather than made again.
 */
export const bucketsFor = (articles: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, articles)));

export function idTable(ids: readonly string[]): IdTable {
  const n = ids.length;
  const buckets = bucketsFor(n);
  const bucketStart = new Int32Array(buckets + 1);
  const bucket = new Int32Array(n);
  for (let i = 0; i < n; i += 1) bucketStart[(bucket[i] = bucketOf(ids[i]!, buckets)) + 1]! += 1;
  for (let b = 0; b < buckets; b += 1) bucketStart[b + 1]! += bucketStart[b]!;
  const bucketNumbers = new Int32Array(n);
  const fill = bucketStart.slice(0, buckets);
  for (let i = 0; i < n; i += 1) bucketNumbers[fill[bucket[i]!]!++] = i;
  return { buckets, bucketStart, bucketNumbers };
}

/** The number of the last article with this id, as a Map from id to number would give; undefined when none has it. */
export function numberInTable({ buckets, bucketStart, bucketNumbers }: IdTable, ids: readonly string[], id: string): number | undefined {
  const b = bucketOf(id, buckets);
  for (let k = bucketStart[b + 1]! - 1; k >= bucketStart[b]!; k -= 1) if (ids[bucketNumbers[k]!] === id) return bucketNumbers[k];
  return undefined;
}

/** Whether no two articles have the same id. */
export function idsUnique({ buckets, bucketStart, bucketNumbers }: IdTable, ids: readonly string[]): boolean {
  for (let b = 0; b < buckets; b += 1)
    for (let k = bucketStart[b]!; k < bucketStart[b + 1]!; k += 1)
      for (let j = k + 1; j < bucketStart[b + 1]!; j += 1) if (ids[bucketNumbers[k]!] === ids[bucketNumbers[j]!]) return false;
  return true;
}

/**
 * The table of `ids` from `before`, the table of their first `kept` (which have the same numbers and
 * ids as when it was made): the others are put in their buckets, after the numbers there, and the
 * runs between are copied whole. Null when the count of buckets is not that of `ids`, or an id put in
 * is another article's.
 */
export function extendedIdTable(before: IdTable, ids: readonly string[], kept: number): IdTable | null {
  const n = ids.length;
  const { buckets } = before;
  if (buckets !== bucketsFor(n) || before.bucketNumbers.length !== kept || kept > n) return null;
  // The new numbers by bucket, each bucket's in increasing order: bucket · 2²¹ + number, exact below 2⁵³.
  const keys = new Float64Array(n - kept);
  for (let i = kept; i < n; i += 1) keys[i - kept] = bucketOf(ids[i]!, buckets) * 2 ** 21 + i;
  keys.sort();
  const bucketStart = before.bucketStart.slice();
  const bucketNumbers = new Int32Array(n);
  let copied = 0; // of the kept numbers
  let written = 0;
  let shiftedUpTo = 0; // bucketStart[b] for b ≤ this has its insertions counted
  keys.forEach((key, j) => {
    const b = Math.floor(key / 2 ** 21);
    const i = key % 2 ** 21;
    const end = before.bucketStart[b + 1]!;
    bucketNumbers.set(before.bucketNumbers.subarray(copied, end), written);
    written += end - copied;
    copied = end;
    for (let k = bucketStart[b]! + (b > shiftedUpTo ? j : 0); k < written; k += 1) if (ids[bucketNumbers[k]!] === ids[i]) return;
    bucketNumbers[written++] = i;
    for (let c = shiftedUpTo + 1; c <= b; c += 1) bucketStart[c]! += j;
    shiftedUpTo = Math.max(shiftedUpTo, b);
  });
  if (written - copied + kept !== n) return null;
  bucketNumbers.set(before.bucketNumbers.subarray(copied), written);
  for (let c = shiftedUpTo + 1; c <= buckets; c += 1) bucketStart[c]! += n - kept;
  return { buckets, bucketStart, bucketNumbers };
}
