/** A few worker threads that run build tasks, answering in the order the tasks were given. */
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

/** The worker loads build-worker.ts through tsx's CommonJS hook, as `npm run cli` loads the CLI. */
const WORKER_SOURCE = `require('tsx/cjs/api').register(); require(${JSON.stringify(join(__dirname, 'build-worker.ts'))});`;

export function startWorkerPool(size: number): WorkerPool {
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  const all = Array.from({ length: size }, () => new Worker(WORKER_SOURCE, { eval: true }));
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
