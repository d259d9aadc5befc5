/**
 * The paragraphs the engine indexed, read back from the saved index's paragraph stores (listed in
 * manifest.json) so that every competitor indexes exactly the same text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openParagraphStore } from '../src/search/paragraph-store';
import type { Manifest } from '../src/search/saved-form';

/** Calls `visit` with each shard's paragraph texts in order, one shard in memory at a time. */
export function forEachParagraphShard(indexDir: string, visit: (texts: string[]) => void): void {
  const manifest = JSON.parse(readFileSync(join(indexDir, 'manifest.json'), 'utf8')) as Manifest;
  for (const info of manifest.shards) {
    const store = openParagraphStore(indexDir, info.name, info.paragraphs);
    visit(Array.from({ length: store.size }, (_, doc) => store.text(doc)));
    store.close();
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
