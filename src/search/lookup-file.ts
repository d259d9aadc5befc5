/**
 * lookup.bin: where each article's records lie in the generation's JSON files, so that a one-shot
 * command reads and parses the few articles its answer cites instead of files that grow with the
 * archive (articles.json is 100 MB at eight times the bench archive). For article n it holds the byte
 * span of its entry in articles.json, of its dating in timeline.json (empty for an article the
 * timeline leaves out as unreported) and of its file's entry in files.json; the span of the timeline's events; a hash table from article id to number; and a short
 * SHA-256 of every 4 KiB block of the three JSON files, each block checked when first read, so no
 * record is shown from bytes the build did not write. The bot reads those files whole instead.
 *
 * Layout: a uint32 (little-endian) length, a JSON header of that length naming each section's byte
 * offset, then the sections (float64 spans, int32 tables, 8-byte block sums).
 */
import { ArchiveError } from './archive-error';
import { blockSum, blockSums, SUM_BYTES } from './block-sums';
import type { ArticleDating, SummitEvent, Timeline } from '../events/types';
import { unreported } from '../events/unreported';
import type { FileHashes } from './fingerprint';
import type { Generation, OpenFile } from './index-generation';
import type { IndexWriter } from './index-writer';
import { jsonMembers, memberKey, memberNamed, memberStartNamed, type JsonMember } from './json-members';
import { INDEX_FILES, type StoredArticle } from './saved-form';
import { bucketOf, idTable, type IdTable } from './id-table';

export const BLOCK = 4_096;

/** The JSON files whose records the lookup places. */
export const LOOKED_UP = [INDEX_FILES.articles, INDEX_FILES.timeline, INDEX_FILES.archiveFiles] as const;
export type LookedUp = (typeof LOOKED_UP)[number];

export interface LookupHeader {
  articles: number;
  buckets: number;
  /** The bytes of the blocks the sums are of. */
  block: number;
  /** Byte offset of the timeline's events array in timeline.json, and its end. */
  events: [number, number];
  /** Byte offset of each section in lookup.bin. */
  sections: {
    articleSpans: number;
    datingSpans: number;
    fileSpans: number;
    bucketStart: number;
    bucketNumbers: number;
    sums: Record<LookedUp, number>;
  };
}

/** The bytes the three JSON files were written with, and what they hold. */
export interface LookupSource {
  ids: readonly string[];
  articles: Buffer;
  timeline: Buffer;
  archiveFiles: Buffer;
  /** The timeline's datings (their article ids place them). */
  datings: readonly Pick<ArticleDating, 'articleId'>[];
}

/** Writes lookup.bin for the generation's articles.json, timeline.json and files.json. */
export function writeLookup(writer: IndexWriter, source: LookupSource): void {
  writer.write(INDEX_FILES.lookup, lookupBytes(source));
}

export function lookupBytes({ ids, articles, timeline, archiveFiles, datings }: LookupSource): Buffer {
  const n = ids.length;
  const articleSpans = new Float64Array(2 * n);
  // Each article's archive file, read from its entry alone.
  const byFile = new Map<string, number>();
  jsonMembers(articles).forEach((m, i) => {
    place(articleSpans, i, m);
    const file = memberNamed(articles, m.start, 'file');
    if (file) byFile.set(JSON.parse(articles.toString('utf8', file.start, file.end)) as string, i);
  });

  const datingSpans = new Float64Array(2 * n);
  const events = memberNamed(timeline, 0, 'events');
  const datingsAt = memberStartNamed(timeline, 0, 'datings');
  if (!events || !datingsAt) throw new Error('timeline.json has no events or datings');
  const numberOf = new Map(ids.map((id, i) => [id, i]));
  jsonMembers(timeline, datingsAt.start).forEach((m, i) => {
    const at = numberOf.get(datings[i]!.articleId);
    if (at !== undefined) place(datingSpans, at, m);
  });

  const fileSpans = new Float64Array(2 * n);
  for (const m of jsonMembers(archiveFiles)) {
    const at = byFile.get(memberKey(archiveFiles, m));
    if (at !== undefined) place(fileSpans, at, m);
  }

  return lookupFileBytes({
    ids,
    articleSpans,
    datingSpans,
    fileSpans,
    events: [events.start, events.end],
    sums: {
      [INDEX_FILES.articles]: blockSums(articles, BLOCK),
      [INDEX_FILES.timeline]: blockSums(timeline, BLOCK),
      [INDEX_FILES.archiveFiles]: blockSums(archiveFiles, BLOCK),
    },
  });
}

