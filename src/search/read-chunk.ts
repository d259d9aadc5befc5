/**
 * A build's reading step, for one chunk of archive files (in a worker thread, or in the building
 * thread): each file read, cleaned and dated on its own. Of an article the build keeps its summary
 * (what the index and the report store), its dating, and its whole text only when it has claims of a
 * contact: the timeline compares those articles and the index stores their paragraphs. Everyone's
 * paragraphs go to the chunk's spill file, for the shards.
 */
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../corpus/clean-article';
import { decodeText } from '../corpus/decode-text';
import { readArticleContent, readArticleFile, type ArchiveFile } from '../corpus/read-archive';
import type { ArchiveProblem, Article } from '../corpus/types';
import { dateArticle } from '../events/build-timeline';
import type { ArticleDating } from '../events/types';
import { hashBytes, hashFile, type FileHashes } from './fingerprint';
import { spillTexts, type SpilledText } from './spilled-text';

/** An article read for the index: its summary (paragraphs counted), dating, and where its paragraphs are. */
export interface ReadArticle extends Omit<Article, 'paragraphs' | 'speakers'> {
  paragraphs: number;
  dating: ArticleDating;
  /** The whole article, when it has claims the timeline reads; null otherwise. */
  text: Article | null;
  spilled: SpilledText;
}

export interface ReadFile {
  article: ReadArticle | null;
  problems: ArchiveProblem[];
}

export interface ReadChunk {
  files: ReadFile[];
  /** The files' content hashes, for files.json and the index's fingerprint. */
  hashes: FileHashes;
}

/** Reads, cleans, dates and hashes `files`, and spills their paragraphs to `spill`. */
export function readChunk(files: ArchiveFile[], spill: string): ReadChunk {
  const hashes: FileHashes = {};
  const read = files.map((f) => {
    const { article, problems } = readOnce(f, hashes);
    return { article: article ? cleanArticle(article) : null, problems };
  });
  const articles = read.flatMap((r) => (r.article ? [r.article] : []));
  const places = spillTexts(
    spill,
    articles.map((a) => a.paragraphs),
  );
  let next = 0;
  return {
    files: read.map(({ article, problems }) => ({ article: article ? readArticle(article, places[next++]!) : null, problems })),
    hashes,
  };
}

/** Reads a file once for both its article and its hash; a file that cannot be read is left to each to report. */
function readOnce(f: ArchiveFile, hashes: FileHashes): ReturnType<typeof readArticleFile> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(f.path);
  } catch {
    hashes[f.file] = hashFile(f.path);
    return readArticleFile(f);
  }
  hashes[f.file] = { hash: hashBytes(bytes), size: bytes.length };
  return bytes.length === 0 ? readArticleFile(f) : readArticleContent(f, decodeText(bytes));
}

function readArticle(article: Article, spilled: SpilledText): ReadArticle {
  const { paragraphs, speakers: _speakers, ...summary } = article;
  const dating = dateArticle(article);
  const claimed = dating.kind !== null || (dating.claims?.length ?? 0) > 0;
  return { ...summary, paragraphs: paragraphs.length, dating, text: claimed ? article : null, spilled };
}
