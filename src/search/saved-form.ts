/**
 * The saved index, a folder:
 *   manifest.json        format, counts, the shards, the corpus fingerprint (for staleness)
 *   files.json           each archive file's content hash, to name what changed
 *   articles.json        article metadata (title, source, url, dates), in id order
 *   timeline.json        the summits and how each article was dated
 *   report.json          the build report (what was dropped, joined, dated, or could not be read)
 *   summit-paragraphs.json  the paragraphs of every article that reports a summit
 *   statements.json      who said what in those articles (src/quotes), by article id
 *   shards/NNN.terms.json + NNN.postings.bin   a Lunr index's data over some of the paragraphs
 *                                              (see shard-data.ts, shard-file.ts)
 *   shards/NNN.text.bin + NNN.store.bin        those paragraphs, read when shown (paragraph-store.ts)
 * Shards keep every JSON string far below V8's string limit, and let a later build replace only the
 * shards whose paragraphs changed; callers only see `Archive`.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { SummitEvent } from '../answers/types';
import type { ArticleDating } from '../events/build-timeline';
import type { ShardFileInfo } from './shard-file';

export const FORMAT = 4;

/**
 * Where the archive is, as the manifest says it: relative to the working directory it was built from
 * (the project root, for `npm run cli`) when it was given relative, else absolute. It does not depend
 * on where the index is written, so a build into another folder gives the same bytes.
 */
export function corpusPathOf(corpusDir: string): string {
  return (isAbsolute(corpusDir) ? resolve(corpusDir) : relative(process.cwd(), resolve(corpusDir)) || '.').split('\\').join('/');
}

/** The archive folder of a manifest. */
export function corpusDirOf(manifest: { corpus?: string }): string {
  return resolve(manifest.corpus ?? '.');
}

export interface Manifest {
  format: number;
  /** The archive this index was built from (see corpusPathOf). */
  corpus: string;
  corpusFingerprint: string;
  articles: number;
  paragraphs: number;
  shards: ShardFileInfo[];
  fields: Record<string, number>;
}

export interface StoredArticle {
  id: string;
  file: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  eventDate: string | null;
  paragraphs: number;
}

export interface StoredTimeline {
  events: SummitEvent[];
  datings: ArticleDating[];
}

/** A paragraph as stored in a shard: article index, paragraph number in the article, text. */
export type StoredParagraph = [number, number, string];
