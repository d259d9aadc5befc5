/**
 * Builds the saved index from an archive folder: read and clean the articles, find the summits, index
 * the paragraphs in shards, and write everything deterministically (same archive, same bytes). With
 * worker threads, reading and shards run in parallel; the result is the same bytes.
 */
import { cleanArticle } from '../corpus/clean-article';
import { keepFirstOfEachId, listArchiveFiles, readArticleFile, type ArchiveFile } from '../corpus/read-archive';
import type { ArchiveProblem, Article } from '../corpus/types';
import { buildTimeline } from '../events/build-timeline';
import type { Timeline } from '../events/types';
import { statementsOf } from '../quotes/statements-file';
import { articleReport, summariseBuild, type BuildReport } from './build-report';
import { fingerprintOf, hashFiles } from './fingerprint';
import { IndexWriter } from './index-writer';
import { writeParagraphStore } from './paragraph-store';
import { corpusPathOf, FORMAT, INDEX_FILES, shardName, type Manifest, type StoredArticle, type StoredParagraph } from './saved-form';
import { buildShardData, type ShardData } from './shard-data';
import { writeShardData } from './shard-file';
import { startWorkerPool } from './worker-pool';

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

type Read = { article: Article | null; problems: ArchiveProblem[] };

/** Builds in this thread. */
export function buildIndex(corpusDir: string, outDir: string, options: BuildOptions = {}): BuildReport {
  const files = listArchiveFiles(corpusDir);
  const reads: Read[] = files.map((f, i) => {
    const { article, problems } = readArticleFile(f);
    if (i % FILES_PER_TASK === 0) options.onProgress?.(i, files.length, 'reading');
    return { article: article ? cleanArticle(article) : null, problems };
  });
  const { articles, problems } = keepArticles(corpusDir, reads);
  const timeline = buildTimeline(articles);
  const slices = shardSlices(articles, options.shardSize ?? SHARD_PARAGRAPHS);
  const shards = slices.map((slice) => {
    const data = buildShardData(slice.map(([, , text]) => text));
    options.onProgress?.(slice[slice.length - 1]![0] + 1, articles.length, 'indexing');
    return data;
  });
  return writeIndex(corpusDir, outDir, articles, timeline, problems, slices, shards);
}

/** Builds with `workers` threads: files are read and cleaned, and shards computed, in parallel. */
export async function buildIndexInParallel(
  corpusDir: string,
  outDir: string,
  workers: number,
  options: BuildOptions = {},
): Promise<BuildReport> {
  const pool = startWorkerPool(workers);
  try {
    const files = listArchiveFiles(corpusDir);
    const chunks: ArchiveFile[][] = [];
    for (let i = 0; i < files.length; i += FILES_PER_TASK) chunks.push(files.slice(i, i + FILES_PER_TASK));
    let read = 0;
    const reads = (
      await Promise.all(
        chunks.map(async (chunk) => {
          const done = await pool.run<Read[]>({ kind: 'read', files: chunk });
          options.onProgress?.((read += chunk.length), files.length, 'reading');
          return done;
        }),
      )
    ).flat();
    const { articles, problems } = keepArticles(corpusDir, reads);
    const slices = shardSlices(articles, options.shardSize ?? SHARD_PARAGRAPHS);
    let indexed = 0;
    const pending = slices.map(async (slice) => {
      const data = await pool.run<ShardData>({ kind: 'shard', texts: slice.map(([, , text]) => text) });
      options.onProgress?.(
        (indexed += slice.length),
        slices.reduce((n, s) => n + s.length, 0),
        'indexing',
      );
      return data;
    });
    const timeline = buildTimeline(articles);
    const shards = await Promise.all(pending);
    return writeIndex(corpusDir, outDir, articles, timeline, problems, slices, shards);
  } finally {
    await pool.close();
  }
}

