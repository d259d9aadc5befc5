/**
 * Is the index still the archive's? A quick check (the same files with the same sizes) runs at every
 * start; the full check (every file's content hash) runs at start on a small archive, and in the
 * background on a large one, where hashing hundreds of megabytes would delay the first answer.
 */
import { existsSync, statSync } from 'node:fs';
import { listArchiveFiles } from '../corpus/read-archive';
import { describeChanges, fingerprintOf, hashFiles, type FileHashes } from './fingerprint';
import type { Manifest } from './saved-form';

/** Up to this many bytes of archive, the content check runs before the index opens. */
export const FULL_CHECK_BYTES = 5_000_000;

export type Freshness = { fresh: true; checked: 'content' | 'sizes' | 'nothing' } | { fresh: false; changes: string[] };

export function checkSizes(built: FileHashes, corpusDir: string): Freshness {
  if (!existsSync(corpusDir)) return { fresh: true, checked: 'nothing' };
  const changes: string[] = [];
  const seen = new Set<string>();
  for (const { file, path } of listArchiveFiles(corpusDir)) {
    seen.add(file);
    const entry = built[file];
    if (!entry) changes.push(`added ${file}`);
    else if (statSync(path).size !== entry.size) changes.push(`changed ${file}`);
  }
  for (const file of Object.keys(built)) if (!seen.has(file)) changes.push(`removed ${file}`);
  return changes.length ? { fresh: false, changes: changes.sort() } : { fresh: true, checked: 'sizes' };
}

export function checkContent(built: FileHashes, manifest: Manifest, corpusDir: string): Freshness {
  if (!existsSync(corpusDir)) return { fresh: true, checked: 'nothing' };
  const now = hashFiles(corpusDir);
  if (fingerprintOf(now) === manifest.corpusFingerprint) return { fresh: true, checked: 'content' };
  return { fresh: false, changes: describeChanges(built, now) };
}

export function corpusBytes(built: FileHashes): number {
  return Object.values(built).reduce((n, f) => n + f.size, 0);
}
