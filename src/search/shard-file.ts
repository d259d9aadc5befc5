/**
 * A shard on disk: `NNN.terms.json` (the sorted terms) and `NNN.postings.bin` (the integer arrays of
 * ShardData, little-endian int32, in a fixed order), read back without parsing. Besides the checksum,
 * reading checks that every range and index the search follows stays inside its array, so no file,
 * however it came to be, can send a search past its postings.
 */
import type { Generation } from './index-generation';
import type { IndexWriter } from './index-writer';
import type { ShardData } from './shard-data';
import { shardFiles, type ShardFileInfo } from './saved-form';
import { int32Bytes, int32View } from './int32-file';

const ARRAYS = ['termIndex', 'postingStart', 'postingDocs', 'postingScores', 'vectorStart', 'vectorTerms', 'vectorScores'] as const;

export function writeShardData(writer: IndexWriter, name: string, data: ShardData): void {
  const paths = shardFiles(name);
  writer.write(paths.terms, JSON.stringify(data.terms));
  writer.write(paths.postings, Buffer.concat(ARRAYS.map((key) => int32Bytes(data[key]))));
}

/** Reads a shard's search data, checked against the manifest and for its structure. */
export function readShardData(generation: Generation, info: ShardFileInfo): ShardData {
  const paths = shardFiles(info.name);
  const termsFile = generation.file(paths.terms);
  const postingsFile = generation.file(paths.postings);
  let terms: unknown;
  let bytes: Buffer;
  try {
    terms = JSON.parse(termsFile.readAll().toString('utf8'));
    bytes = postingsFile.readAll();
  } finally {
    termsFile.close();
    postingsFile.close();
  }
  const lengths = {
    termIndex: info.terms,
    postingStart: info.terms + 1,
    postingDocs: info.postings,
    postingScores: info.postings,
    vectorStart: info.paragraphs + 1,
    vectorTerms: info.postings,
    vectorScores: info.postings,
  };
  const expected = Object.values(lengths).reduce((a, b) => a + b, 0) * 4;
  if (!Array.isArray(terms) || terms.length !== info.terms)
    throw generation.damaged(paths.terms, `does not hold the ${info.terms} terms the manifest says`);
  if (bytes.length !== expected) throw generation.damaged(paths.postings, `has ${bytes.length} bytes, expected ${expected}`);
  const all = int32View(bytes);
  let at = 0;
  const view = (n: number) => {
    const v = all.subarray(at, at + n);
    at += n;
    return v;
  };
  const data: ShardData = {
    terms: terms as string[],
    termIndex: view(lengths.termIndex),
    postingStart: view(lengths.postingStart),
    postingDocs: view(lengths.postingDocs),
    postingScores: view(lengths.postingScores),
    vectorStart: view(lengths.vectorStart),
    vectorTerms: view(lengths.vectorTerms),
    vectorScores: view(lengths.vectorScores),
  };
  const problem = structureProblem(data, info);
  if (problem) throw generation.damaged(paths.postings, problem);
  return data;
}

/** Ranges that start at 0, never go back and end at `end`. */
function ranges(starts: Int32Array, end: number): boolean {
  if (starts[0] !== 0 || starts[starts.length - 1] !== end) return false;
  for (let i = 1; i < starts.length; i += 1) if (starts[i]! < starts[i - 1]!) return false;
  return true;
}

function within(values: Int32Array, size: number): boolean {
  for (let i = 0; i < values.length; i += 1) if (values[i]! < 0 || values[i]! >= size) return false;
  return true;
}

/** What makes a shard unusable, or null: the search trusts every range and index checked here. */
function structureProblem(data: ShardData, info: ShardFileInfo): string | null {
  for (let i = 0; i < data.terms.length; i += 1) {
    if (typeof data.terms[i] !== 'string' || (i > 0 && !(data.terms[i - 1]! < data.terms[i]!))) return 'holds terms out of order';
  }
  if (!ranges(data.postingStart, info.postings)) return 'holds posting ranges outside its postings';
  if (!ranges(data.vectorStart, info.postings)) return 'holds document vectors outside its postings';
  if (!within(data.postingDocs, info.paragraphs)) return 'names paragraphs the shard does not have';
  if (!within(data.termIndex, info.terms) || !within(data.vectorTerms, info.terms)) return 'names terms the shard does not have';
  return null;
}
