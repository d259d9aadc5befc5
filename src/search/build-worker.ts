/**
 * A build worker thread: reads and cleans a list of archive files, or computes a shard's index data,
 * and posts the result back. The main thread keeps the order, so parallel builds stay deterministic.
 */
import { parentPort } from 'node:worker_threads';
import { cleanArticle } from '../corpus/clean-article';
import { readArticleFile, type ArchiveFile } from '../corpus/read-archive';
import { buildShardData } from './shard-data';

export type BuildTask = { kind: 'read'; files: ArchiveFile[] } | { kind: 'shard'; texts: string[] };

parentPort?.on('message', (task: BuildTask) => {
  if (task.kind === 'read') {
    parentPort!.postMessage(
      task.files.map((f) => {
        const { article, problems } = readArticleFile(f);
        return { article: article ? cleanArticle(article) : null, problems };
      }),
    );
  } else {
    const data = buildShardData(task.texts);
    const arrays = [
      data.termIndex,
      data.postingStart,
      data.postingDocs,
      data.postingScores,
      data.vectorStart,
      data.vectorTerms,
      data.vectorScores,
    ];
    parentPort!.postMessage(
      data,
      arrays.map((a) => a.buffer as ArrayBuffer),
    );
  }
});
