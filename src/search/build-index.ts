/**
 * Builds the saved index from an archive folder: read, clean and date the articles, find the summits,
 * index the paragraphs in shards, and write everything deterministically (same archive, same bytes).
 * Reading goes by chunks of files and indexing by shards, in worker threads or in this one; either
 * way the building thread keeps only what the index stores of each article (the paragraphs wait in
 * spill files until their shard is indexed), so memory stays bounded as the archive grows.
 */
import { join } from 'node:path';
import { keepFirstOfEachId, listArchiveFiles, type ArchiveFile } from '../corpus/read-archive';
import { leftOutInto, otherFileKinds } from '../corpus/list-archive';
import type { ArchiveProblem, Article } from '../corpus/types';
import { assembleTimeline, readByTimeline, reportsSummit } from '../events/build-timeline';
import type { Timeline } from '../events/types';
import { statementsOf } from '../quotes/statements-file';
import type { WrittenShard } from './build-worker';
import { articleReport, summariseBuild, type BuildReport } from './build-report';
import { coverageOf, LEADER_TERMS } from './coverage-file';
import { fingerprintOf, type FileHashes } from './fingerprint';
import { corpusFilesOf } from './freshness';
import { IndexWriter } from './index-writer';
import { writeCoverage, writeIndexMetadata } from './index-metadata';
import { readChunk, type ReadArticle, type ReadChunk } from './read-chunk';
import { corpusPathOf, FORMAT, shardName, type StoredArticle } from './saved-form';
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
    const { chunks, total, spill, leftOut } = chunksToRead(corpusDir, writer);
    let read = 0;
    const chunksRead = chunks.map((chunk, n) => {
      options.onProgress?.(read, total, 'reading');
      read += chunk.length;
      return readChunk(chunk, spill(n));
    });
    const { articles, problems, plan, paragraphs } = planFrom(corpusDir, chunksRead, leftOut, options);
    const timeline = timelineOf(articles);
    let indexed = 0;
    const rest = writeAllButShards(corpusDir, writer, articles, timeline, problems, plan.length, hashesOf(chunksRead));
    const shards = plan.map((parts, n) => {
      const shard = writeShard(writer, shardName(n), parts);
      options.onProgress?.((indexed += shard.info.paragraphs), paragraphs, 'indexing');
      return shard;
    });
    return rest.commit(shards);
  } finally {
    writer.abort();
  }
}

/**
 * Builds with `workers` threads: chunks of files are read, and shards indexed and written, in parallel.
 * While the workers index, this thread writes every file but the shards and the coverage.
 */
export async function buildIndexInParallel(
  corpusDir: string,
  outDir: string,
  workers: number,
  options: BuildOptions = {},
): Promise<BuildReport> {
  const pool = startWorkerPool(workers);
  const writer = IndexWriter.begin(outDir);
  try {
    const { chunks, total, spill, leftOut } = chunksToRead(corpusDir, writer);
    let read = 0;
    const chunksRead = await pool.runAll<ReadChunk>(
      chunks.map((files, n) => ({ kind: 'read', files, spill: spill(n) })),
      (chunk) => options.onProgress?.((read += chunk.files.length), total, 'reading'),
    );
    const { articles, problems, plan, paragraphs } = planFrom(corpusDir, chunksRead, leftOut, options);
    let indexed = 0;
    const pending = pool.runAll<WrittenShard>(
      plan.map((parts, n) => ({ kind: 'shard', staging: writer.staging, name: shardName(n), parts })),
      (written) => {
        writer.adopt(written.files);
        options.onProgress?.((indexed += written.shard.info.paragraphs), paragraphs, 'indexing');
      },
    );
    const rest = writeAllButShards(corpusDir, writer, articles, timelineOf(articles), problems, plan.length, hashesOf(chunksRead));
    return rest.commit((await pending).map((w) => w.shard));
  } finally {
    await pool.close();
    writer.abort();
  }
}

/** The archive's files in chunks of FILES_PER_TASK, and where each chunk's paragraphs wait until indexed. */
function chunksToRead(
  corpusDir: string,
  writer: IndexWriter,
): { chunks: ArchiveFile[][]; total: number; spill: (chunk: number) => string; leftOut: ArchiveProblem[] } {
  const leftOut: ArchiveProblem[] = [];
  const files = listArchiveFiles(corpusDir, leftOutInto(leftOut));
  const chunks: ArchiveFile[][] = [];
  for (let i = 0; i < files.length; i += FILES_PER_TASK) chunks.push(files.slice(i, i + FILES_PER_TASK));
  const scratch = writer.scratch();
  return { chunks, total: files.length, spill: (chunk) => join(scratch, `${String(chunk).padStart(5, '0')}.spill`), leftOut };
}

