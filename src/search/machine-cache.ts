/**
 * This machine's caches of what it saw of an archive (file stats, listings, names digests): kept in its
 * temporary folder, never in the index folder, since times and inodes differ between two checkouts of
 * the same archive and an index's bytes must not.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A file of this machine's cache of archive stats, named for `key` (a folder's absolute path). */
export function machineCachePath(key: string, prefix: string, extension: string): string {
  return join(tmpdir(), 'summit-archive-stats', `${prefix}${createHash('sha256').update(key).digest('hex').slice(0, 16)}${extension}`);
}
