/**
 * The archive's files and their stats, taken before an update reads anything (file-stats.ts). This
 * thread lists the archive (the folders that did not move as kept: listing-cache.ts) and, from the
 * bundle with a second core, a worker thread (scan-worker.ts) started meanwhile takes the stats while
 * this thread loads the indexing code and reads ahead what the update reads; then this thread takes
 * the stats left, both taking the next run of files from a counter they share. Stat-ing the 21,000
 * files of the bench archive costs ~0.1 s, about half of that loading and reading.
 * Elsewhere (from the sources, under jest, one core, a worker that fails) it is all done here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { archiveFilesOf, leftOutInto, type ArchiveFile } from '../corpus/list-archive';
import type { ArchiveProblem } from '../corpus/types';
import { listArchiveNamesKept } from './listing-cache';
import type { PostedScanTask, ScanTask } from './scan-worker';
import { statInto, takeStats, type FileStats } from './stat-files';
import { parallelismAvailable } from './worker-pool';

export interface ArchiveScan {
  files: ArchiveFile[];
  /** The folders the listing left out (list-archive.ts). */
  leftOut: ArchiveProblem[];
  stats: FileStats;
}

/** A scan under way: `finished` takes the stats left in this thread, then waits for the worker's last run. */
export interface ArchiveScanning {
  finished(): Promise<ArchiveScan>;
}

/** The files of `corpusDir`, listed; the folders left out go to `leftOut`. */
const listFiles = (corpusDir: string, leftOut: ArchiveProblem[]): ArchiveFile[] =>
  archiveFilesOf(corpusDir, listArchiveNamesKept(corpusDir, { leftOut: leftOutInto(leftOut) }));

/** The task of stat-ing `files`: the paths, where the stats go (memory threads share) and the counter. */
export function statTask(files: readonly ArchiveFile[]): ScanTask {
  const shared = () => new Float64Array(new SharedArrayBuffer(8 * files.length));
  return { paths: files.map((f) => f.path), sizes: shared(), mtimes: shared(), next: new Int32Array(new SharedArrayBuffer(4)) };
}

/** The task as the worker takes it (scan-worker.ts). */
export const postedScanTask = (task: ScanTask): PostedScanTask => ({ ...task, paths: task.paths.join('\0') });

const scanOf = (files: ArchiveFile[], leftOut: ArchiveProblem[], task: ScanTask): ArchiveScan => ({
  files,
  leftOut,
  stats: { files: files.map((f) => f.file), sizes: task.sizes, mtimes: task.mtimes },
});

/** Starts the scan of `corpusDir`: the listing now, the stats with a worker thread when one can help. */
export function startArchiveScan(corpusDir: string): ArchiveScanning {
  const bundled = join(__dirname, 'scan-worker.js');
  // Started first: it boots while this thread lists the archive. It keeps the process alive only while
  // this thread waits for its last run: a scan given up (a listing that failed) must not hold the process.
  const worker = parallelismAvailable() > 1 && existsSync(bundled) ? new Worker(bundled) : null;
  worker?.unref();
  let files: ArchiveFile[];
  const leftOut: ArchiveProblem[] = [];
  try {
    files = listFiles(corpusDir, leftOut);
  } catch (e) {
    void worker?.terminate();
    throw e;
  }
  const task = statTask(files);
  const statAll = () => statInto(task.paths, 0, files.length, task);
  if (!worker) return { finished: () => Promise.resolve((statAll(), scanOf(files, leftOut, task))) };
  let failed = false;
  const lastRun = new Promise<void>((done) => {
    worker.once('message', () => done());
    // A worker that cannot start or fails: this thread takes every stat again.
    worker.once('error', () => {
      failed = true;
      done();
    });
  });
  worker.postMessage(postedScanTask(task));
  return {
    async finished() {
      takeStats(task.paths, task, task.next);
      worker.ref();
      await lastRun;
      if (failed) statAll();
      worker.removeAllListeners();
      void worker.terminate();
      return scanOf(files, leftOut, task);
    },
  };
}
