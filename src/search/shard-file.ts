/**
 * A shard on disk: `NNN.terms.json` (the sorted terms) and `NNN.postings.bin` (the integer arrays of
 * ShardData, little-endian int32, in a fixed order), read back without parsing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardData } from './shard-data';
import { int32Bytes, int32View } from './int32-file';

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
});

export function writeShardData(dir: string, name: string, data: ShardData): void {
  const paths = shardPaths(name);
  writeFileSync(join(dir, paths.terms), JSON.stringify(data.terms));
  const buffers = ARRAYS.map((key) => int32Bytes(data[key]));
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
