/**
 * This machine's caches of what it saw of an archive (file stats, listings, names digests): kept in its
 * temporary folder, never in the index folder, since times and inodes differ between two checkouts of
 * the same archive and an index's bytes must not.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A file of this machine's cache of archive stats, named for `key` (a folder's absolute path). */
export function machineCachePath(key: string, prefix: string, extension: string): string {
  return join(tmpdir(), 'summit-archive-stats', `${prefix}${createHash('sha256').update(key).digest('hex').slice(0, 16)}${extension}`);
}

/**
 * Writes a cache file: the new one is renamed into place (never seen half-written) but not synced to
 * disk. One that cannot be written is done without (the next run reads what it would have kept).
 */
export function writeMachineCache(path: string, data: string | Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch {
    // a cache
  }
}

/**
 * A file or folder modified this close to the moment its stat was taken may change again within the
 * same timestamp tick (a "racily clean" file, in git's words): its stats are not trusted next time.
 */
export const RACY_MS = 2000;

/** A folder's stats as they were just before it was read. */
export interface FolderStats {
  /** Relative to the archive folder: "" or ending with "/". */
  prefix: string;
  dev: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** A folder's stats as a cache keeps them, first in its record. */
export type KeptFolderStats = readonly [prefix: string, dev: number, ino: number, mtimeMs: number, ctimeMs: number, ...rest: unknown[]];

/** A folder's stats now, or null when it cannot be seen. */
export function folderStats(path: string, prefix: string): FolderStats | null {
  try {
    const s = statSync(path);
    return s.isDirectory() ? { prefix, dev: s.dev, ino: s.ino, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs } : null;
  } catch {
    return null;
  }
}

/** The stats to keep of a folder. */
export const keptFolderStats = (f: FolderStats): KeptFolderStats => [f.prefix, f.dev, f.ino, f.mtimeMs, f.ctimeMs];

/**
 * Whether a folder still has the stats kept of it: while its times (and identity) have not moved, no
 * name in it was added, removed or renamed.
 */
export const folderUnmoved = (kept: KeptFolderStats, now: FolderStats | null): boolean =>
  now !== null && kept[1] === now.dev && kept[2] === now.ino && kept[3] === now.mtimeMs && kept[4] === now.ctimeMs;

/** Whether a folder whose stats were taken at `takenAt` or after had settled then (out of the racy window). */
export const folderSettled = (f: FolderStats | null, takenAt: number): f is FolderStats =>
  f !== null && Math.max(f.mtimeMs, f.ctimeMs) < takenAt - RACY_MS;
