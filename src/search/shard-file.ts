/**
 * A shard's search data on disk, laid out so that a question can read only what it needs:
 *   NNN.terms.bin     the sorted terms, one per line
 *   NNN.postings.bin  int32 little-endian: per sorted term an entry (first posting, end, Lunr term
 *                     index, highest score), then per term its documents followed by their scores
 *   NNN.head.bin      the counts, where each page of PAGE_TERMS terms starts in terms.bin and its first
 *                     term (for a binary search that reads one page), and a short SHA-256 of every
 *                     4 KiB block of terms.bin and postings.bin, checked when a block is first read
 * Read whole (the bot), every file is checked against its SHA-256 and every range and index at once;
 * read by position (shard-positioned.ts), each range and block when it is read. Either way no file,
 * however it came to be, can send a search past its postings.
 */
import { blockSums } from './block-sums';
import type { Generation } from './index-generation';
import { int32Bytes, int32View } from './int32-file';
import { shardFiles, type ShardFileInfo } from './saved-form';
import type { ShardData } from './shard-data';
import type { ShardTerms, TermEntry } from './shard-terms';

export const PAGE_TERMS = 64;
export const BLOCK = 4096;
/** int32s per term entry in postings.bin. */
export const ENTRY = 4;
/** int32s at the start of head.bin: terms, pages, postings, paragraphs, bytes of first terms. */
export const HEAD_COUNTS = 5;

const pad4 = (b: Buffer) => (b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]));

/** The three files of a shard, as bytes. */
export function shardBytes(data: ShardData): { terms: Buffer; postings: Buffer; head: Buffer } {
  const count = data.terms.length;
  const postings = data.postingDocs.length;
  const ints = new Int32Array(ENTRY * count + 2 * postings);
  let at = ENTRY * count;
  for (let t = 0; t < count; t += 1) {
    const from = data.postingStart[t]!;
    const to = data.postingStart[t + 1]!;
    let max = from < to ? data.postingScores[from]! : 0;
    for (let i = from + 1; i < to; i += 1) if (data.postingScores[i]! > max) max = data.postingScores[i]!;
    ints.set([from, to, data.termIndex[t]!, max], ENTRY * t);
    ints.set(data.postingDocs.subarray(from, to), at);
    ints.set(data.postingScores.subarray(from, to), at + to - from);
    at += 2 * (to - from);
  }
  const terms = Buffer.from(data.terms.map((t) => `${t}\n`).join(''), 'utf8');
  const pages = Math.ceil(count / PAGE_TERMS);
  const pageStart = new Int32Array(pages + 1);
  let bytes = 0;
  data.terms.forEach((t, i) => {
    if (i % PAGE_TERMS === 0) pageStart[i / PAGE_TERMS] = bytes;
    bytes += Buffer.byteLength(t, 'utf8') + 1;
  });
  pageStart[pages] = bytes;
  const firsts = Buffer.from(
    data.terms
      .filter((_, i) => i % PAGE_TERMS === 0)
      .map((t) => `${t}\n`)
      .join(''),
    'utf8',
  );
  const postingBytes = int32Bytes(ints);
  const counts = Int32Array.of(count, pages, postings, data.vectorStart.length - 1, firsts.length);
  const head = Buffer.concat([
    int32Bytes(counts),
    int32Bytes(pageStart),
    pad4(firsts),
    blockSums(terms, BLOCK),
    blockSums(postingBytes, BLOCK),
  ]);
  return { terms, postings: Buffer.from(postingBytes), head };
}

export function writeShardData(writer: { write(file: string, bytes: Buffer | string): void }, name: string, data: ShardData): void {
  const paths = shardFiles(name);
  const bytes = shardBytes(data);
  writer.write(paths.terms, bytes.terms);
  writer.write(paths.postings, bytes.postings);
  writer.write(paths.head, bytes.head);
}

/** The lines of terms.bin (or of a page of it). */
export const termLines = (text: string): string[] => (text.length === 0 ? [] : text.slice(0, -1).split('\n'));

/** Terms that are strictly ascending, as the binary search needs. */
export function inOrder(terms: readonly string[]): boolean {
  for (let i = 1; i < terms.length; i += 1) if (!(terms[i - 1]! < terms[i]!)) return false;
  return true;
}

