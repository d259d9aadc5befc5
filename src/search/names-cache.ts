/**
 * The archive's names digest (names-hash.ts) kept between one-shot commands, with the stats of every
 * folder it was listed from: a folder's modification and change times move whenever a name in it is
 * added, removed or renamed, so while no folder's times moved the names are those listed before, and
 * the check costs a stat per folder instead of a listing of every file (0.3 s of CPU for 170,000 files).
 *
 * Kept in this machine's temporary folder, beside the file stats (file-stats.ts). As there, a folder
 * modified within the racy window before its stat was taken may change again within the same tick:
 * the digest is then not kept.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  folderSettled,
  folderStats,
  folderUnmoved,
  keptFolderStats,
  machineCachePath,
  writeMachineCache,
  type FolderStats,
  type KeptFolderStats,
} from './machine-cache';

export interface NamesDigest {
  count: number;
  names: string;
}

interface Saved extends NamesDigest {
  archive: string;
  folders: KeptFolderStats[];
}

const namesCachePath = (archive: string): string => machineCachePath(archive, 'names-', '.json');

/** The digest saved for archive `dir`, when none of the folders it was listed from has changed since. */
export function savedNamesDigest(dir: string): NamesDigest | null {
  const archive = resolve(dir);
  let saved: Saved;
  try {
    saved = JSON.parse(readFileSync(namesCachePath(archive), 'utf8')) as Saved;
  } catch {
    return null;
  }
  if (saved.archive !== archive || !Array.isArray(saved.folders) || saved.folders.length === 0) return null;
  for (const kept of saved.folders) if (!folderUnmoved(kept, folderStats(join(archive, kept[0]), kept[0]))) return null;
  return Number.isInteger(saved.count) && typeof saved.names === 'string' ? { count: saved.count, names: saved.names } : null;
}

/** Keeps the digest of archive `dir`, listed from `folders` (their stats taken at `takenAt` or after, each before it was read). */
export function saveNamesDigest(dir: string, digest: NamesDigest, folders: ReadonlyArray<FolderStats | null>, takenAt: number): void {
  const settled = folders.filter((f): f is FolderStats => folderSettled(f, takenAt));
  if (settled.length !== folders.length) return;
  const saved: Saved = {
    archive: resolve(dir),
    ...digest,
    folders: settled.map(keptFolderStats),
  };
  writeMachineCache(namesCachePath(saved.archive), JSON.stringify(saved));
}
