/**
 * A shard on disk: `NNN.terms.json` (the sorted terms) and `NNN.postings.bin` (the integer arrays of
 * ShardData, little-endian int32, in a fixed order), read back without parsing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import type { ShardData } from './shard-data';

const LITTLE_ENDIAN = endianness() === 'LE';

/** The bytes as int32s: a view when aligned on a little-endian machine, else one copy. */
function int32View(bytes: Buffer): Int32Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const all = new Int32Array(bytes.length / 4);
  for (let i = 0; i < all.length; i += 1) all[i] = bytes.readInt32LE(i * 4);
  return all;
}

const ARRAYS = ['termIndex', 'postingStart', 'postingDocs', 'postingScores', 'vectorStart', 'vectorTerms', 'vectorScores'] as const;

export interface ShardFileInfo {
  name: string;
  paragraphs: number;
  terms: number;
  postings: number;
}

export const shardPaths = (name: string) => ({
  terms: `shards/${name}.terms.json`,
  postings: `shards/${name}.postings.bin`,
  paragraphs: `shards/${name}.paragraphs.json`,
});

export function writeShardData(dir: string, name: string, data: ShardData): void {
  const paths = shardPaths(name);
  writeFileSync(join(dir, paths.terms), JSON.stringify(data.terms));
  const buffers = ARRAYS.map((key) => {
    const a = data[key];
    if (LITTLE_ENDIAN) return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const b = Buffer.alloc(a.length * 4);
    for (let i = 0; i < a.length; i += 1) b.writeInt32LE(a[i]!, i * 4);
    return b;
  });
  writeFileSync(join(dir, paths.postings), Buffer.concat(buffers));
}

export function readShardData(dir: string, info: ShardFileInfo): ShardData {
  const paths = shardPaths(info.name);
  const terms = JSON.parse(readFileSync(join(dir, paths.terms), 'utf8')) as string[];
  const bytes = readFileSync(join(dir, paths.postings));
  const lengths = { termIndex: info.terms, postingStart: info.terms + 1, postingDocs: info.postings, postingScores: info.postings, vectorStart: info.paragraphs + 1, vectorTerms: info.postings, vectorScores: info.postings };
  const expected = Object.values(lengths).reduce((a, b) => a + b, 0) * 4;
  if (terms.length !== info.terms || bytes.length !== expected) throw new Error(`${paths.postings} has ${bytes.length} bytes and ${terms.length} terms, expected ${expected} and ${info.terms}`);
  const all = int32View(bytes);
  let at = 0;
  const view = (n: number) => {
    const v = all.subarray(at, at + n);
    at += n;
    return v;
  };
  return {
    terms,
    termIndex: view(lengths.termIndex),
    postingStart: view(lengths.postingStart),
    postingDocs: view(lengths.postingDocs),
    postingScores: view(lengths.postingScores),
    vectorStart: view(lengths.vectorStart),
    vectorTerms: view(lengths.vectorTerms),
    vectorScores: view(lengths.vectorScores),
  };
}
