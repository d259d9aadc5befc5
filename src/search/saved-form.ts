/**
 * The saved index, a folder holding generations that are written once and never changed:
 *   CURRENT                 the name of the generation in use (switched by an atomic rename)
 *   g-<hash>/               one generation; <hash> is that of its manifest.json
 *     manifest.json         format, counts, the shards, the corpus fingerprint, and every other file
 *                           of the generation with its size and SHA-256
 *     files.json            each archive file's content hash, to name what changed
 *     articles.json         article metadata (title, source, url, dates), in id order
 *     timeline.json         the summits, and how each article the timeline reads was dated
 *     report.json           the build report (what was dropped, joined, dated, or could not be read)
 *     report/NNN.json       each article's line of that report, by parts (index-metadata.ts)
 *     summit-paragraphs.json  the paragraphs of every article that reports a summit
 *     statements.json       who said what in those articles (src/quotes), by article id
 *     coverage.json         the summits' coverage: the articles questions weigh up (coverage-file.ts)
 *     lookup.bin            where each article's records lie in articles.json, timeline.json and
 *                           files.json, for a one-shot command that reads only those (lookup-file.ts)
 *     shards/NNN.terms.bin + NNN.postings.bin + NNN.head.bin   a Lunr index's data over some of the
 *                                               paragraphs, read whole or by position (shard-file.ts)
 *     shards/NNN.text.bin + NNN.store.bin + NNN.text.sums   those paragraphs, read when shown, each
 *                                               64 KiB block of text checked when first read
 *                                               (paragraph-store.ts)
 * A build or update writes a new generation beside the old one and then switches CURRENT, so a bot
 * reading the old one is never handed a half-written file (index-writer.ts, index-generation.ts).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { ArticleDating, SummitEvent, Timeline } from '../events/types';
import { isUnreported } from '../events/unreported';

export const FORMAT = 8;

/** The pointer file naming the generation in use. */
export const POINTER = 'CURRENT';

/** The generation-wide files, by what they hold. */
export const INDEX_FILES = {
  manifest: 'manifest.json',
  archiveFiles: 'files.json',
  articles: 'articles.json',
  timeline: 'timeline.json',
  report: 'report.json',
  summitParagraphs: 'summit-paragraphs.json',
  statements: 'statements.json',
  coverage: 'coverage.json',
  lookup: 'lookup.bin',
} as const;

/** A shard's files. */
export const shardFiles = (name: string) => ({
  terms: `shards/${name}.terms.bin`,
  postings: `shards/${name}.postings.bin`,
  head: `shards/${name}.head.bin`,
  text: `shards/${name}.text.bin`,
  sums: `shards/${name}.text.sums`,
  store: `shards/${name}.store.bin`,
});

export const shardName = (n: number): string => String(n).padStart(3, '0');

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

export interface ShardFileInfo {
  name: string;
  paragraphs: number;
  terms: number;
  postings: number;
}

/** What the manifest promises about one file of the generation. */
export interface FileEntry {
  size: number;
  sha256: string;
}

export interface CorpusFiles {
  count: number;
  bytes: number;
  names: string;
}

export interface Manifest {
  format: number;
  /** The archive this index was built from (see corpusPathOf). */
  corpus: string;
  corpusFingerprint: string;
  /** The archive's files as listed (sorted): how many, their bytes, and a hash of their names (freshness.ts). */
  corpusFiles: CorpusFiles;
  articles: number;
  paragraphs: number;
  shards: ShardFileInfo[];
  fields: Record<string, number>;
  /** Every other file of the generation, by path inside it. */
  files: Record<string, FileEntry>;
}

export interface StoredArticle {
  id: string;
  file: string;
  title: string;
  /** How the title was made (`first sentence`: cut from the lead, the article had none); absent in older indexes. */
  titleFrom?: 'front matter' | 'first line' | 'first sentence';
  source: string | null;
  url: string | null;
  published: string | null;
  eventDate: string | null;
  paragraphs: number;
}

/**
 * timeline.json: the events, and the datings of the articles the timeline reads, in article order. An
 * article it does not list is dated `unreported` (events/unreported.ts), as nearly every article is:
 * at the bench archive's size the list is 143 datings instead of 21k.
 */
export interface StoredTimeline {
  events: SummitEvent[];
  datings: ArticleDating[];
}

export const storedTimeline = ({ events, datings }: Timeline): StoredTimeline => ({
  events,
  datings: datings.filter((d) => !isUnreported(d)),
});

/** A paragraph as stored in a shard: article index, paragraph number in the article, text. */
export type StoredParagraph = [number, number, string];
