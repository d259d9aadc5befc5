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
import { writeShard, type IndexedShard, type ShardPart } from './write-shard';

export type BuildTask =
  { kind: 'read'; files: ArchiveFile[]; spill: string } | { kind: 'shard'; staging: string; name: string; parts: ShardPart[] };

/** What a shard task posts back: the shard, and its files as the manifest lists them. */
export interface WrittenShard {
  shard: IndexedShard;
  files: Record<string, FileEntry>;
}

/** Each word's term, kept from shard to shard: the thread lives for one build. */
const knownWords = new Map<string, string | null>();

parentPort?.on('message', (task: BuildTask) => {
  if (task.kind === 'read') {
    parentPort!.postMessage(readChunk(task.files, task.spill));
  } else {
    const writer = IndexWriter.partOf(task.staging);
    const shard = writeShard(writer, task.name, task.parts, knownWords);
    parentPort!.postMessage({ shard, files: writer.written() } satisfies WrittenShard);
  }
});
