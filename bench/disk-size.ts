/** Sizes on disk: an index folder (by part) and an archive's article files. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mb } from './stats';

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, statSync(path).size);
  }
}

export interface IndexSize {
  totalMb: number;
  /** Lunr index data of the shards (`*.terms.bin`, `*.postings.bin`, `*.head.bin`). */
  lunrMb: number;
  /** Paragraph stores (`*.text.bin`, `*.store.bin`). */
  paragraphsMb: number;
  /** Everything else: articles, timeline, report, manifest. */
  otherMb: number;
}

export function indexSize(indexDir: string): IndexSize {
  let total = 0;
  let lunr = 0;
  let paragraphs = 0;
  walk(indexDir, (path, bytes) => {
    total += bytes;
    if (/\.(terms|postings|head)\.bin$/.test(path)) lunr += bytes;
    else if (path.endsWith('.text.bin') || path.endsWith('.store.bin')) paragraphs += bytes;
  });
  return { totalMb: mb(total), lunrMb: mb(lunr), paragraphsMb: mb(paragraphs), otherMb: mb(total - lunr - paragraphs) };
}

/** Bytes of the archive's article files (.md and .txt), as they sit on disk. */
export function archiveFilesMb(corpusDir: string): number {
  let total = 0;
  walk(corpusDir, (path, bytes) => {
    if (/\.(md|txt)$/i.test(path)) total += bytes;
  });
  return mb(total);
}
