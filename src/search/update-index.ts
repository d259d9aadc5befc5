/**
 * Adds new and changed articles to a built index without rebuilding it: only the shards that hold a
 * changed article, and the last shard (where new articles go), are indexed again; the timeline is
 * re-assembled from the stored datings. New articles are numbered after the existing ones, so the
 * files differ from a fresh build's (which sorts by id); the answers are those of a fresh build up to
 * BM25's per-shard statistics. The other files are edited, not made again: articles.json keeps its
 * bytes but for the entries that changed (saved-articles.ts), the report's parts whose articles did
 * not change are linked (index-metadata.ts), and when nothing changed nothing is written. When a full
 * build is the right thing (no usable index, another archive, an article removed, many changed, a
 * changed file that no longer reads) it says why.
 */
import { resolve } from 'node:path';
import { cleanArticle } from '../corpus/clean-article';
import { listArchiveFiles, readArticleFile, type ArchiveFile } from '../corpus/read-archive';
import { articleIdOf, leftOutInto } from '../corpus/list-archive';
import type { ArchiveProblem, Article } from '../corpus/types';
import { reviseTotals, summariseBuild, totalsOf, type BuildReport } from './build-report';
import { ArchiveError } from './archive-error';
import { savedFileStats, unchangedFiles, type SavedFileStats } from './file-stats';
import { statFiles, type FileStats } from './stat-files';
import { archiveChanges, savedFiles, type SavedFiles } from './archive-changes';
import { openGeneration, type Generation } from './index-generation';
import { indexJson, IndexWriter } from './index-writer';
import { savedArticles, type SavedArticles } from './saved-articles';
import {
  readReportSummary,
  reportPartFile,
  type ReportSummary,
  reviseReportParts,
  writeCoverage,
  writeReportSummary,
} from './index-metadata';
import { writeParagraphStore } from './paragraph-store';
import { corpusDirOf, corpusPathOf, INDEX_FILES, shardFiles, shardName, type Manifest, type StoredParagraph } from './saved-form';
import { LEADER_TERMS, leadersInShard, revisedCoverage, type SavedCoverage } from './coverage-file';
import { namesHash } from './names-hash';
import { once } from './once';
import { revisedLookupBytes } from './lookup-revision';
import { buildShardData } from './shard-data';
import { writeShardData } from './shard-file';
import { storedArticle } from './build-index';
import { shardsToReindex } from './update-shards';
import { revisedTimeline, savedTimeline, type SavedTimeline } from './update-timeline';
import { writeSummitFiles } from './update-summit-files';

/** More changes than this share of the archive: a full build is as quick and gives canonical files. */
const MAX_CHANGED_SHARE = 0.05;

export interface UpdateSummary {
  added: string[];
  changed: string[];
  reindexedShards: string[];
}

/**
 * `files`: the archive listed, with the folders it left out (`leftOut`); listed here when absent.
 * `stats`: the files' stats, taken before anything was read (statFiles); taken here when absent.
 */
export type UpdateOptions = { anyShare?: boolean; files?: ArchiveFile[]; leftOut?: ArchiveProblem[]; stats?: FileStats };

/** What an update did, or why the index must be built whole instead. */
export type UpdateOutcome = { updated: true; report: BuildReport; summary: UpdateSummary } | { updated: false; fullBuildBecause: string };

const fullBuild = (because: string): UpdateOutcome => ({ updated: false, fullBuildBecause: because });

export function updateIndex(corpusDir: string, outDir: string, options: UpdateOptions = {}): UpdateOutcome {
  return openUpdate(outDir).run(corpusDir, options);
}

/** An index opened for an update that has not run yet. */
export interface PendingUpdate {
  /** Runs the update, once; the index is closed after. */
  run(corpusDir: string, options?: UpdateOptions): UpdateOutcome;
  /** Gives the update up. */
  close(): void;
}

/**
 * What an update reads of the index whatever changed, each part read when first asked for; all of it
 * read ahead (`readAhead`) while the archive is being scanned in another thread (archive-scan.ts).
 */
interface IndexRead {
  report(): ReportSummary;
  /** The archive's stats as this machine saw them when the index last hashed it (file-stats.ts). */
  stats(): SavedFileStats | null;
  files(): SavedFiles;
  articles(): { bytes: Buffer; saved: SavedArticles };
  timeline(): SavedTimeline;
}

function indexRead(generation: Generation): IndexRead {
  return {
    report: once(() => readReportSummary(generation)),
    stats: once(() => savedFileStats(generation.indexDir)),
    files: once(() => savedFiles(generation.readBytes(INDEX_FILES.archiveFiles), generation.manifest.articles)),
    articles: once(() => {
      const bytes = generation.readBytes(INDEX_FILES.articles);
      return { bytes, saved: savedArticles(bytes) };
    }),
    timeline: once(() => savedTimeline(generation)),
  };
}

