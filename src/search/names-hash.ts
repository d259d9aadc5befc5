/** The archive's file names as the manifest records them (corpusFiles.names), and a listing checked against them. */
import { createHash } from 'node:crypto';
import { canListArchive, listArchiveNames, walkArchive } from '../corpus/list-archive';
import { folderStats, type FolderStats } from './machine-cache';
import { saveNamesDigest, savedNamesDigest, type NamesDigest } from './names-cache';

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
export function archiveNamesDigest(dir: string, folders?: (path: string, prefix: string) => void): NamesDigest {
  const hash = createHash('sha256');
  let count = 0;
  walkArchive(
    dir,
    (prefix, names) => {
      hash.update(`${prefix}${names.join(`\n${prefix}`)}\n`);
      count += names.length;
    },
    { folders },
  );
  return { count, names: hash.digest('hex').slice(0, 32) };
}

/** archiveNamesDigest, kept for the next command and taken from there while no folder has changed (names-cache.ts). */
export function currentNamesDigest(dir: string): NamesDigest {
  const saved = savedNamesDigest(dir);
  if (saved) return saved;
  const takenAt = Date.now();
  const folders: Array<FolderStats | null> = [];
  const digest = archiveNamesDigest(dir, (path, prefix) => folders.push(folderStats(path, prefix)));
  saveNamesDigest(dir, digest, folders, takenAt);
  return digest;
}

function namesResult(corpusDir: string, expected: NamesTask['expected'], digest: NamesDigest): NamesResult {
  // Listed again only when they differ: the names say what changed.
  return digest.count === expected.count && digest.names === expected.names
    ? { found: true, same: true }
    : { found: true, same: false, listed: listArchiveNames(corpusDir) };
}

/** The check from the digest kept by an earlier command, when no folder has changed since; else null. */
export function savedNames({ corpusDir, expected }: NamesTask): NamesResult | null {
  const saved = savedNamesDigest(corpusDir);
  return saved && namesResult(corpusDir, expected, saved);
}

export function listedNames({ corpusDir, expected }: NamesTask): NamesResult {
  if (!canListArchive(corpusDir)) return { found: false };
  return namesResult(corpusDir, expected, currentNamesDigest(corpusDir));
}
