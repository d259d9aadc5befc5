/**
 * The worker thread that takes its share of an update's file stats (archive-scan.ts). It loads no
 * more than that needs, since the update waits for its start.
 */
import { parentPort } from 'node:worker_threads';
import { takeStats } from './stat-files';

/** The files' paths, where their stats go (memory both threads see), and the number of the next file to stat, shared. */
export interface ScanTask {
  paths: string[];
  sizes: Float64Array;
  mtimes: Float64Array;
  next: Int32Array;
}

// Answers once it has taken its last run of stats.
parentPort?.on('message', (task: ScanTask) => {
  takeStats(task.paths, task, task.next);
  parentPort!.postMessage('scanned');
});