/** A term's entry read from postings.bin, or what makes it unusable. */
export function entryAt(ints: Int32Array, at: number, term: string, pos: number, info: ShardFileInfo): TermEntry | string {
  const from = ints[at]!;
  const to = ints[at + 1]!;
  const termIndex = ints[at + 2]!;
  if (!(from >= 0 && to >= from && to <= info.postings)) return 'holds posting ranges outside its postings';
  if (!(termIndex >= 0 && termIndex < info.terms)) return 'names terms the shard does not have';
  return { term, pos, termIndex, start: from, df: to - from, maxScore: ints[at + 3]! };
}

/** Where term entries' postings start in postings.bin, in int32s. */
export const postingsBase = (info: { terms: number }) => ENTRY * info.terms;

/** A shard's search data read whole, every file checked against the manifest and for its structure. */
export function readShardData(generation: Generation, info: ShardFileInfo): ShardTerms {
  const paths = shardFiles(info.name);
  const termsFile = generation.file(paths.terms);
  const postingsFile = generation.file(paths.postings);
  let text: string;
  let bytes: Buffer;
  try {
    text = termsFile.readAll().toString('utf8');
    bytes = postingsFile.readAll();
  } finally {
    termsFile.close();
    postingsFile.close();
  }
  const terms = termLines(text);
  if (terms.length !== info.terms) throw generation.damaged(paths.terms, `does not hold the ${info.terms} terms the manifest says`);
  if (!inOrder(terms)) throw generation.damaged(paths.terms, 'holds terms out of order');
  const expected = (ENTRY * info.terms + 2 * info.postings) * 4;
  if (bytes.length !== expected) throw generation.damaged(paths.postings, `has ${bytes.length} bytes, expected ${expected}`);
  const ints = int32View(bytes);
  const problem = structureProblem(ints, info);
  if (problem) throw generation.damaged(paths.postings, problem);
  return termsInMemory(terms, ints, info);
}

/** What makes a shard's postings unusable, or null: the search trusts every range and index checked here. */
function structureProblem(ints: Int32Array, info: ShardFileInfo): string | null {
  let end = 0;
  for (let t = 0; t < info.terms; t += 1) {
    if (ints[ENTRY * t] !== end) return 'holds posting ranges outside its postings';
    const entry = entryAt(ints, ENTRY * t, '', t, info);
    if (typeof entry === 'string') return entry;
    end += entry.df;
  }
  if (end !== info.postings) return 'holds posting ranges outside its postings';
  const base = postingsBase(info);
  for (let t = 0; t < info.terms; t += 1) {
    const from = base + 2 * ints[ENTRY * t]!;
    const to = from + ints[ENTRY * t + 1]! - ints[ENTRY * t]!;
    for (let i = from; i < to; i += 1)
      if (!(ints[i]! >= 0 && ints[i]! < info.paragraphs)) return 'names paragraphs the shard does not have';
  }
  return null;
}

/**
 * Terms looked up lately, kept per shard: a question looks its words up in every shard for each of its
 * searches (all paragraphs, the summits' coverage, the summits it names) and for their counts, and
 * a binary search of 100,000 terms strewn over the heap costs microseconds each time.
 */
const LOOKUPS_KEPT = 1024;

/** A shard whose terms and postings are all in memory, already checked. */
export function termsInMemory(terms: readonly string[], ints: Int32Array, info: ShardFileInfo): ShardTerms {
  const base = postingsBase(info);
  const lookUp = (term: string): TermEntry | null => {
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = terms[mid]!;
      if (t === term) return entryAt(ints, ENTRY * mid, term, mid, info) as TermEntry;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  };
  const looked = new Map<string, TermEntry | null>();
  return {
    paragraphs: info.paragraphs,
    entry(term) {
      let found = looked.get(term);
      if (found === undefined) {
        found = lookUp(term);
        if (looked.size >= LOOKUPS_KEPT) looked.clear();
        looked.set(term, found);
      }
      return found;
    },
    postings(entry) {
      const from = base + 2 * entry.start;
      return { docs: ints.subarray(from, from + entry.df), scores: ints.subarray(from + entry.df, from + 2 * entry.df) };
    },
    close: () => undefined,
  };
}

const inMemory = new WeakMap<ShardData, ShardTerms>();

/** A shard just built, read through its saved form (tests, and callers holding ShardData). */
export function shardTermsOf(data: ShardData): ShardTerms {
  let terms = inMemory.get(data);
  if (!terms) {
    const info = { name: '', terms: data.terms.length, postings: data.postingDocs.length, paragraphs: data.vectorStart.length - 1 };
    terms = termsInMemory(data.terms, int32View(shardBytes(data).postings), info);
    inMemory.set(data, terms);
  }
  return terms;
}
