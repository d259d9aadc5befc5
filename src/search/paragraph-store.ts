/**
 * A shard's paragraphs on disk, read one at a time when shown: `NNN.text.bin` holds their UTF-8 text
 * end to end, `NNN.store.bin` int32s (the runs of each article's paragraphs — article number, first
 * paragraph of the shard, its paragraph number in the article — then the byte offset of each text)
 * and `NNN.text.sums` a short SHA-256 of every 64 KiB block of the text. An article's paragraphs are
 * next to each other in a shard, so a run per article says each paragraph's article and number in a
 * few kilobytes (a one-shot question reads every shard's). Only the arrays are in memory, so opening
 * is instant and half a million paragraphs cost megabytes; a read is one pread, and the first read of
 * a block checks it against its sum, so no excerpt is ever shown from bytes the build did not write.
 */
import { blockSum, blockSums, SUM_BYTES } from './block-sums';
import type { Generation } from './index-generation';
import type { IndexWriter } from './index-writer';
import { int32Bytes, int32View } from './int32-file';
import { ReusedBuffer } from './reused-buffer';
import { shardFiles, type ShardFileInfo, type StoredParagraph } from './saved-form';

export interface ParagraphStore {
  size: number;
  /** Each paragraph's article number and paragraph number, expanded from the runs when first asked for. */
  article: Int32Array;
  number: Int32Array;
  /** The runs of articles' paragraphs: (article, first paragraph of the shard, its number in the article) triples, ascending. */
  runs: Int32Array;
  /** Paragraph `doc`'s article and number, from the runs (no array expanded). */
  articleAt(doc: number): number;
  numberAt(doc: number): number;
  /** The text of paragraph `doc` of the shard; throws ArchiveError when the file is damaged. */
  text(doc: number): string;
  close(): void;
}

const BLOCK = 65_536;

/** What a store read on demand is checked in (reused-buffer.ts). */
const lentStores = new ReusedBuffer();

export function writeParagraphStore(writer: IndexWriter, name: string, rows: readonly StoredParagraph[]): void {
  const start = new Int32Array(rows.length + 1);
  rows.forEach(([, , t], i) => (start[i + 1] = start[i]! + Buffer.byteLength(t, 'utf8')));
  // Encoded in place: a Buffer per paragraph, then their concatenation, cost a build more.
  const text = Buffer.allocUnsafe(start[rows.length]!);
  rows.forEach(([, , t], i) => text.write(t, start[i]!, 'utf8'));
  const sums = blockSums(text, BLOCK);
  const paths = shardFiles(name);
  writer.write(paths.text, text);
  writer.write(paths.sums, sums);
  const runs: number[] = [];
  rows.forEach(([article, number], doc) => {
    const last = runs.length - 3;
    const continues = last >= 0 && runs[last] === article && runs[last + 2]! + (doc - runs[last + 1]!) === number;
    if (!continues) runs.push(article, doc, number);
  });
  writer.write(paths.store, Buffer.concat([int32Bytes(Int32Array.from([runs.length / 3, ...runs])), int32Bytes(start)]));
}

/** Each paragraph's article and number, from the runs (article, first paragraph, its number) of `size` paragraphs. */
function expandRuns(runs: Int32Array, size: number): { article: Int32Array; number: Int32Array } {
  const article = new Int32Array(size);
  const number = new Int32Array(size);
  for (let r = 0; r < runs.length; r += 3) {
    const end = r + 3 < runs.length ? runs[r + 4]! : size;
    article.fill(runs[r]!, runs[r + 1]!, end);
    for (let doc = runs[r + 1]!, p = runs[r + 2]!; doc < end; doc += 1, p += 1) number[doc] = p;
  }
  return { article, number };
}

// The checks below are plain functions, not loops inside the closure made per store: V8 optimizes
// them once for every store (at 8× a question threw the closure's fast code away 53 times).

const misplacedText = (doc: number) => `holds a paragraph that does not fit the index (number ${doc})`;

/** The first paragraph whose text ends before it starts, or -1. */
function textGoingBack(start: Int32Array, size: number): number {
  for (let i = 0; i < size; i += 1) if (start[i + 1]! < start[i]!) return i;
  return -1;
}

/** The first run that places paragraphs outside the shard, out of order, or in no article of the index; -1 when none does. */
function runOutside(runs: Int32Array, size: number, articles: number): number {
  for (let r = 0; r < runs.length; r += 3) {
    const first = runs[r + 1]!;
    const fits = (r === 0 ? first === 0 : first > runs[r - 2]!) && first < size;
    if (!fits || runs[r]! < 0 || runs[r]! >= articles || runs[r + 2]! < 0) return r / 3;
  }
  return -1;
}

/**
 * Opens a shard's paragraphs; `onDemand`: the arrays are read (and checked) when first used, so a
 * one-shot question never reads the stores of shards that give it no hit, and a paragraph's text is
 * checked to start before it ends when it is read, not every paragraph's at once (a one-shot question
 * reads a few texts of each of a hundred stores).
 */
