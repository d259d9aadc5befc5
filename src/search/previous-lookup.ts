/**
 * What the previous generation's lookup.bin says of the files it was written for, read to revise it
 * (lookup-revision.ts): each article's spans, in the order they lie, and the block sums. A lookup that
 * does not fit those files (their first and last blocks' sums differ, a section out of range) is
 * refused, and the lookup is then made whole.
 */
import { blockSum, SUM_BYTES } from './block-sums';
import { BLOCK, LOOKED_UP, lookupHeader, type LookedUp, type LookupSource } from './lookup-file';
import { INDEX_FILES } from './saved-form';
import type { IdTable } from './id-table';

/** The previous generation's lookup.bin and the three files it was written for. */
export interface PreviousLookup {
  lookup: Buffer;
  articles: Buffer;
  timeline: Buffer;
  archiveFiles: Buffer;
}

/** Each looked-up file's field in PreviousLookup and LookupSource. */
export const FIELD = {
  [INDEX_FILES.articles]: 'articles',
  [INDEX_FILES.timeline]: 'timeline',
  [INDEX_FILES.archiveFiles]: 'archiveFiles',
} as const satisfies Record<LookedUp, keyof PreviousLookup & keyof LookupSource>;

/** The previous lookup's spans (start, end pairs by article number) and block sums. */
export interface Placed {
  articles: number;
  articleSpans: Float64Array;
  datingSpans: Float64Array;
  fileSpans: Float64Array;
  /** The id hash table, of the article ids then. */
  table: IdTable;
  sums: Record<LookedUp, Buffer>;
}

export function placedBefore(previous: PreviousLookup): Placed | null {
  const data = previous.lookup;
  const { articles, buckets, block, sections } = lookupHeader(data);
  if (block !== BLOCK || !Number.isInteger(articles) || articles < 0 || !Number.isInteger(buckets) || buckets < 1 || !sections?.sums)
    return null;
  const spans = (at: number) => {
    if (!(Number.isInteger(at) && at >= 0 && at + 16 * articles <= data.length)) throw new RangeError('span section out of range');
    const out = new Float64Array(2 * articles);
    new Uint8Array(out.buffer).set(data.subarray(at, at + 16 * articles));
    return out;
  };
  const int32s = (at: number, count: number) => {
    if (!(Number.isInteger(at) && at >= 0 && at + 4 * count <= data.length)) throw new RangeError('table section out of range');
    const out = new Int32Array(count);
    new Uint8Array(out.buffer).set(data.subarray(at, at + 4 * count));
    return out;
  };
  const sums = {} as Record<LookedUp, Buffer>;
  for (const f of LOOKED_UP) {
    const bytes = previous[FIELD[f]];
    const [at, length] = [sections.sums[f], Math.ceil(bytes.length / BLOCK) * SUM_BYTES];
    if (!(Number.isInteger(at) && at >= 0 && at + length <= data.length)) return null;
    sums[f] = data.subarray(at, at + length);
    // The files are those the lookup was written for: their first and last blocks agree with its sums.
    const last = Math.ceil(bytes.length / BLOCK) - 1;
    for (const b of last > 0 ? [0, last] : [0])
      if (!sumOf(bytes, b).equals(sums[f].subarray(b * SUM_BYTES, (b + 1) * SUM_BYTES))) return null;
  }
  return {
    articles,
    articleSpans: spans(sections.articleSpans),
    datingSpans: spans(sections.datingSpans),
    fileSpans: spans(sections.fileSpans),
    table: { buckets, bucketStart: int32s(sections.bucketStart, buckets + 1), bucketNumbers: int32s(sections.bucketNumbers, articles) },
    sums,
  };
}

/** The sum of block `b` of `bytes`. */
export const sumOf = (bytes: Buffer, b: number) => blockSum(bytes.subarray(b * BLOCK, (b + 1) * BLOCK));

const NUMBERS = 2 ** 21;

/** The spans that place something (an empty span places nothing) in order, with their article numbers. */
export function inOrder(spans: Float64Array): { spans: Float64Array; numbers: Int32Array } {
  let numbers = new Int32Array(spans.length / 2);
  const out = new Float64Array(spans.length);
  let count = 0;
  let sorted = true;
  let largest = 0;
  for (let i = 0; 2 * i < spans.length; i += 1) {
    const start = spans[2 * i]!;
    const end = spans[2 * i + 1]!;
    if (!(end > start)) continue;
    if (count > 0 && start < out[2 * count - 2]!) sorted = false;
    largest = Math.max(largest, end);
    numbers[count] = i;
    out[2 * count] = start;
    out[2 * count + 1] = end;
    count += 1;
  }
  numbers = numbers.subarray(0, count);
  if (sorted) return { spans: out.subarray(0, 2 * count), numbers };
  // Sorted natively as start · 2²¹ + number (exact below 2⁵³: files under 4 GiB, up to 2 million articles).
  if (spans.length / 2 > NUMBERS || largest >= 2 ** 32) throw new RangeError('too large to sort by key');
  const keys = new Float64Array(count);
  for (let k = 0; k < count; k += 1) keys[k] = out[2 * k]! * NUMBERS + numbers[k]!;
  keys.sort();
  numbers = new Int32Array(count);
  for (let k = 0; k < count; k += 1) {
    const n = (numbers[k] = keys[k]! % NUMBERS);
    out[2 * k] = spans[2 * n]!;
    out[2 * k + 1] = spans[2 * n + 1]!;
  }
  return { spans: out.subarray(0, 2 * count), numbers };
}

/** Whether the spans lie one after another, as an object's members do. */
export function oneAfterAnother(spans: Float64Array): boolean {
  for (let k = 2; k < spans.length; k += 2) if (!(spans[k]! > spans[k - 1]!)) return false;
  return true;
}