/** Opens the index in `outDir` for an update (one that cannot run says why when it does). */
export function openUpdate(outDir: string, { readAhead = false } = {}): PendingUpdate {
  let generation: Generation;
  try {
    generation = openGeneration(outDir);
  } catch (e) {
    if (!(e instanceof ArchiveError)) throw e;
    const because = e.code === 'missing' ? 'there is no index yet' : `the index cannot be updated (${e.message})`;
    return { run: () => fullBuild(because), close: () => undefined };
  }
  const cannot = (e: unknown) => {
    if (e instanceof ArchiveError) return fullBuild(`the index cannot be updated (${e.message})`);
    throw e;
  };
  let before: IndexRead | null = indexRead(generation);
  let early: UpdateOutcome | undefined;
  try {
    if (readAhead) Object.values(before).forEach((part: () => unknown) => part());
  } catch (e) {
    early = cannot(e);
  }
  // Closed, the index's files and what was read of them are let go (a full build may follow).
  const close = () => {
    generation.close();
    before = null;
  };
  return {
    run(corpusDir, options = {}) {
      try {
        if (!before) throw new Error('this update has already run');
        return early ?? updateGeneration(corpusDir, outDir, generation, before, options);
      } catch (e) {
        return cannot(e);
      } finally {
        close();
      }
    },
    close,
  };
}

/** Nothing changed: the index stays as it is, and no generation is written. */
const nothingChanged = (saved: ReportSummary, corpusDir: string, outDir: string): UpdateOutcome => ({
  updated: true,
  report: { ...saved, corpus: corpusDir, out: outDir, perArticle: [] },
  summary: { added: [], changed: [], reindexedShards: [] },
});

