/**
 * A worker thread that lists a large archive's file names and checks them against the manifest's
 * hash (names-check.ts), while the one-shot command that started it answers on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { listedNames, type NamesTask } from './names-hash';

parentPort?.on('message', (task: NamesTask) => parentPort!.postMessage(listedNames(task)));
