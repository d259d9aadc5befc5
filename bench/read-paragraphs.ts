/**
 * The paragraphs the engine indexed, read back from the saved index (`shards/NNN.paragraphs.json`,
 * rows of [articleIndex, paragraphNo, text]) so that every competitor indexes exactly the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Calls `visit` with each shard's paragraph texts in order, one shard in memory at a time. */
export function forEachParagraphShard(indexDir: string, visit: (texts: string[]) => void): void {
  const dir = join(indexDir, 'shards');
  const files = readdirSync(dir).filter((f) => f.endsWith('.paragraphs.json')).sort();
  for (const f of files) {
    const rows = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<[number, number, string]>;
    visit(rows.map((r) => r[2]));
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