/** What lookup.bin holds, worked out: each article's spans (start, end pairs), the events' span and the block sums. */
export interface LookupParts {
  ids: readonly string[];
  /** The ids' hash table, when already made. */
  table?: IdTable;
  articleSpans: Float64Array;
  datingSpans: Float64Array;
  fileSpans: Float64Array;
  events: [number, number];
  sums: Record<LookedUp, Buffer>;
}

/** lookup.bin's bytes for its parts: the id hash table is made here, the sections laid out after the header. */
export function lookupFileBytes({ ids, table, articleSpans, datingSpans, fileSpans, events, sums }: LookupParts): Buffer {
  const n = ids.length;
  const { buckets, bucketStart, bucketNumbers } = table ?? idTable(ids);

  const sections: Buffer[] = [
    Buffer.from(articleSpans.buffer, articleSpans.byteOffset, articleSpans.byteLength),
    Buffer.from(datingSpans.buffer, datingSpans.byteOffset, datingSpans.byteLength),
    Buffer.from(fileSpans.buffer, fileSpans.byteOffset, fileSpans.byteLength),
    Buffer.from(bucketStart.buffer),
    Buffer.from(bucketNumbers.buffer),
    ...LOOKED_UP.map((f) => sums[f]),
  ];
  // The header's length does not depend on the offsets' digits: it is written with a fixed-width placeholder first.
  const headerOf = (offsets: number[]): LookupHeader => ({
    articles: n,
    buckets,
    block: BLOCK,
    events,
    sections: {
      articleSpans: offsets[0]!,
      datingSpans: offsets[1]!,
      fileSpans: offsets[2]!,
      bucketStart: offsets[3]!,
      bucketNumbers: offsets[4]!,
      sums: Object.fromEntries(LOOKED_UP.map((f, i) => [f, offsets[5 + i]!])) as Record<LookedUp, number>,
    },
  });
  const layout = (headerBytes: number) => {
    const offsets: number[] = [];
    let at = align8(4 + headerBytes);
    for (const s of sections) {
      offsets.push(at);
      at = align8(at + s.length);
    }
    return { offsets, size: at };
  };
  let header = Buffer.from(JSON.stringify(headerOf(layout(0).offsets)));
  // Offsets grow with the header; two rounds settle them (a third never changes the length again).
  for (let round = 0; round < 3; round += 1) header = Buffer.from(JSON.stringify(headerOf(layout(header.length).offsets)));
  const { offsets, size } = layout(header.length);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  sections.forEach((s, i) => s.copy(out, offsets[i]!));
  return out;
}

/** lookup.bin's header, from its bytes or read by position; throws when it cannot be read. */
export function lookupHeader(data: Buffer | Pick<OpenFile, 'read'>): LookupHeader {
  const read = (at: number, length: number) => (Buffer.isBuffer(data) ? data.subarray(at, at + length) : data.read(at, length));
  return JSON.parse(read(4, read(0, 4).readUInt32LE(0)).toString('utf8')) as LookupHeader;
}

const align8 = (at: number) => Math.ceil(at / 8) * 8;

function place(spans: Float64Array, i: number, m: JsonMember): void {
  spans[2 * i] = m.start;
  spans[2 * i + 1] = m.end;
}

/** A file's record in files.json, with its name. */
export interface RecordedFile {
  file: string;
  hash: string;
  size: number;
}

export interface Lookup {
  /** Article n's entry in articles.json. */
  article(n: number): StoredArticle | undefined;
  /** Article n's dating in timeline.json. */
  dating(n: number): ArticleDating | undefined;
  /** The recorded hash and size of article n's archive file. */
  recordedFile(n: number): RecordedFile | undefined;
  /** The number of the article with this id. */
  numberOf(id: string): number | undefined;
  /** The timeline's summits. */
  events(): SummitEvent[];
}

