/** A few worker threads that run a build's tasks, each result given back with the place of its task. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BuildTask, TaskQueue, TaskResult } from './build-worker';

export interface WorkerPool {
  /**
   * Runs every task: each worker takes the next one from a queue they share, so none waits for this
   * thread between tasks (it may be busy writing the index meanwhile). `onResult` sees each result as
   * it comes; the results are returned in the order of the tasks.
   */
  runAll<T>(tasks: BuildTask[], onResult?: (result: T, task: number) => void): Promise<T[]>;
  close(): Promise<void>;
}

/** Worker threads help only with several cores; under jest they could not load TypeScript. */
export function parallelismAvailable(): number {
  return process.env.JEST_WORKER_ID ? 0 : Math.min(4, availableParallelism());
}

/**
 * A worker thread running build-worker.ts. From a bundle (.build/cli.js, scripts/bundle.js) it runs the
 * bundle built beside it, .build/build-worker.js; from the sources (tsx) it loads build-worker.ts
 * through tsx's CommonJS hook.
 */
function startWorker(): Worker {
  const bundled = join(__dirname, 'build-worker.js');
  if (existsSync(bundled)) return new Worker(bundled);
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(join(__dirname, 'build-worker.ts'))});`, { eval: true });
}

export function startWorkerPool(size: number): WorkerPool {
  const all = Array.from({ length: size }, startWorker);
  return {
    runAll<T>(tasks: BuildTask[], onResult?: (result: T, task: number) => void): Promise<T[]> {
      const results: T[] = new Array<T>(tasks.length);
      // The number of the next task to take, shared by the workers.
      const next = new Int32Array(new SharedArrayBuffer(4));
      return new Promise<T[]>((resolve, reject) => {
        let working = all.length;
        const stop = (e: Error) => {
          for (const w of all) w.off('message', onMessage).off('error', stop);
          reject(e);
        };
        function onMessage(this: Worker, m: TaskResult<T> | 'done') {
          if (m !== 'done') {
            results[m.task] = m.result;
            onResult?.(m.result, m.task);
          } else if (--working === 0) {
            for (const w of all) w.off('message', onMessage).off('error', stop);
            resolve(results);
          }
        }
        for (const w of all) {
          w.on('message', onMessage).once('error', stop);
          w.postMessage({ tasks, next } satisfies TaskQueue);
        }
      });
    },
    close: async () => {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
