/**
 * The archive's files and their stats, taken before an update reads anything (file-stats.ts). From the
 * bundle, with a second core, a worker thread (scan-worker.ts) lists the archive and starts taking the
 * stats while this thread loads the update's code and reads the index it revises; then this thread
 * takes the stats left, both taking the next run of files from a counter they share. Listing and
 * stat-ing the 21,000 files of the bench archive costs ~0.15 s, about as much as that reading.
 * Elsewhere (from the sources, under jest, one core, a worker that fails) it is all done here.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { archiveFilesOf, type ArchiveFile } from '../corpus/list-archive';
import { listArchiveNamesKept } from './listing-cache';
import { machineCachePath } from './machine-cache';
import type { ScanMessage, ScanTask } from './scan-worker';
import { statFiles, takeStats, type FileStats } from './stat-files';
import { parallelismAvailable } from './worker-pool';

export interface ArchiveScan {
  files: ArchiveFile[];
  stats: FileStats;
}

/** Where the listing of archive `corpusDir` is kept on this machine (listing-cache.ts). */
export const listingCachePath = (corpusDir: string): string => machineCachePath(resolve(corpusDir), 'listing-', '.json');

/** The files of `corpusDir`, listed (the folders that did not change as kept), and their stats; in this thread. */
export function scanArchive(corpusDir: string): ArchiveScan {
  const files = archiveFilesOf(corpusDir, listArchiveNamesKept(corpusDir, listingCachePath(corpusDir)));
  return { files, stats: statFiles(files) };
}

/** Starts the scan of `corpusDir`; with a worker thread when one can help. */
export function startArchiveScan(corpusDir: string): Promise<ArchiveScan> {
  const bundled = join(__dirname, 'scan-worker.js');
  if (parallelismAvailable() < 2 || !existsSync(bundled)) return Promise.resolve(scanArchive(corpusDir));
  const next = new Int32Array(new SharedArrayBuffer(4));
  return new Promise((done) => {
    const worker = new Worker(bundled);
    let scan: ArchiveScan | undefined;
    const settle = (outcome: ArchiveScan) => {
      worker.removeAllListeners();
      done(outcome);
      void worker.terminate();
    };
    worker.on('message', (message: ScanMessage) => {
      if (!('names' in message)) return settle(scan!);
      const files = archiveFilesOf(corpusDir, message.names);
      takeStats(
        files.map((f) => f.path),
        message,
        next,
      );
      scan = { files, stats: { files: message.names, sizes: message.sizes, mtimes: message.mtimes } };
    });
    // A worker that cannot start or fails leaves the scan to this thread, all of it.
    worker.once('error', () => settle(scanArchive(corpusDir)));
    worker.postMessage({ corpusDir, listingCache: listingCachePath(corpusDir), next } satisfies ScanTask);
  });
}
