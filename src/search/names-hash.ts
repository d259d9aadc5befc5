/** The archive's file names as the manifest records them (corpusFiles.names), and a listing checked against them. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { listArchiveNames, walkArchive } from '../corpus/list-archive';

/** The names of the archive's files, in the listing's (sorted) order, as one short hash. */
export function namesHash(names: readonly string[]): string {
  // A thousand names at a time: joining every name of a large archive into one string cost twice as much.
  const hash = createHash('sha256');
  for (let i = 0; i < names.length; i += 1000) hash.update(`${names.slice(i, i + 1000).join('\n')}\n`);
  return hash.digest('hex').slice(0, 32);
}

export interface NamesTask {
  corpusDir: string;
  expected: { count: number; names: string };
}

/** What the listing found: no archive, the names expected, or other names (then listed). */
export type NamesResult = { found: false } | { found: true; same: true } | { found: true; same: false; listed: string[] };

/**
 * How many article files `dir` holds, and namesHash of their names, without building them: each run
 * of a folder's names is hashed as one string (the same bytes: every name followed by a line break).
 */
export function archiveNamesDigest(dir: string): { count: number; names: string } {
  const hash = createHash('sha256');
  let count = 0;
  walkArchive(dir, (prefix, names) => {
    hash.update(`${prefix}${names.join(`\n${prefix}`)}\n`);
    count += names.length;
  });
  return { count, names: hash.digest('hex').slice(0, 32) };
}

export function listedNames({ corpusDir, expected }: NamesTask): NamesResult {
  if (!existsSync(corpusDir)) return { found: false };
  const { count, names } = archiveNamesDigest(corpusDir);
  // Listed again only when they differ: the names say what changed.
  return count === expected.count && names === expected.names
    ? { found: true, same: true }
    : { found: true, same: false, listed: listArchiveNames(corpusDir) };
}
