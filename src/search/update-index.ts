/**
 * Adds new and changed articles to a built index without rebuilding it: only the shards that hold a
 * changed article, and the last shard (where new articles go), are indexed again; the timeline is
 * re-assembled from the stored datings. New articles are numbered after the existing ones, so the
 * files differ from a fresh build's (which sorts by id); the answers are those of a fresh build up to
 * BM25's per-shard statistics. When a full build is the right thing (no usable index, another
 * archive, an article removed, many changed, a changed file that no longer reads) it says why.
 */
import { basename, extname } from 'node:path';
import { cleanArticle } from '../corpus/clean-article';
import { listArchiveFiles, readArticleFile, type ArchiveFile } from '../corpus/read-archive';
import type { ArchiveProblem, Article } from '../corpus/types';
import { statementsOf, type SavedStatements } from '../quotes/statements-file';
import { assembleTimeline, dateArticle, readByTimeline, type SummitArticle } from '../events/build-timeline';
import type { ArticleDating } from '../events/types';
import { articleReport, summariseBuild, type ArticleReport, type BuildReport } from './build-report';
import { ArchiveError } from './archive-error';
import { fingerprintOf, hashFiles, statFiles, unchangedFiles, type FileHashes, type FileStats } from './fingerprint';
import { openGeneration, type Generation } from './index-generation';
import { IndexWriter } from './index-writer';
import { openParagraphStore, writeParagraphStore, type ParagraphStore } from './paragraph-store';
import {
  corpusPathOf,
  INDEX_FILES,
  shardFiles,
  shardName,
  type Manifest,
  type StoredArticle,
  type StoredParagraph,
  type StoredTimeline,
} from './saved-form';
import { buildShardData } from './shard-data';
import { writeShardData } from './shard-file';
import { SHARD_PARAGRAPHS, storedArticle } from './build-index';

/** New articles are added to the last shard while it is this small, else they start a new one. */
export const RECENT_SHARD_PARAGRAPHS = SHARD_PARAGRAPHS / 8;

function allRows(store: ParagraphStore): StoredParagraph[] {
  return Array.from({ length: store.size }, (_, doc): StoredParagraph => [store.article[doc]!, store.number[doc]!, store.text(doc)]);
}

/** More changes than this share of the archive: a full build is as quick and gives canonical files. */
const MAX_CHANGED_SHARE = 0.05;

export interface UpdateSummary {
  added: string[];
  changed: string[];
  reindexedShards: string[];
}

/** `stats`: the files' stats, taken before anything was read (statFiles); taken here when absent. */
export type UpdateOptions = { anyShare?: boolean; files?: ArchiveFile[]; stats?: FileStats };

/** What an update did, or why the index must be built whole instead. */
export type UpdateOutcome = { updated: true; report: BuildReport; summary: UpdateSummary } | { updated: false; fullBuildBecause: string };

const fullBuild = (because: string): UpdateOutcome => ({ updated: false, fullBuildBecause: because });

export function updateIndex(corpusDir: string, outDir: string, options: UpdateOptions = {}): UpdateOutcome {
  let generation: Generation;
  try {
    generation = openGeneration(outDir);
  } catch (e) {
    if (e instanceof ArchiveError)
      return fullBuild(e.code === 'missing' ? 'there is no index yet' : `the index cannot be updated (${e.message})`);
    throw e;
  }
  try {
    return updateGeneration(corpusDir, outDir, generation, options);
  } catch (e) {
    if (e instanceof ArchiveError) return fullBuild(`the index cannot be updated (${e.message})`);
    throw e;
  } finally {
    generation.close();
  }
}

