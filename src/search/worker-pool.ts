/** A few worker threads that run build tasks, answering in the order the tasks were given. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BuildTask } from './build-worker';

export interface WorkerPool {
  run<T>(task: BuildTask): Promise<T>;
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
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  const all = Array.from({ length: size }, startWorker);
  idle.push(...all);
  const acquire = () => new Promise<Worker>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (w: Worker) => (waiting.length ? waiting.shift()!(w) : idle.push(w));
  return {
    async run<T>(task: BuildTask): Promise<T> {
      const worker = await acquire();
      try {
        return await new Promise<T>((resolve, reject) => {
          const onError = (e: Error) => reject(e);
          worker.once('error', onError);
          worker.once('message', (m: T) => {
            worker.off('error', onError);
            resolve(m);
          });
          worker.postMessage(task);
        });
      } finally {
        release(worker);
      }
    },
    close: async () => {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
