/**
 * A build worker thread: reads, cleans and dates a chunk of archive files (their paragraphs spilled
 * to disk), or indexes a shard and writes its files into the staging folder, and posts back only what
 * the main thread keeps. The main thread keeps the order, so parallel builds stay deterministic.
 */
import { parentPort } from 'node:worker_threads';
import type { ArchiveFile } from '../corpus/read-archive';
import { IndexWriter } from './index-writer';
import { readChunk } from './read-chunk';
import type { FileEntry } from './saved-form';
import { WordTerms } from './word-terms';
import { writeShard, type IndexedShard, type ShardPart } from './write-shard';

export type BuildTask =
  { kind: 'read'; files: ArchiveFile[]; spill: string } | { kind: 'shard'; staging: string; name: string; parts: ShardPart[] };

/** Tasks shared by the pool's workers: each takes the task numbered `next[0]` and counts it up, until none is left. */
export interface TaskQueue {
  tasks: BuildTask[];
  next: Int32Array;
}

/** What a worker posts for each task it ran, then 'done' when the queue is empty. */
export interface TaskResult<T> {
  task: number;
  result: T;
}

/** What a shard task posts back: the shard, and its files as the manifest lists them. */
export interface WrittenShard {
  shard: IndexedShard;
  files: Record<string, FileEntry>;
}

/** Each word's term, kept from shard to shard: the thread lives for one build. */
const words = new WordTerms();

function run(task: BuildTask): unknown {
  if (task.kind === 'read') return readChunk(task.files, task.spill);
  const writer = IndexWriter.partOf(task.staging);
  const shard = writeShard(writer, task.name, task.parts, words);
  return { shard, files: writer.written() } satisfies WrittenShard;
}

parentPort?.on('message', ({ tasks, next }: TaskQueue) => {
  for (let task = Atomics.add(next, 0, 1); task < tasks.length; task = Atomics.add(next, 0, 1))
    parentPort!.postMessage({ task, result: run(tasks[task]!) } satisfies TaskResult<unknown>);
  parentPort!.postMessage('done');
});
