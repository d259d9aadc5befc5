/**
 * This machine's caches of what it saw of an archive (file stats, listings, names digests): kept in its
 * temporary folder, never in the index folder, since times and inodes differ between two checkouts of
 * the same archive and an index's bytes must not.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A file of this machine's cache of archive stats, named for `key` (a folder's absolute path). */
export function machineCachePath(key: string, prefix: string, extension: string): string {
  return join(tmpdir(), 'summit-archive-stats', `${prefix}${createHash('sha256').update(key).digest('hex').slice(0, 16)}${extension}`);
}

/**
 * Writes a cache file: the new one is renamed into place (never seen half-written) but not synced to
 * disk. One that cannot be written is done without (the next run reads what it would have kept).
 * A file added (not rewritten) makes room first (pruneMachineCache), so the folder does not grow with
 * every index folder and archive the machine ever saw.
 */
export function writeMachineCache(path: string, data: string | Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const adding = !existsSync(path);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, path);
    if (adding) pruneMachineCache(dirname(path), { keep: path });
  } catch {
    // a cache
  }
}

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface PruneOptions {
  /** The file just written: never removed. */
  keep?: string;
  /** Files not used for longer are removed. */
  unusedMs?: number;
  /** Beyond this many bytes in all, the files used longest ago go first. */
  capBytes?: number;
  now?: number;
}

/**
 * Removes the cache files of index folders and archives no longer used: those unused for 30 days, then
 * the least recently used while the folder holds more than 256 MB (an 8× bench archive's stats and
 * listing take ~25 MB), and temporary files a killed run left. A file's last use is its access time
 * (kept to the day under relatime) or its modification time, whichever is later: the listing is read
 * at every run but rewritten only when much of it moved.
 */
export function pruneMachineCache(
  dir: string,
  { keep, unusedMs = 30 * DAY_MS, capBytes = 256 * 1024 * 1024, now = Date.now() }: PruneOptions = {},
): void {
  const files = readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    try {
      const s = statSync(path);
      return s.isFile() ? [{ path, size: s.size, usedMs: Math.max(s.atimeMs, s.mtimeMs), temporary: name.endsWith('.tmp') }] : [];
    } catch {
      return []; // removed meanwhile
    }
  });
  let total = files.reduce((sum, f) => sum + f.size, 0);
  // Least recently used first.
  for (const f of files.sort((a, b) => a.usedMs - b.usedMs)) {
    // A temporary file may be another run's, being written: only an hour-old one was left behind.
    const remove = f.temporary ? now - f.usedMs > HOUR_MS : now - f.usedMs > unusedMs || total > capBytes;
    if (f.path === keep || !remove) continue;
    rmSync(f.path, { force: true });
    total -= f.size;
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
