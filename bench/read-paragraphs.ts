/**
 * The paragraphs the engine indexed, read back from the saved index's paragraph stores (listed in
 * its manifest) so that every competitor indexes exactly the same text.
 */
import { openGeneration } from '../src/search/index-generation';
import { openParagraphStore } from '../src/search/paragraph-store';

/** Calls `visit` with each shard's paragraph texts in order, one shard in memory at a time. */
export function forEachParagraphShard(indexDir: string, visit: (texts: string[]) => void): void {
  const generation = openGeneration(indexDir);
  try {
    for (const info of generation.manifest.shards) {
      const store = openParagraphStore(generation, info, generation.manifest.articles);
      visit(Array.from({ length: store.size }, (_, doc) => store.text(doc)));
      store.close();
    }
  } finally {
    generation.close();
  }
}

export function readParagraphTexts(indexDir: string): string[] {
  const all: string[] = [];
  forEachParagraphShard(indexDir, (texts) => {
    for (const t of texts) all.push(t);
  });
  return all;
}

/** UTF-8 megabytes of the indexed paragraph text. */
export function paragraphTextMb(indexDir: string): number {
  let bytes = 0;
  forEachParagraphShard(indexDir, (texts) => {
    for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  });
  return Math.round((bytes / 1024 / 1024) * 100) / 100;
}
