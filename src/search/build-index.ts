/**
 * Builds the saved index from an archive folder: read, clean and date the articles, find the summits,
 * index the paragraphs in shards, and write everything deterministically (same archive, same bytes).
 * Reading goes by chunks of files and indexing by shards, in worker threads or in this one; either
 * way the building thread keeps only what the index stores of each article (the paragraphs wait in
 * spill files until their shard is indexed), so memory stays bounded as the archive grows.
 */
import { join } from 'node:path';
import { keepFirstOfEachId, listArchiveFiles, type ArchiveFile } from '../corpus/read-archive';
import type { ArchiveProblem, Article } from '../corpus/types';
import { assembleTimeline, readByTimeline } from '../events/build-timeline';
import type { Timeline } from '../events/types';
import { statementsOf } from '../quotes/statements-file';
import type { WrittenShard } from './build-worker';
import { articleReport, summariseBuild, type BuildReport } from './build-report';
import { coverageOf, LEADER_TERMS } from './coverage-file';
import { fingerprintOf, type FileHashes } from './fingerprint';
import { corpusFilesOf } from './freshness';
import { IndexWriter } from './index-writer';
import { writeIndexMetadata } from './index-metadata';
import { readChunk, type ReadArticle, type ReadChunk } from './read-chunk';
import { corpusPathOf, FORMAT, shardName, type Manifest, type StoredArticle } from './saved-form';
import { startWorkerPool } from './worker-pool';
import { planShards, writeShard, type IndexedShard } from './write-shard';

/**
 * One field, the paragraph's text: a title field (boost 0.4) ranked the checks of
 * public eval checks (test/fixtures/eval-questions.json) no better (MRR 0.905 both ways) and doubled the index.
 */
export const FIELDS = { text: 1 };
export const SHARD_PARAGRAPHS = 40_000;
const FILES_PER_TASK = 500;

export class BuildError extends Error {}

export interface BuildOptions {
  shardSize?: number;
  onProgress?: (done: number, total: number, stage: 'reading' | 'indexing') => void;
}

/** Builds in this thread. */
export function buildIndex(corpusDir: string, outDir: string, options: BuildOptions = {}): BuildReport {
  const writer = IndexWriter.begin(outDir);
  try {
    const { chunks, total, spill } = chunksToRead(corpusDir, writer);
    let read = 0;
    const chunksRead = chunks.map((chunk, n) => {
      options.onProgress?.(read, total, 'reading');
      read += chunk.length;
      return readChunk(chunk, spill(n));
    });
    const { articles, problems, plan, paragraphs } = planFrom(corpusDir, chunksRead, options);
    const timeline = timelineOf(articles);
    let indexed = 0;
    const shards = plan.map((parts, n) => {
      const shard = writeShard(writer, shardName(n), parts);
      options.onProgress?.((indexed += shard.info.paragraphs), paragraphs, 'indexing');
      return shard;
    });
    return writeIndex(corpusDir, writer, articles, timeline, problems, shards, hashesOf(chunksRead));
  } finally {
    writer.abort();
  }
}

/** Builds with `workers` threads: chunks of files are read, and shards indexed and written, in parallel. */
export async function buildIndexInParallel(
  corpusDir: string,
  outDir: string,
  workers: number,
  options: BuildOptions = {},
): Promise<BuildReport> {
  const pool = startWorkerPool(workers);
  const writer = IndexWriter.begin(outDir);
  try {
    const { chunks, total, spill } = chunksToRead(corpusDir, writer);
    let read = 0;
    const chunksRead = await Promise.all(
      chunks.map(async (files, n) => {
        const done = await pool.run<ReadChunk>({ kind: 'read', files, spill: spill(n) });
        options.onProgress?.((read += files.length), total, 'reading');
        return done;
      }),
    );
    const { articles, problems, plan, paragraphs } = planFrom(corpusDir, chunksRead, options);
    let indexed = 0;
    const pending = plan.map(async (parts, n) => {
      const written = await pool.run<WrittenShard>({ kind: 'shard', staging: writer.staging, name: shardName(n), parts });
      writer.adopt(written.files);
      options.onProgress?.((indexed += written.shard.info.paragraphs), paragraphs, 'indexing');
      return written.shard;
    });
    // The timeline is assembled here while the workers index.
    const timeline = timelineOf(articles);
    const shards = await Promise.all(pending);
    return writeIndex(corpusDir, writer, articles, timeline, problems, shards, hashesOf(chunksRead));
  } finally {
    await pool.close();
    writer.abort();
  }
}

/** The archive's files in chunks of FILES_PER_TASK, and where each chunk's paragraphs wait until indexed. */
function chunksToRead(
  corpusDir: string,
  writer: IndexWriter,
): { chunks: ArchiveFile[][]; total: number; spill: (chunk: number) => string } {
  const files = listArchiveFiles(corpusDir);
  const chunks: ArchiveFile[][] = [];
  for (let i = 0; i < files.length; i += FILES_PER_TASK) chunks.push(files.slice(i, i + FILES_PER_TASK));
  const scratch = writer.scratch();
  return { chunks, total: files.length, spill: (chunk) => join(scratch, `${String(chunk).padStart(5, '0')}.spill`) };
}

