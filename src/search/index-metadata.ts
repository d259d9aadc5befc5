/**
 * The index's files besides its shards: what the answers read (articles, timeline, summit paragraphs,
 * statements), the archive's file hashes, and the build report. The report is kept in pieces: its
 * summary in report.json, each article's line in parts of ARTICLES_PER_REPORT articles by number
 * (report/NNN.json), so an update writes again only the parts whose articles it read or re-dated and
 * links the others into the new generation.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StoredArticle, StoredTimeline } from './saved-form';
import { INDEX_FILES, storedTimeline } from './saved-form';
import { unreported } from '../events/unreported';
import type { ArticleDating, Timeline } from '../events/types';
import type { SavedStatements } from '../quotes/statements-file';
import { articleReport, type ArticleReport, type BuildReport } from './build-report';
import type { FileHashes } from './fingerprint';
import { openGeneration, type Generation } from './index-generation';
import { indexJson, type IndexWriter } from './index-writer';
import type { SavedCoverage } from './coverage-file';
import { writeLookup } from './lookup-file';

export const ARTICLES_PER_REPORT = 1000;

/** The file of the report's part `part`: the lines of articles part × ARTICLES_PER_REPORT onwards. */
export const reportPartFile = (part: number): string => `report/${String(part).padStart(3, '0')}.json`;

const partsFor = (articles: number): number => Math.ceil(articles / ARTICLES_PER_REPORT);

/** The report as report.json keeps it: without the articles' lines. */
export type ReportSummary = Omit<BuildReport, 'perArticle'>;

export interface IndexMetadata {
  articles: StoredArticle[];
  timeline: Timeline;
  archiveFiles: FileHashes;
  summitParagraphs: Record<string, string[]>;
  statements: SavedStatements;
  /** With `corpus` as the manifest says it and `out: '.'`. */
  report: BuildReport;
}

/** Writes every file but the shards, the coverage and the manifest, for a build. */
export function writeIndexMetadata(writer: IndexWriter, m: IndexMetadata): void {
  const count = m.articles.length;
  const write = (file: string, value: unknown) => writer.writeJson(file, value, count);
  const bytes = (file: string, value: unknown) => {
    const written = Buffer.from(indexJson(value, count));
    writer.write(file, written);
    return written;
  };
  const timeline = storedTimeline(m.timeline);
  writeLookup(writer, {
    ids: m.articles.map((a) => a.id),
    articles: bytes(INDEX_FILES.articles, m.articles),
    timeline: bytes(INDEX_FILES.timeline, timeline),
    archiveFiles: bytes(INDEX_FILES.archiveFiles, m.archiveFiles),
    datings: timeline.datings,
  });
  write(INDEX_FILES.summitParagraphs, m.summitParagraphs);
  write(INDEX_FILES.statements, m.statements);
  for (let part = 0; part < partsFor(count); part += 1)
    writeReportPart(writer, part, m.report.perArticle.slice(part * ARTICLES_PER_REPORT, (part + 1) * ARTICLES_PER_REPORT), count);
  writeReportSummary(writer, m.report, count);
}

/** Writes the coverage, for a build: it is read from the shards' postings, so it comes once they are indexed. */
export function writeCoverage(writer: IndexWriter, coverage: SavedCoverage, articles: number): void {
  writer.writeJson(INDEX_FILES.coverage, coverage, articles);
}

export function writeReportSummary(writer: IndexWriter, report: BuildReport | ReportSummary, articles: number): void {
  const { perArticle: _lines, ...summary } = report as BuildReport;
  writer.writeJson(INDEX_FILES.report, summary, articles);
}

function writeReportPart(writer: IndexWriter, part: number, lines: ArticleReport[], articles: number): void {
  mkdirSync(join(writer.staging, dirname(reportPartFile(part))), { recursive: true });
  writer.writeJson(reportPartFile(part), lines, articles);
}

/** A file of generation `from` that did not change, linked into the new one (in a sub-folder too). */
export function reuseFile(writer: IndexWriter, file: string, from: Generation): void {
  mkdirSync(join(writer.staging, dirname(file)), { recursive: true });
  writer.reuse(file, from);
}

export const readReportSummary = (generation: Generation): ReportSummary => generation.readJson<ReportSummary>(INDEX_FILES.report);

