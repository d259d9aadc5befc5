/**
 * The worker thread an update lists the archive in and takes its share of the files' stats
 * (archive-scan.ts). It loads no more than that needs (not node:crypto: the listing's cache file is
 * named for it), since the update waits for its start.
 */
import { parentPort } from 'node:worker_threads';
import { archiveFilesOf } from '../corpus/list-archive';
import { listArchiveNamesKept } from './listing-cache';
import { takeStats } from './stat-files';

/** The archive, where its listing is kept, and the number of the next file to stat, shared with the thread that asks. */
export interface ScanTask {
  corpusDir: string;
  listingCache: string;
  next: Int32Array;
}

/** The names listed and where each file's stats go (memory both threads see); then, once it has taken its last run of stats, `scanned`. */
export type ScanMessage = { names: string[]; sizes: Float64Array; mtimes: Float64Array } | { scanned: true };

parentPort?.on('message', ({ corpusDir, listingCache, next }: ScanTask) => {
  const names = listArchiveNamesKept(corpusDir, listingCache);
  const shared = () => new Float64Array(new SharedArrayBuffer(8 * names.length));
  const listed = { names, sizes: shared(), mtimes: shared() };
  parentPort!.postMessage(listed satisfies ScanMessage);
  takeStats(
    archiveFilesOf(corpusDir, names).map((f) => f.path),
    listed,
    next,
  );
  parentPort!.postMessage({ scanned: true } satisfies ScanMessage);
});