export function openParagraphStore(generation: Generation, info: ShardFileInfo, articles: number, onDemand = false): ParagraphStore {
  const paths = shardFiles(info.name);
  const size = info.paragraphs;
  const storeFile = generation.file(paths.store);
  const sumsFile = generation.file(paths.sums);
  const text = generation.file(paths.text);
  let arrays: { runs: Int32Array; start: (doc: number) => [number, number]; sums: Buffer; checked: Uint8Array } | null = null;
  const load = () => (arrays ??= readArrays());
  if (!onDemand) load();
  let expanded: { article: Int32Array; number: Int32Array } | null = null;
  const expand = () => (expanded ??= expandRuns(load().runs, size));
  /** The run that holds paragraph `doc` (the index of its triple). */
  const runOf = (doc: number): number => {
    const { runs } = load();
    let lo = 0;
    let hi = runs.length / 3 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[3 * mid + 1]! <= doc) lo = mid;
      else hi = mid - 1;
    }
    return 3 * lo;
  };

  function readArrays() {
    let all: Int32Array;
    let sums: Buffer;
    try {
      // On demand (a one-shot question reads every shard's runs), the file is checked in a lent buffer
      // and only the runs kept; a text's offsets are read by position from the file it was checked in.
      all = int32View(storeFile.readAll(onDemand ? lentStores : undefined));
      sums = sumsFile.readAll();
    } catch (e) {
      storeFile.close();
      text.close();
      throw e;
    } finally {
      if (!onDemand) storeFile.close();
      sumsFile.close();
    }
    const fail = (file: string, what: string) => {
      storeFile.close();
      text.close();
      return generation.damaged(file, what);
    };
    const count = all[0] ?? -1;
    if (count < 0 || all.length !== 1 + 3 * count + size + 1)
      throw fail(paths.store, `holds ${all.length} numbers, which do not fit ${size} paragraphs`);
    const runs = onDemand ? all.slice(1, 1 + 3 * count) : all.subarray(1, 1 + 3 * count);
    const starts = all.subarray(1 + 3 * count);
    if (starts[0] !== 0 || starts[size] !== text.size) throw fail(paths.store, `places texts outside ${paths.text} (${text.size} bytes)`);
    const backwards = onDemand ? -1 : textGoingBack(starts, size);
    if (backwards >= 0) throw fail(paths.store, misplacedText(backwards));
    const misplaced = runOutside(runs, size, articles);
    if (misplaced >= 0) throw fail(paths.store, `holds a paragraph that does not fit the index (run ${misplaced})`);
    if (size > 0 && count === 0) throw fail(paths.store, `places none of its ${size} paragraphs`);
    if (sums.length !== Math.ceil(text.size / BLOCK) * SUM_BYTES)
      throw fail(paths.sums, `has ${sums.length} bytes for ${text.size} bytes of text`);
    const startsAt = 4 * (1 + 3 * count);
    const start = onDemand
      ? (doc: number): [number, number] => {
          const pair = int32View(storeFile.read(startsAt + 4 * doc, 8));
          return [pair[0]!, pair[1]!];
        }
      : (doc: number): [number, number] => [starts[doc]!, starts[doc + 1]!];
    return { runs, start, sums, checked: new Uint8Array(sums.length / SUM_BYTES) };
  }

  return {
    size,
    get article() {
      return expand().article;
    },
    get number() {
      return expand().number;
    },
    get runs() {
      return load().runs;
    },
    articleAt(doc) {
      return expanded ? expanded.article[doc]! : load().runs[runOf(doc)]!;
    },
    numberAt(doc) {
      if (expanded) return expanded.number[doc]!;
      const r = runOf(doc);
      const { runs } = load();
      return runs[r + 2]! + (doc - runs[r + 1]!);
    },
    text(doc) {
      if (!(Number.isInteger(doc) && doc >= 0 && doc < size)) throw generation.damaged(paths.store, `has no paragraph ${doc}`);
      const [from, to] = load().start(doc);
      if (to < from) throw generation.damaged(paths.store, misplacedText(doc));
      checkBlocks(from, to);
      return text.read(from, to - from).toString('utf8');
    },
    close: () => {
      storeFile.close();
      sumsFile.close();
      text.close();
    },
  };

  /** Checks, once each, the blocks that hold bytes `from`…`to` of the text. */
  function checkBlocks(from: number, to: number): void {
    const { sums, checked } = load();
    for (let b = Math.floor(from / BLOCK); b * BLOCK < Math.max(to, from + 1) && b < checked.length; b += 1) {
      if (checked[b]) continue;
      const offset = b * BLOCK;
      const bytes = text.read(offset, Math.min(BLOCK, text.size - offset));
      if (!blockSum(bytes).equals(sums.subarray(b * SUM_BYTES, (b + 1) * SUM_BYTES)))
        throw generation.damaged(paths.text, `does not match its checksum at bytes ${offset}–${offset + bytes.length}`);
      checked[b] = 1;
    }
  }
}