function updateGeneration(
  corpusDir: string,
  outDir: string,
  generation: Generation,
  { anyShare = false, files: listing, stats }: UpdateOptions,
): UpdateOutcome {
  const { manifest } = generation;
  const corpus = corpusPathOf(corpusDir);
  if (manifest.corpus !== corpus) return fullBuild(`the index was built from another archive (${manifest.corpus})`);
  const readJson = <T>(file: string): T => generation.readJson<T>(file);
  const before = readJson<FileHashes>(INDEX_FILES.archiveFiles);
  const listed = listing ?? listArchiveFiles(corpusDir);
  // Only files whose size or modification time changed since this generation hashed them are read.
  const unchanged = unchangedFiles(outDir, generation.name, stats ?? statFiles(listed));
  const now = hashFiles(corpusDir, listed, { hashes: before, unchanged });
  const added = Object.keys(now).filter((f) => !(f in before));
  const changed = Object.keys(now).filter((f) => f in before && before[f]!.hash !== now[f]!.hash);
  const removed = Object.keys(before).filter((f) => !(f in now));
  if (removed.length > 0) return fullBuild(`${removed.length} file(s) were removed, such as ${removed[0]}`);
  if (!anyShare && added.length + changed.length > Math.max(1, Object.keys(now).length * MAX_CHANGED_SHARE)) {
    return fullBuild(
      `${added.length + changed.length} of ${Object.keys(now).length} files changed (more than ${MAX_CHANGED_SHARE * 100} %; --update forces an update)`,
    );
  }

  const stored = readJson<StoredArticle[]>(INDEX_FILES.articles);
  const numberOf = new Map(stored.map((a, i) => [a.id, i]));
  const oldReport = readJson<BuildReport & { perArticle: ArticleReport[] }>(INDEX_FILES.report);
  const files = new Map(listed.map((f) => [f.file, f]));
  const touched = new Set([...added, ...changed]);
  const problems: ArchiveProblem[] = oldReport.problems.filter((p) => !touched.has(p.file));
  const fresh = new Map<string, Article>();
  for (const file of [...changed, ...added].sort()) {
    const read = readArticleFile(files.get(file)!);
    problems.push(...read.problems);
    const article = read.article ? cleanArticle(read.article) : null;
    const id = basename(file, extname(file));
    const existing = numberOf.get(id);
    // A changed article that can no longer be read, or a new file whose id is taken: the full build decides.
    if (!article || article.paragraphs.length === 0) return fullBuild(`${file} has no text left to index`);
    if (existing !== undefined && stored[existing]!.file !== file) return fullBuild(`${file} has the same id as ${stored[existing]!.file}`);
    fresh.set(id, article);
  }

  // Articles: changed ones keep their number, new ones come after.
  const addedIds = [...fresh.keys()].filter((id) => !numberOf.has(id)).sort();
  for (const id of addedIds) {
    numberOf.set(id, stored.length);
    stored.push({ id, file: '', title: '', source: null, url: null, published: null, eventDate: null, paragraphs: 0 });
  }
  for (const [id, a] of fresh) stored[numberOf.get(id)!] = storedArticle(a, null);

  // Shards: those holding a changed article, and the last one for new articles.
  const changedNumbers = new Set([...fresh.keys()].filter((id) => !addedIds.includes(id)).map((id) => numberOf.get(id)!));
  const shards = manifest.shards.map((info) => ({ info, store: openParagraphStore(generation, info, stored.length) }));
  const rowsToWrite = new Map<number, StoredParagraph[]>();
  const placed = new Set<number>(); // an article split across two shards goes whole into the first
  shards.forEach(({ store }, si) => {
    const holdsChanged = Array.from(store.article).some((a) => changedNumbers.has(a));
    if (!holdsChanged) return;
    const rows: StoredParagraph[] = [];
    for (let doc = 0; doc < store.size; doc += 1) {
      const a = store.article[doc]!;
      if (!changedNumbers.has(a)) rows.push([a, store.number[doc]!, store.text(doc)]);
      else if (!placed.has(a)) {
        placed.add(a);
        fresh.get(stored[a]!.id)!.paragraphs.forEach((text, p) => rows.push([a, p, text]));
      }
    }
    rowsToWrite.set(si, rows);
  });
  const newRows: StoredParagraph[] = addedIds.flatMap((id) =>
    fresh.get(id)!.paragraphs.map((text, p): StoredParagraph => [numberOf.get(id)!, p, text]),
  );
  // New articles go to a small shard of recent additions, so adding one re-indexes little.
  const lastIndex = shards.length - 1;
  const lastSize = manifest.shards[lastIndex]?.paragraphs ?? 0;
  if (newRows.length && lastSize + newRows.length <= RECENT_SHARD_PARAGRAPHS) {
    const last = rowsToWrite.get(lastIndex) ?? allRows(shards[lastIndex]!.store);
    rowsToWrite.set(lastIndex, [...last, ...newRows]);
  } else if (newRows.length) rowsToWrite.set(shards.length, newRows);

  for (const { store } of shards) store.close();
  const writer = IndexWriter.begin(outDir);
  try {
    const infos = manifest.shards.slice();
    for (const [si, rows] of [...rowsToWrite.entries()].sort((a, b) => a[0] - b[0])) {
      const name = shardName(si);
      const data = buildShardData(rows.map(([, , text]) => text));
      writeShardData(writer, name, data);
      writeParagraphStore(writer, name, rows);
      infos[si] = { name, paragraphs: rows.length, terms: data.terms.length, postings: data.postingDocs.length };
    }
    // Shards that did not change are the same files: linked into the new generation, not rewritten.
    infos.forEach((info, si) => {
      if (!rowsToWrite.has(si)) for (const file of Object.values(shardFiles(info.name))) writer.reuse(file, generation);
    });

    // Timeline: stored datings (an inference is re-made), fresh ones for the new and changed articles.
    const oldTimeline = readJson<StoredTimeline>(INDEX_FILES.timeline);
    const oldDatings = new Map(oldTimeline.datings.map((d) => [d.articleId, d]));
    const own: ArticleDating[] = stored.map((a) => {
      const article = fresh.get(a.id);
      if (article) return dateArticle(article);
      const d = oldDatings.get(a.id)!;
      return d.dateFrom === 'inferred' ? { ...d, eventDate: null, dateFrom: null, evidence: 'no date in the article' } : d;
    });
    const summitText = readJson<Record<string, string[]>>(INDEX_FILES.summitParagraphs);
    const summit: SummitArticle[] = stored
      .filter((a, i) => readByTimeline(own[i]!))
      .map((a) => ({
        id: a.id,
        title: a.title,
        published: a.published,
        paragraphs: fresh.get(a.id)?.paragraphs ?? summitText[a.id] ?? [],
      }));
    const timeline = assembleTimeline(own, summit);
    const dating = new Map(timeline.datings.map((d) => [d.articleId, d]));
    for (const a of stored) a.eventDate = dating.get(a.id)?.eventDate ?? null;

    const oldPer = new Map(oldReport.perArticle.map((p) => [p.id, p]));
    const perArticle: ArticleReport[] = stored.map((a) => {
      const f = fresh.get(a.id);
      return articleReport(f ? { ...f, paragraphs: f.paragraphs.length } : oldPer.get(a.id)!, dating.get(a.id)!);
    });
    const paragraphs = infos.reduce((n, s) => n + s.paragraphs, 0);
    const { files: _files, ...kept } = manifest;
    const newManifest: Omit<Manifest, 'files'> = {
      ...kept,
      corpusFingerprint: fingerprintOf(now),
      articles: stored.length,
      paragraphs,
      shards: infos,
    };
    const report = summariseBuild(
      { corpus: corpusDir, out: outDir, files: Object.keys(now).length, paragraphs, shards: infos.length },
      timeline,
      perArticle,
      problems,
    );
    const summitNow: Record<string, string[]> = {};
    for (const s of summit) summitNow[s.id] = s.paragraphs;
    const write = (file: string, value: unknown) => writer.writeJson(file, value, stored.length);
    write(INDEX_FILES.articles, stored);
    write(INDEX_FILES.timeline, timeline);
    write(INDEX_FILES.archiveFiles, now);
    write(INDEX_FILES.summitParagraphs, summitNow);
    // Statements are found again only in new and changed articles; the others keep theirs.
    const oldStatements = readJson<SavedStatements>(INDEX_FILES.statements);
    write(
      INDEX_FILES.statements,
      statementsOf(
        summit.map((s) => ({ id: s.id, paragraphs: s.paragraphs, published: s.published, speakers: fresh.get(s.id)?.speakers })),
        (id) => (fresh.has(id) ? undefined : oldStatements[id]),
      ),
    );
    write(INDEX_FILES.report, { ...report, corpus, out: '.' });
    writer.commit(newManifest);
    return {
      updated: true,
      report,
      summary: {
        added: addedIds,
        changed: [...fresh.keys()].filter((id) => !addedIds.includes(id)),
        reindexedShards: [...rowsToWrite.keys()].sort((a, b) => a - b).map(shardName),
      },
    };
  } finally {
    writer.abort();
  }
}
