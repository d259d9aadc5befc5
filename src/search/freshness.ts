/**
 * Is the index still the archive's? On a small archive every file's content is hashed before the
 * index opens. On a large one, where that would delay the first answer, the names and sizes are
 * compared (a stat per file); a one-shot answer compares only the names a directory listing gives,
 * and hashes the files its answer cites before it is shown (checkCitedFiles), so an answer never
 * quotes a file that changed since the build; the bot hashes every file in the background
 * (watch-archive.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { canListArchive, listArchiveNames } from '../corpus/list-archive';
import { describeChanges, fingerprintOf, hashBytes, hashFiles, type FileHashes } from './fingerprint';
import type { NamesResult } from './names-hash';
import { namesHash } from './names-hash';
import type { CorpusFiles, Manifest } from './saved-form';

/** Up to this many bytes of archive, the content check runs before the index opens. */
export const FULL_CHECK_BYTES = 5_000_000;

export type Freshness = { fresh: true; checked: 'content' | 'sizes' | 'names' | 'nothing' } | { fresh: false; changes: string[] };

/** How a large archive is checked when the index opens (see the top of this file). */
export type LargeArchiveCheck = 'sizes' | 'later';

/** What the manifest records of the archive's files (`hashes` in the listing's order). */
export function corpusFilesOf(hashes: FileHashes): CorpusFiles {
  const names = Object.keys(hashes);
  let bytes = 0;
  for (const name of names) bytes += hashes[name]!.size;
  return { count: names.length, bytes, names: namesHash(names) };
}

/** Is the archive small enough to hash whole before the index opens? */
export const isSmallArchive = (manifest: Pick<Manifest, 'corpusFiles'>): boolean => manifest.corpusFiles.bytes <= FULL_CHECK_BYTES;

/** The check before an index opens: content when the archive is small; `built` is read only when needed. */
export function checkAtOpen(built: () => FileHashes, manifest: Manifest, corpusDir: string, large: LargeArchiveCheck): Freshness {
  if (isSmallArchive(manifest)) return checkContent(built, manifest, corpusDir);
  return large === 'later' ? { fresh: true, checked: 'nothing' } : checkSizes(built(), corpusDir);
}

/** The same files with the same sizes: a directory listing and a stat per file. */
export function checkSizes(built: FileHashes, corpusDir: string): Freshness {
  if (!canListArchive(corpusDir)) return { fresh: true, checked: 'nothing' };
  const listed = listArchiveNames(corpusDir);
  const changes = addedOrRemoved(built, listed);
  for (const file of listed)
    if (file in built && statSync(join(corpusDir, file)).size !== built[file]!.size) changes.push(`changed ${file}`);
  return changes.length ? { fresh: false, changes: changes.sort() } : { fresh: true, checked: 'sizes' };
}

/**
 * The same files by name, from one directory listing compared with the manifest's hash of the names
 * (names-hash.ts, names-check.ts): the recorded files are read only to say what changed.
 */
export function namesFreshness(built: () => FileHashes, listing: NamesResult): Freshness {
  if (!listing.found) return { fresh: true, checked: 'nothing' };
  if (listing.same) return { fresh: true, checked: 'names' };
  const changes = addedOrRemoved(built(), listing.listed);
  return changes.length ? { fresh: false, changes: changes.sort() } : { fresh: true, checked: 'names' };
}

function addedOrRemoved(built: FileHashes, listed: string[]): string[] {
  const changes: string[] = [];
  for (const file of listed) if (!(file in built)) changes.push(`added ${file}`);
  const seen = new Set(listed);
  for (const file of Object.keys(built)) if (!seen.has(file)) changes.push(`removed ${file}`);
  return changes;
}

export function checkContent(built: () => FileHashes, manifest: Manifest, corpusDir: string): Freshness {
  if (!canListArchive(corpusDir)) return { fresh: true, checked: 'nothing' };
  const now = hashFiles(corpusDir);
  if (fingerprintOf(now) === manifest.corpusFingerprint) return { fresh: true, checked: 'content' };
  return { fresh: false, changes: describeChanges(built(), now) };
}

/** The content of a few archive files (those an answer cites) against the hashes the build recorded. */
export function checkCitedFiles(corpusDir: string, files: Iterable<{ file: string; hash: string; size: number }>): Freshness {
  if (!canListArchive(corpusDir)) return { fresh: true, checked: 'nothing' };
  const changes: string[] = [];
  const seen = new Set<string>();
  for (const recorded of files) {
    const { file } = recorded;
    if (seen.has(file)) continue;
    seen.add(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(corpusDir, file));
    } catch {
      changes.push(`removed ${file}`);
      continue;
    }
    if (bytes.length !== recorded.size || hashBytes(bytes) !== recorded.hash) changes.push(`changed ${file}`);
  }
  return changes.length ? { fresh: false, changes: changes.sort() } : { fresh: true, checked: 'content' };
}
