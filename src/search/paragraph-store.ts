/**
 * A shard's paragraphs on disk, read one at a time when shown: `NNN.text.bin` holds their UTF-8 text
 * end to end and `NNN.store.bin` three int32 arrays (article number, paragraph number, byte offset of
 * each text). Nothing but those arrays is in memory, so opening is instant and half a million
 * paragraphs cost megabytes, not gigabytes; a read is one pread from the page cache.
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredParagraph } from './saved-form';
import { int32View, int32Bytes } from './int32-file';

export interface ParagraphStore {
  size: number;
  article: Int32Array;
  number: Int32Array;
  /** The text of paragraph `doc` of the shard. */
  text(doc: number): string;
  close(): void;
}

export const storePaths = (name: string) => ({ text: `shards/${name}.text.bin`, store: `shards/${name}.store.bin` });

export function writeParagraphStore(dir: string, name: string, rows: readonly StoredParagraph[]): void {
  const texts = rows.map(([, , t]) => Buffer.from(t, 'utf8'));
  const start = new Int32Array(rows.length + 1);
  texts.forEach((b, i) => (start[i + 1] = start[i]! + b.length));
  const paths = storePaths(name);
  writeFileSync(join(dir, paths.text), Buffer.concat(texts));
  const article = Int32Array.from(rows, ([a]) => a);
  const number = Int32Array.from(rows, ([, p]) => p);
  writeFileSync(join(dir, paths.store), Buffer.concat([int32Bytes(article), int32Bytes(number), int32Bytes(start)]));
}

export function openParagraphStore(dir: string, name: string, size: number): ParagraphStore {
  const paths = storePaths(name);
  const all = int32View(readFileSync(join(dir, paths.store)));
  if (all.length !== 3 * size + 1) throw new Error(`${paths.store} holds ${all.length} numbers, expected ${3 * size + 1}`);
  const article = all.subarray(0, size);
  const number = all.subarray(size, 2 * size);
  const start = all.subarray(2 * size);
  const fd = openSync(join(dir, paths.text), 'r');
  return {
    size,
    article,
    number,
    text(doc) {
      const from = start[doc]!;
      const length = start[doc + 1]! - from;
      const buffer = Buffer.allocUnsafe(length);
      readSync(fd, buffer, 0, length, from);
      return buffer.toString('utf8');
    },
    close: () => closeSync(fd),
  };
}