/** The whole saved report of the index in `indexDir`, each article's line with it (`index --report FILE`). */
export function readBuildReport(indexDir: string): BuildReport {
  const generation = openGeneration(indexDir);
  try {
    const perArticle: ArticleReport[] = [];
    for (let part = 0; part < partsFor(generation.manifest.articles); part += 1)
      perArticle.push(...generation.readJson<ArticleReport[]>(reportPartFile(part)));
    return { ...readReportSummary(generation), perArticle };
  } finally {
    generation.close();
  }
}

/** What an update knows for the report: the articles by number, those it read again, the datings before and after. */
export interface ReportRevision {
  /** Every article's id, by number. */
  ids: readonly string[];
  /** The articles read again (changed or new), by id: what cleaning made of each. */
  read: ReadonlyMap<string, Parameters<typeof articleReport>[0]>;
  /** The timeline as stored before and now: an article that neither lists is unreported in both. */
  before: StoredTimeline;
  now: StoredTimeline;
  numberOf: (id: string) => number | undefined;
}

/** The fields of a dating an article's line shows. */
const SHOWN = ['eventDate', 'end', 'kind', 'dateFrom', 'evidence', 'role', 'how'] as const;
const shownValue = (v: unknown) => (v === undefined ? '' : String(v));
function sameShown(a: ArticleDating | undefined, b: ArticleDating | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  for (const k of SHOWN) if (a[k] !== b[k] && shownValue(a[k]) !== shownValue(b[k])) return false;
  return true;
}

/**
 * Article `n`'s dating in `datings` (a timeline's, in article order, or a stored timeline's, which
 * leaves out the unreported): found by position, by id when the list is not in that order, and
 * `unreported` when it is not listed.
 */
export function datingsByNumber(datings: readonly ArticleDating[], ids: readonly string[]): (n: number) => ArticleDating {
  let byId: Map<string, ArticleDating> | undefined;
  return (n) => {
    const id = ids[n]!;
    const d = datings[n];
    if (d?.articleId === id) return d;
    byId ??= new Map(datings.map((d) => [d.articleId, d]));
    return byId.get(id) ?? unreported(id);
  };
}

/**
 * Writes the report's parts for an update: a part is written again when one of its articles was
 * read again, is new, or is dated otherwise than before; the others are linked from `from`. Returns
 * the lines of the articles read again, in article order, and the lines they replace.
 */
export function reviseReportParts(
  writer: IndexWriter,
  from: Generation,
  { ids, read, before, now, numberOf }: ReportRevision,
): { lines: ArticleReport[]; replaced: ArticleReport[] } {
  const count = ids.length;
  const oldCount = from.manifest.articles;
  const datingBefore = datingsByNumber(before.datings, ids);
  const datingNow = datingsByNumber(now.datings, ids);
  const redated = new Set<number>();
  for (const d of [...before.datings, ...now.datings]) {
    const n = numberOf(d.articleId);
    if (n !== undefined && !sameShown(datingBefore(n), datingNow(n))) redated.add(n);
  }
  // A small index is written indented, a large one compact (indexJson): when it grew past the line, every part is written again.
  const restyle = oldCount <= 1000 !== count <= 1000;
  const lines: ArticleReport[] = [];
  const replaced: ArticleReport[] = [];
  for (let part = 0; part < partsFor(count); part += 1) {
    const first = part * ARTICLES_PER_REPORT;
    const end = Math.min(first + ARTICLES_PER_REPORT, count);
    const members = ids.slice(first, end);
    const same = !restyle && end <= oldCount && members.every((id, i) => !read.has(id) && !redated.has(first + i));
    if (same) {
      reuseFile(writer, reportPartFile(part), from);
      continue;
    }
    const saved = first < oldCount ? from.readJson<ArticleReport[]>(reportPartFile(part)) : [];
    const revised = members.map((id, i) => {
      const fresh = read.get(id);
      if (fresh && saved[i]) replaced.push(saved[i]);
      const line = articleReport(fresh ?? saved[i]!, datingNow(first + i));
      if (fresh) lines.push(line);
      return line;
    });
    writeReportPart(writer, part, revised, count);
  }
  return { lines, replaced };
}
