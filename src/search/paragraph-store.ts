/**
 * A shard's paragraphs on disk, read one at a time when shown: `NNN.text.bin` holds their UTF-8 text
 * end to end, `NNN.store.bin` three int32 arrays (article number, paragraph number, byte offset of
 * each text) and `NNN.text.sums` a short SHA-256 of every 64 KiB block of the text. Only the arrays
 * are in memory, so opening is instant and half a million paragraphs cost megabytes; a read is one
 * pread, and the first read of a block checks it against its sum, so no excerpt is ever shown from
 * bytes the build did not write.
 */
import { createHash } from 'node:crypto';
import type { Generation } from './index-generation';
import type { IndexWriter } from './index-writer';
import { int32Bytes, int32View } from './int32-file';
import { shardFiles, type ShardFileInfo, type StoredParagraph } from './saved-form';

export interface ParagraphStore {
  size: number;
  article: Int32Array;
  number: Int32Array;
  /** The text of paragraph `doc` of the shard; throws ArchiveError when the file is damaged. */
  text(doc: number): string;
  close(): void;
}

const BLOCK = 65_536;
const SUM_BYTES = 8;

function blockSum(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest().subarray(0, SUM_BYTES);
}

export function writeParagraphStore(writer: IndexWriter, name: string, rows: readonly StoredParagraph[]): void {
  const texts = rows.map(([, , t]) => Buffer.from(t, 'utf8'));
  const start = new Int32Array(rows.length + 1);
  texts.forEach((b, i) => (start[i + 1] = start[i]! + b.length));
  const text = Buffer.concat(texts);
  const sums: Buffer[] = [];
  for (let at = 0; at < text.length; at += BLOCK) sums.push(blockSum(text.subarray(at, at + BLOCK)));
  const paths = shardFiles(name);
  writer.write(paths.text, text);
  writer.write(paths.sums, Buffer.concat(sums));
  const article = Int32Array.from(rows, ([a]) => a);
  const number = Int32Array.from(rows, ([, p]) => p);
  writer.write(paths.store, Buffer.concat([int32Bytes(article), int32Bytes(number), int32Bytes(start)]));
}

/**
 * Opens a shard's paragraphs; `onDemand`: the arrays are read (and checked) when first used, so a
 * one-shot question never reads the stores of shards that give it no hit.
 */
export function openParagraphStore(generation: Generation, info: ShardFileInfo, articles: number, onDemand = false): ParagraphStore {
  const paths = shardFiles(info.name);
  const size = info.paragraphs;
  const storeFile = generation.file(paths.store);
  const sumsFile = generation.file(paths.sums);
  const text = generation.file(paths.text);
  let arrays: { article: Int32Array; number: Int32Array; start: Int32Array; sums: Buffer; checked: Uint8Array } | null = null;
  const load = () => (arrays ??= readArrays());
  if (!onDemand) load();

  function readArrays() {
    let all: Int32Array;
    let sums: Buffer;
    try {
      all = int32View(storeFile.readAll());
      sums = sumsFile.readAll();
    } catch (e) {
      text.close();
      throw e;
    } finally {
      storeFile.close();
      sumsFile.close();
    }
    const fail = (file: string, what: string) => {
      text.close();
      return generation.damaged(file, what);
    };
    if (all.length !== 3 * size + 1) throw fail(paths.store, `holds ${all.length} numbers, expected ${3 * size + 1}`);
    const article = all.subarray(0, size);
    const number = all.subarray(size, 2 * size);
    const start = all.subarray(2 * size);
    if (start[0] !== 0 || start[size] !== text.size) throw fail(paths.store, `places texts outside ${paths.text} (${text.size} bytes)`);
    for (let i = 0; i < size; i += 1) {
      if (start[i + 1]! < start[i]! || article[i]! < 0 || article[i]! >= articles || number[i]! < 0)
        throw fail(paths.store, `holds a paragraph that does not fit the index (number ${i})`);
    }
    if (sums.length !== Math.ceil(text.size / BLOCK) * SUM_BYTES)
      throw fail(paths.sums, `has ${sums.length} bytes for ${text.size} bytes of text`);
    return { article, number, start, sums, checked: new Uint8Array(sums.length / SUM_BYTES) };
  }

  return {
    size,
    get article() {
      return load().article;
    },
    get number() {
      return load().number;
    },
    text(doc) {
      if (!(Number.isInteger(doc) && doc >= 0 && doc < size)) throw generation.damaged(paths.store, `has no paragraph ${doc}`);
      const { start } = load();
      const from = start[doc]!;
      const to = start[doc + 1]!;
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
