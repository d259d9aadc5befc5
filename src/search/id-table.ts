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

export function idTable(ids: readonly string[]): IdTable {
  const n = ids.length;
  const buckets = Math.max(1, n);
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