function updateGeneration(
  corpusDir: string,
  outDir: string,
  generation: Generation,
  before: IndexRead,
  { anyShare = false, files: listing, leftOut = [], stats }: UpdateOptions,
): UpdateOutcome {
  const { manifest } = generation;
  const corpus = corpusPathOf(corpusDir);
  // The same folder named another way (relative or absolute) is the same archive.
  if (corpusDirOf(manifest) !== resolve(corpusDir)) return fullBuild(`the index was built from another archive (${manifest.corpus})`);
  const readJson = <T>(file: string): T => generation.readJson<T>(file);
  const listed = listing ?? listArchiveFiles(corpusDir, leftOutInto(leftOut));
  // Only files whose size or modification time changed since this generation hashed them are read.
  const unchanged = unchangedFiles(outDir, generation.name, stats ?? statFiles(listed), before.stats());
  const oldReport = before.report();
  // Every file as it was when this generation hashed it, and as many files: not even the hashes are read.
  if (!unchanged.includes(0) && oldReport.files === listed.length) return nothingChanged(oldReport, corpusDir, outDir);
  const filesBefore = before.files();
  const now = archiveChanges(filesBefore, listed, unchanged);
  const { added, changed, removed } = now;
  if (removed.length > 0) return fullBuild(`${removed.length} file(s) were removed, such as ${removed[0]}`);
  if (!anyShare && added.length + changed.length > Math.max(1, now.files.length * MAX_CHANGED_SHARE)) {
    return fullBuild(
      `${added.length + changed.length} of ${now.files.length} files changed (more than ${MAX_CHANGED_SHARE * 100} %; --update forces an update)`,
    );
  }

  if (added.length + changed.length === 0) return nothingChanged(oldReport, corpusDir, outDir);
  if (!(reportPartFile(0) in manifest.files)) return fullBuild('the index keeps its report whole (built by an earlier version)');

  const { bytes: articlesBefore, saved: articles } = before.articles();
  const ids = articles.ids; // grows as articles are added
  const numberOf = new Map(ids.map((id, n) => [id, n]));
  const articleNumber = (id: string) => numberOf.get(id);
  const files = new Map(listed.map((f) => [f.file, f]));
  const touched = new Set([...added, ...changed]);
  // The folders left out are those of this listing; the files' problems are kept but for the files read again.
  const problems: ArchiveProblem[] = [...leftOut, ...oldReport.problems.filter((p) => !touched.has(p.file) && !p.file.endsWith('/'))];
  const fresh = new Map<string, Article>();
  const changedFiles = new Set(changed);
  for (const file of [...changed, ...added].sort()) {
    const read = readArticleFile(files.get(file)!);
    problems.push(...read.problems);
    const article = read.article ? cleanArticle(read.article) : null;
    const id = articleIdOf(file);
    const existing = numberOf.get(id);
    // A changed article that can no longer be read, or a new file whose id is taken: the full build decides.
    if (!article || article.paragraphs.length === 0) return fullBuild(`${file} has no text left to index`);
    // So does a changed file whose id is no longer its article's (read before page bundles were named for their folder).
    if (existing === undefined && changedFiles.has(file)) return fullBuild(`${file}'s article id is now "${id}"`);
    const existingFile = existing === undefined ? file : articles.entry(existing).file;
    if (existingFile !== file) return fullBuild(`${file} has the same id as ${existingFile}`);
    fresh.set(id, article);
  }

  // Articles: changed ones keep their number, new ones come after.
  const addedIds = [...fresh.keys()].filter((id) => !numberOf.has(id)).sort();
  for (const id of addedIds) {
    numberOf.set(id, ids.length);
    articles.set(ids.length, storedArticle(fresh.get(id)!, null));
  }
  for (const [id, a] of fresh) if (!addedIds.includes(id)) articles.set(numberOf.get(id)!, storedArticle(a, null));

  const changedNumbers = new Map(
    [...fresh].filter(([id]) => !addedIds.includes(id)).map(([id, a]): [number, string[]] => [numberOf.get(id)!, a.paragraphs]),
  );
  const addedRows: StoredParagraph[] = addedIds.flatMap((id) =>
    fresh.get(id)!.paragraphs.map((text, p): StoredParagraph => [numberOf.get(id)!, p, text]),
  );
  const rowsToWrite = shardsToReindex(generation, { changed: changedNumbers, added: addedRows, articles: ids.length });

  const writer = IndexWriter.begin(outDir);
  try {
    const infos = manifest.shards.slice();
    // The articles whose paragraphs in the shards indexed again name each leader (coverage-file.ts).
    const naming: number[][] = LEADER_TERMS.map(() => []);
    for (const [si, rows] of [...rowsToWrite.entries()].sort((a, b) => a[0] - b[0])) {
      const name = shardName(si);
      const data = buildShardData(rows.map(([, , text]) => text));
      writeShardData(writer, name, data);
      writeParagraphStore(writer, name, rows);
      infos[si] = { name, paragraphs: rows.length, terms: data.terms.length, postings: data.postingDocs.length };
      leadersInShard(data, (doc) => rows[doc]![0]).forEach((articles, i) => naming[i]!.push(...articles));
    }
    // Shards that did not change are the same files: linked into the new generation, not rewritten.
    infos.forEach((info, si) => {
      if (!rowsToWrite.has(si)) for (const file of Object.values(shardFiles(info.name))) writer.reuse(file, generation);
    });

    const {
      before: oldTimeline,
      beforeBytes: timelineBefore,
      now: timeline,
      reporting,
      savedSummit,
      savedSummitBytes,
    } = revisedTimeline(before.timeline(), articles, fresh, articleNumber);
    const paragraphs = infos.reduce((n, s) => n + s.paragraphs, 0);
    const { files: _files, ...kept } = manifest;
    const newManifest: Omit<Manifest, 'files'> = {
      ...kept,
      corpus,
      corpusFingerprint: now.fingerprint,
      corpusFiles: { count: now.files.length, bytes: now.bytes, names: namesHash(now.files) },
      articles: ids.length,
      paragraphs,
      shards: infos,
    };
    const read = new Map([...fresh].map(([id, f]) => [id, { ...f, paragraphs: f.paragraphs.length }]));
    const { lines, replaced } = reviseReportParts(writer, generation, {
      ids,
      read,
      before: oldTimeline,
      now: timeline,
      numberOf: articleNumber,
    });
    const report = summariseBuild(
      { corpus: corpusDir, out: outDir, files: now.files.length, paragraphs, shards: infos.length },
      timeline,
      lines,
      problems,
      { articles: ids.length, totals: reviseTotals(totalsOf(oldReport), replaced, lines) },
    );
    const articlesBytes = articles.bytes();
    const timelineBytes = Buffer.from(indexJson(timeline, ids.length));
    const filesBytes = now.saved();
    writer.write(INDEX_FILES.articles, articlesBytes);
    writer.write(INDEX_FILES.timeline, timelineBytes);
    writer.write(INDEX_FILES.archiveFiles, filesBytes);
    // The previous lookup.bin revised: only what changed in the three files is scanned again.
    const previous = {
      lookup: generation.readBytes(INDEX_FILES.lookup),
      articles: articlesBefore,
      timeline: timelineBefore,
      archiveFiles: filesBefore.bytes,
    };
    const source = { ids, articles: articlesBytes, timeline: timelineBytes, archiveFiles: filesBytes, datings: timeline.datings };
    writer.write(INDEX_FILES.lookup, revisedLookupBytes(previous, source));
    const reread = new Set([...fresh.keys()].map((id) => numberOf.get(id)!));
    writeCoverage(
      writer,
      revisedCoverage(readJson<SavedCoverage>(INDEX_FILES.coverage), reread, {
        inParagraphs: naming,
        titles: [...reread].map((n): [number, string] => [n, articles.entry(n).title]),
        events: timeline.events,
        numberOf: articleNumber,
      }),
      ids.length,
    );
    writeSummitFiles(writer, generation, {
      summit: reporting,
      saved: savedSummit,
      savedBytes: savedSummitBytes,
      fresh,
      articles: ids.length,
    });
    writeReportSummary(writer, { ...report, corpus, out: '.' }, ids.length);
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
