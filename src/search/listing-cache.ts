/**
 * An archive's listing kept between updates, folder by folder, with the stats each folder had just
 * before it was read: while a folder's times have not moved, no name in it was added, removed or
 * renamed (names-cache.ts relies on the same), so its entries are those kept and only the folders
 * that moved are read again. Listing the bench archive's 21,000 files costs a stat per folder (421)
 * and the read of this file instead of reading every folder (~60 ms).
 *
 * Kept in this machine's temporary folder (machine-cache.ts), beside the file stats (file-stats.ts). A
 * folder modified within the racy window before its stat was taken may change again within the same
 * tick: it is not kept, and read again next time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listArchiveNames, sortedEntries, type OnLeftOut } from '../corpus/list-archive';
import { folderSettled, folderStats, folderUnmoved, keptFolderStats, machineCachePath, writeMachineCache } from './machine-cache';

/** Fewer entries read again than this (or a tenth of the archive's) do not make the kept listing be written again. */
const REWRITE_FROM = 1000;

type KeptFolder = [prefix: string, dev: number, ino: number, mtimeMs: number, ctimeMs: number, entries: string[]];

interface Saved {
  archive: string;
  folders: KeptFolder[];
}

function readSaved(archive: string, cache: string): Map<string, KeptFolder> {
  try {
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as Saved;
    if (saved.archive === archive && Array.isArray(saved.folders)) return new Map(saved.folders.map((f) => [f[0], f]));
  } catch {
    // none yet, or unreadable: every folder is read
  }
  return new Map();
}

/** Where the listing of archive `dir` is kept on this machine. */
export const listingCachePath = (dir: string): string => machineCachePath(resolve(dir), 'listing-', '.json');

/** listArchiveNames of `dir`, each folder's entries taken from the kept listing while its stats are those it had; `now` for tests. */
export function listArchiveNamesKept(dir: string, { now = Date.now(), leftOut }: { now?: number; leftOut?: OnLeftOut } = {}): string[] {
  const archive = resolve(dir);
  const cache = listingCachePath(archive);
  const saved = readSaved(archive, cache);
  const folders: KeptFolder[] = [];
  let readAgain = 0; // entries of the folders read again
  const entries = (path: string, prefix: string) => {
    const stats = folderStats(path, prefix);
    const kept = saved.get(prefix);
    if (kept && folderUnmoved(kept, stats)) {
      folders.push(kept);
      return kept[5];
    }
    // A folder that cannot be read throws here: it is not kept, and tried again next time.
    const read = sortedEntries(path);
    readAgain += read.length;
    if (folderSettled(stats, now)) folders.push([...keptFolderStats(stats), read] as KeptFolder);
    return read;
  };
  const names = listArchiveNames(dir, { entries, leftOut });
  // Written again only when that saves reading: a few folders that moved since (the one an article was
  // added to) are read again each time until then, which costs less than writing every name. A folder
  // gone since is dropped with the rest: only the folders listed now are kept.
  const stale = readAgain + Math.abs(folders.length - saved.size);
  if (saved.size === 0 || stale > Math.max(REWRITE_FROM, names.length / 10))
    writeMachineCache(cache, JSON.stringify({ archive, folders } satisfies Saved));
  return names;
}