/** The articles kept, in id order, and the shards they are cut into. */
function planFrom(corpusDir: string, chunksRead: readonly ReadChunk[], options: BuildOptions) {
  const { articles, problems } = keepArticles(corpusDir, chunksRead);
  const plan = planShards(articles, options.shardSize ?? SHARD_PARAGRAPHS);
  return { articles, problems, plan, paragraphs: articles.reduce((m, a) => m + a.paragraphs, 0) };
}

function keepArticles(corpusDir: string, chunks: readonly ReadChunk[]): { articles: ReadArticle[]; problems: ArchiveProblem[] } {
  const kept = keepFirstOfEachId(chunks.flatMap((c) => c.files));
  const problems = kept.problems;
  if (kept.articles.length === 0) {
    const why = problems.length
      ? `all ${problems.length} file(s) were skipped: ${problems.map((p) => `${p.file}: ${p.problem}`).join('; ')}`
      : 'it holds no .txt or .md files';
    throw new BuildError(`Nothing to index in ${corpusDir}: ${why}.`);
  }
  const articles = kept.articles.filter((a) => {
    if (a.paragraphs > 0) return true;
    problems.push({ file: a.file, problem: 'nothing left after removing page furniture; skipped', kept: false });
    return false;
  });
  if (articles.length === 0) throw new BuildError(`Nothing to index in ${corpusDir}: no article kept any text.`);
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles, problems };
}

/** Every file's hash, in the order of the listing (the chunks'). */
function hashesOf(chunks: readonly ReadChunk[]): FileHashes {
  return Object.assign({}, ...chunks.map((c) => c.hashes)) as FileHashes;
}

/** The timeline from each article's own dating (made while reading) and the text of those it reads. */
function timelineOf(articles: readonly ReadArticle[]): Timeline {
  const summit = articles.filter((a) => readByTimeline(a.dating)).map((a) => a.text!);
  return assembleTimeline(
    articles.map((a) => a.dating),
    summit,
  );
}

/** What the index keeps of an article besides its paragraphs. */
export function storedArticle(
  a: Pick<Article, 'id' | 'file' | 'title' | 'titleFrom' | 'source' | 'url' | 'published'> & { paragraphs: readonly string[] | number },
  eventDate: string | null,
): StoredArticle {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    titleFrom: a.titleFrom,
    source: a.source,
    url: a.url,
    published: a.published,
    eventDate,
    paragraphs: typeof a.paragraphs === 'number' ? a.paragraphs : a.paragraphs.length,
  };
}

/** Writes the index's other files and commits the generation whose shards are written. */
function writeIndex(
  corpusDir: string,
  writer: IndexWriter,
  read: ReadArticle[],
  timeline: Timeline,
  problems: ArchiveProblem[],
  indexed: IndexedShard[],
  hashes: FileHashes,
): BuildReport {
  const outDir = writer.indexDir;
  const shards = indexed.map((s) => s.info);
  try {
    const dating = new Map(timeline.datings.map((d) => [d.articleId, d]));
    const stored: StoredArticle[] = read.map((a) => storedArticle(a, dating.get(a.id)?.eventDate ?? null));
    const numbers = new Map(stored.map((a, n) => [a.id, n]));
    // Only the articles with claims kept their text: every one that reports a summit is among them.
    const articles = read.flatMap((a) => (a.text ? [a.text] : []));
    const paragraphs = shards.reduce((n, s) => n + s.paragraphs, 0);
    const manifest: Omit<Manifest, 'files'> = {
      format: FORMAT,
      corpus: corpusPathOf(corpusDir),
      corpusFingerprint: fingerprintOf(hashes),
      corpusFiles: corpusFilesOf(hashes),
      articles: stored.length,
      paragraphs,
      shards,
      fields: FIELDS,
    };
    const perArticle = read.map((a) => articleReport(a, dating.get(a.id)!));
    const report = summariseBuild(
      { corpus: corpusDir, out: outDir, files: Object.keys(hashes).length, paragraphs, shards: shards.length },
      timeline,
      perArticle,
      problems,
    );
    // Every article that reports a summit, dated or not: dates are answered from these, and an update re-dates from them.
    const summit = articles.filter((a) => dating.get(a.id)?.kind != null);
    writeIndexMetadata(writer, {
      articles: stored,
      timeline,
      archiveFiles: hashes,
      summitParagraphs: Object.fromEntries(summit.map((a) => [a.id, a.paragraphs])),
      statements: statementsOf(summit),
      coverage: coverageOf({
        inParagraphs: LEADER_TERMS.map((_, i) => indexed.flatMap((s) => s.leaders[i]!)),
        titles: stored.map((a, n): [number, string] => [n, a.title]),
        events: timeline.events,
        numberOf: (id) => numbers.get(id),
      }),
      report: { ...report, corpus: manifest.corpus, out: '.' },
    });
    writer.commit(manifest);
    return report;
  } finally {
    writer.abort();
  }
}