/** Reads records through lookup.bin; `file(path)` gives the generation's open JSON files. */
export function openLookup(generation: Generation, file: (path: LookedUp) => OpenFile): Lookup {
  const path = INDEX_FILES.lookup;
  // Checked whole, then read by position: a one-shot question needs a few hundred of its records, and
  // at 8× the bench archive it is 10 MB, most of whose cost was the fresh memory it was read into.
  const lookupFile = generation.shared(path);
  lookupFile.checkWhole();
  const damaged = (what: string) => generation.damaged(path, what);
  let header: LookupHeader;
  try {
    header = lookupHeader(lookupFile);
  } catch (e) {
    throw e instanceof ArchiveError ? e : damaged(`cannot be read (${(e as Error).message})`);
  }
  const { articles: count, buckets, block, sections } = header;
  if (!(Number.isInteger(block) && block > 0)) throw damaged(`names no block size`);
  if (count !== generation.manifest.articles) throw damaged(`places ${count} articles, the manifest says ${generation.manifest.articles}`);
  const span = (section: number, i: number): [number, number] => {
    const bytes = lookupFile.read(section + 16 * i, 16);
    return [bytes.readDoubleLE(0), bytes.readDoubleLE(8)];
  };
  const int32At = (at: number) => lookupFile.read(at, 4).readInt32LE(0);
  const checked = new Map<LookedUp, Uint8Array>();

  /**
   * The bytes [start, end) of a JSON file, every block they touch checked against its sum first: blocks
   * not checked yet are read with the record, in one read, and their sums in another.
   */
  function read(name: LookedUp, [start, end]: [number, number]): Buffer {
    const f = file(name);
    let seen = checked.get(name);
    if (!seen) checked.set(name, (seen = new Uint8Array(Math.ceil(f.size / block))));
    // A span outside the file is refused by the read itself.
    if (!(start >= 0 && end <= f.size)) return f.read(start, end - start);
    const first = Math.floor(start / block);
    const last = Math.max(first, Math.ceil(end / block) - 1);
    let b = first;
    while (b <= last && seen[b]) b += 1;
    if (b > last) return f.read(start, end - start);
    const from = first * block;
    const bytes = f.read(from, Math.min((last + 1) * block, f.size) - from);
    const sums = lookupFile.read(sections.sums[name] + first * SUM_BYTES, (last - first + 1) * SUM_BYTES);
    for (; b <= last; b += 1) {
      if (seen[b]) continue;
      const piece = bytes.subarray((b - first) * block, (b - first + 1) * block);
      if (!blockSum(piece).equals(sums.subarray((b - first) * SUM_BYTES, (b - first + 1) * SUM_BYTES)))
        throw generation.damaged(name, `does not match its checksum at bytes ${b * block}–${b * block + piece.length}`);
      seen[b] = 1;
    }
    return bytes.subarray(start - from, end - from);
  }
  function parse<T>(name: LookedUp, at: [number, number]): T | undefined {
    if (at[1] <= at[0]) return undefined;
    const bytes = read(name, at);
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch (e) {
      throw generation.damaged(name, `cannot be read at bytes ${at[0]}–${at[1]} (${(e as Error).message})`);
    }
  }
  const known = (n: number) => Number.isInteger(n) && n >= 0 && n < count;
  const articles = new Map<number, StoredArticle | undefined>();
  const article = (n: number) => {
    if (!known(n)) return undefined;
    if (!articles.has(n)) articles.set(n, parse<StoredArticle>(INDEX_FILES.articles, span(sections.articleSpans, n)));
    return articles.get(n);
  };
  return {
    article,
    dating(n) {
      const id = article(n)?.id;
      return id === undefined ? undefined : (parse<ArticleDating>(INDEX_FILES.timeline, span(sections.datingSpans, n)) ?? unreported(id));
    },
    recordedFile(n) {
      const a = article(n);
      if (!a) return undefined;
      const recorded = parse<FileHashes[string]>(INDEX_FILES.archiveFiles, span(sections.fileSpans, n));
      return recorded && { file: a.file, hash: recorded.hash, size: recorded.size };
    },
    numberOf(id) {
      const b = bucketOf(id, buckets);
      const from = int32At(sections.bucketStart + 4 * b);
      const to = int32At(sections.bucketStart + 4 * (b + 1));
      for (let i = from; i < to; i += 1) {
        const n = int32At(sections.bucketNumbers + 4 * i);
        if (article(n)?.id === id) return n;
      }
      return undefined;
    },
    events: () => parse<Timeline['events']>(INDEX_FILES.timeline, header.events) ?? [],
  };
}
