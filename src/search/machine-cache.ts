/**
 * This machine's caches of what it saw of an archive (file stats, listings, names digests): kept in its
 * temporary folder, never in the index folder, since times and inodes differ between two checkouts of
 * the same archive and an index's bytes must not.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
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