/** The articles kept, in id order, and the shards they are cut into. */
function planFrom(corpusDir: string, chunksRead: readonly ReadChunk[], leftOut: ArchiveProblem[], options: BuildOptions) {
  const { articles, problems } = keepArticles(corpusDir, chunksRead, leftOut);
  const plan = planShards(articles, options.shardSize ?? SHARD_PARAGRAPHS);
  return { articles, problems, plan, paragraphs: articles.reduce((m, a) => m + a.paragraphs, 0) };
}

/** What an archive with no article holds instead: " (it holds 120 .html files, 3 .pdf files: convert them to text or Markdown)". */
function foundInstead(corpusDir: string): string {
  const kinds = otherFileKinds(corpusDir).slice(0, 3);
  if (!kinds.length) return '';
  return ` (it holds ${kinds.map(([kind, n]) => `${n} ${kind} file${n === 1 ? '' : 's'}`).join(', ')}: convert them to text or Markdown)`;
}

/** The articles kept, and the problems: folders left out (`leftOut`), then files. */
function keepArticles(
  corpusDir: string,
  chunks: readonly ReadChunk[],
  leftOut: ArchiveProblem[],
): { articles: ReadArticle[]; problems: ArchiveProblem[] } {
  const kept = keepFirstOfEachId(chunks.flatMap((c) => c.files));
  const problems = kept.problems;
  if (kept.articles.length === 0) {
    const why = problems.length
      ? `all ${problems.length} file(s) were skipped: ${problems.map((p) => `${p.file}: ${p.problem}`).join('; ')}`
      : `it holds no .txt or .md files${foundInstead(corpusDir)}`;
    const folders = leftOut.map((p) => `; ${p.file}: ${p.problem}`).join('');
    throw new BuildError(`Nothing to index in ${corpusDir}: ${why}${folders}.`);
  }
  problems.unshift(...leftOut);
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

/**
 * Writes the index's files but its shards and coverage, from the articles and the timeline; `commit`
 * writes the coverage once the shards are indexed (it is read from their postings) and commits the
 * generation.
 */
function writeAllButShards(
  corpusDir: string,
  writer: IndexWriter,
  read: ReadArticle[],
  timeline: Timeline,
  problems: ArchiveProblem[],
  shardCount: number,
  hashes: FileHashes,
): { commit: (indexed: IndexedShard[]) => BuildReport } {
  const outDir = writer.indexDir;
  const dating = new Map(timeline.datings.map((d) => [d.articleId, d]));
  const stored: StoredArticle[] = read.map((a) => storedArticle(a, dating.get(a.id)?.eventDate ?? null));
  const numbers = new Map(stored.map((a, n) => [a.id, n]));
  // Only the articles with claims kept their text: every one that reports a summit is among them.
  const articles = read.flatMap((a) => (a.text ? [a.text] : []));
  const paragraphs = read.reduce((n, a) => n + a.paragraphs, 0);
  const perArticle = read.map((a) => articleReport(a, dating.get(a.id)!));
  const report = summariseBuild(
    { corpus: corpusDir, out: outDir, files: Object.keys(hashes).length, paragraphs, shards: shardCount },
    timeline,
    perArticle,
    problems,
  );
  const corpus = corpusPathOf(corpusDir);
  const archive = { corpusFingerprint: fingerprintOf(hashes), corpusFiles: corpusFilesOf(hashes) };
  // Every article that reports a summit, dated or not: dates are answered from these, and an update re-dates from them.
  const summit = articles.filter((a) => reportsSummit(dating.get(a.id)));
  writeIndexMetadata(writer, {
    articles: stored,
    timeline,
    archiveFiles: hashes,
    summitParagraphs: Object.fromEntries(summit.map((a) => [a.id, a.paragraphs])),
    statements: statementsOf(summit),
    report: { ...report, corpus, out: '.' },
  });
  return {
    commit(indexed) {
      writeCoverage(
        writer,
        coverageOf({
          inParagraphs: LEADER_TERMS.map((_, i) => indexed.flatMap((s) => s.leaders[i]!)),
          titles: stored.map((a, n): [number, string] => [n, a.title]),
          events: timeline.events,
          numberOf: (id) => numbers.get(id),
        }),
        stored.length,
      );
      const shards = indexed.map((s) => s.info);
      writer.commit({ format: FORMAT, corpus, ...archive, articles: stored.length, paragraphs, shards, fields: FIELDS });
      return report;
    },
  };
}
