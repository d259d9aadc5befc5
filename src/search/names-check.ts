/**
 * A one-shot command's check of a large archive's file names, in a worker thread when the archive has
 * many files: listing 170,000 files takes about as long as answering, so both run at once and the
 * answer waits for the check before it is shown. With fewer files, without a second core, or run from
 * the sources (no worker bundle beside), the check runs here and now. While no folder of the archive
 * has changed since a command listed it, the digest that command kept is used (names-cache.ts), its
 * folders stat-ed in the worker as well.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileHashes } from './fingerprint';
import { namesFreshness, type Freshness } from './freshness';
import { listedNames, savedNames, type NamesResult, type NamesTask } from './names-hash';
import { parallelismAvailable } from './worker-pool';

/** Below this many files, starting a thread costs more than listing them here (~2 µs a file, ~0.1 s a thread). */
const WORKER_FROM_FILES = 50_000;

/** Starts the check; the function returned gives its outcome (`built` is read only to say what changed). */
export function startNamesCheck(built: () => FileHashes, task: NamesTask): () => Promise<Freshness> {
  const bundled = join(__dirname, 'names-worker.js');
  // Even the kept digest costs a stat per folder (3,400 at 8× the bench archive, ~50 ms): done apart too.
  const apart = task.expected.count >= WORKER_FROM_FILES && parallelismAvailable() > 1 && existsSync(bundled);
  const saved = apart ? null : savedNames(task);
  const listing = saved ? Promise.resolve(saved) : apart ? inWorker(bundled, task) : Promise.resolve(listedNames(task));
  return async () => namesFreshness(built, await listing);
}

function inWorker(script: string, task: NamesTask): Promise<NamesResult> {
  return new Promise((resolve) => {
    const worker = new Worker(script);
    worker.once('message', (listed: NamesResult) => {
      resolve(listed);
      void worker.terminate();
    });
    // A worker that cannot start leaves the check to this thread.
    worker.once('error', () => resolve(listedNames(task)));
    worker.postMessage(task);
  });
}