function keepArticles(corpusDir: string, reads: Read[]): { articles: Article[]; problems: ArchiveProblem[] } {
  const kept = keepFirstOfEachId(reads);
  const problems = kept.problems;
  if (kept.articles.length === 0) {
    const why = problems.length
      ? `all ${problems.length} file(s) were skipped: ${problems.map((p) => `${p.file}: ${p.problem}`).join('; ')}`
      : 'it holds no .txt or .md files';
    throw new BuildError(`Nothing to index in ${corpusDir}: ${why}.`);
  }
  const articles = kept.articles.filter((a) => {
    if (a.paragraphs.length > 0) return true;
    problems.push({ file: a.file, problem: 'nothing left after removing page furniture; skipped', kept: false });
    return false;
  });
  if (articles.length === 0) throw new BuildError(`Nothing to index in ${corpusDir}: no article kept any text.`);
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles, problems };
}

function shardSlices(articles: Article[], shardSize: number): StoredParagraph[][] {
  const all: StoredParagraph[] = articles.flatMap((a, ai) => a.paragraphs.map((text, pi): StoredParagraph => [ai, pi, text]));
  const slices: StoredParagraph[][] = [];
  for (let start = 0; start < all.length; start += shardSize) slices.push(all.slice(start, start + shardSize));
  return slices;
}

/** What the index keeps of an article besides its paragraphs. */
export function storedArticle(a: Article, eventDate: string | null): StoredArticle {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    titleFrom: a.titleFrom,
    source: a.source,
    url: a.url,
    published: a.published,
    eventDate,
    paragraphs: a.paragraphs.length,
  };
}

export function writeIndex(
  corpusDir: string,
  outDir: string,
  articles: Article[],
  timeline: Timeline,
  problems: ArchiveProblem[],
  slices: StoredParagraph[][],
  shardData: ShardData[],
): BuildReport {
  const dating = new Map(timeline.datings.map((d) => [d.articleId, d]));
  const stored: StoredArticle[] = articles.map((a) => storedArticle(a, dating.get(a.id)?.eventDate ?? null));
  const writer = IndexWriter.begin(outDir);
  try {
    const shards: Manifest['shards'] = slices.map((slice, n) => {
      const name = shardName(n);
      const data = shardData[n]!;
      writeShardData(writer, name, data);
      writeParagraphStore(writer, name, slice);
      return { name, paragraphs: slice.length, terms: data.terms.length, postings: data.postingDocs.length };
    });
    const paragraphs = slices.reduce((n, s) => n + s.length, 0);
    const hashes = hashFiles(corpusDir);
    const manifest: Omit<Manifest, 'files'> = {
      format: FORMAT,
      corpus: corpusPathOf(corpusDir),
      corpusFingerprint: fingerprintOf(hashes),
      articles: stored.length,
      paragraphs,
      shards,
      fields: FIELDS,
    };
    const perArticle = articles.map((a) => articleReport({ ...a, paragraphs: a.paragraphs.length }, dating.get(a.id)!));
    const report = summariseBuild(
      { corpus: corpusDir, out: outDir, files: Object.keys(hashes).length, paragraphs, shards: shards.length },
      timeline,
      perArticle,
      problems,
    );
    const write = (file: string, value: unknown) => writer.writeJson(file, value, stored.length);
    write(INDEX_FILES.articles, stored);
    write(INDEX_FILES.timeline, timeline);
    write(INDEX_FILES.archiveFiles, hashes);
    // Every article that reports a summit, dated or not: dates are answered from these, and an update re-dates from them.
    const summit = articles.filter((a) => dating.get(a.id)?.kind != null);
    write(INDEX_FILES.summitParagraphs, Object.fromEntries(summit.map((a) => [a.id, a.paragraphs])));
    write(INDEX_FILES.statements, statementsOf(summit));
    write(INDEX_FILES.report, { ...report, corpus: manifest.corpus, out: '.' });
    writer.commit(manifest);
    return report;
  } finally {
    writer.abort();
  }
}
