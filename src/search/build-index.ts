/**
 * Builds the saved index from an archive folder: read and clean the articles, find the summits, index
 * the paragraphs in shards, and write everything deterministically (same archive, same bytes).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readArchive } from '../corpus/read-archive';
import { cleanArticle } from '../corpus/clean-article';
import { buildTimeline } from '../events/build-timeline';
import { buildShardData } from './shard-data';
import { writeShardData } from './shard-file';
import { writeParagraphStore } from './paragraph-store';
import { fingerprintOf, hashFiles } from './fingerprint';
import { FORMAT, type Manifest, type StoredArticle, type StoredParagraph } from './saved-form';
import type { BuildReport } from './build-report';

/**
 * One field, the paragraph's text: a title field (boost 0.4) ranked the checks of
 * ../shared/eval no better (MRR 0.905 both ways) and doubled the index.
 */
export const FIELDS = { text: 1 };
export const SHARD_PARAGRAPHS = 40_000;

export class BuildError extends Error {}

export interface BuildOptions {
  shardSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export function buildIndex(corpusDir: string, outDir: string, options: BuildOptions = {}): BuildReport {
  const { articles: raw, problems } = readArchive(corpusDir);
  if (raw.length === 0) {
    const why = problems.length ? `all ${problems.length} file(s) were skipped: ${problems.map((p) => `${p.file}: ${p.problem}`).join('; ')}` : 'it holds no .txt or .md files';
    throw new BuildError(`Nothing to index in ${corpusDir}: ${why}.`);
  }
  const articles = raw.map(cleanArticle).filter((a) => {
    if (a.paragraphs.length > 0) return true;
    problems.push({ file: a.file, problem: 'nothing left after removing page furniture; skipped', kept: false });
    return false;
  });
  if (articles.length === 0) throw new BuildError(`Nothing to index in ${corpusDir}: no article kept any text.`);
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const timeline = buildTimeline(articles);
  const dating = new Map(timeline.datings.map((d) => [d.articleId, d]));

  const stored: StoredArticle[] = articles.map((a) => ({
    id: a.id,
    file: a.file,
    title: a.title,
    source: a.source,
    url: a.url,
    published: a.published,
    eventDate: dating.get(a.id)?.eventDate ?? null,
    paragraphs: a.paragraphs.length,
  }));
  const all: StoredParagraph[] = articles.flatMap((a, ai) => a.paragraphs.map((text, pi): StoredParagraph => [ai, pi, text]));
  const shardSize = options.shardSize ?? SHARD_PARAGRAPHS;

  rmSync(join(outDir, 'shards'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'shards'), { recursive: true });
  const shards: Manifest['shards'] = [];
  for (let start = 0, n = 0; start < all.length; start += shardSize, n += 1) {
    const slice = all.slice(start, start + shardSize);
    const name = String(n).padStart(3, '0');
    const data = buildShardData(slice.map(([, , text]) => text));
    writeShardData(outDir, name, data);
    writeParagraphStore(outDir, name, slice);
    shards.push({ name, paragraphs: slice.length, terms: data.terms.length, postings: data.postingDocs.length });
    options.onProgress?.(Math.min(start + shardSize, all.length), all.length);
  }

  const hashes = hashFiles(corpusDir);
  const manifest: Manifest = {
    format: FORMAT,
    corpus: relative(resolve(outDir), resolve(corpusDir)).split('\\').join('/') || '.',
    corpusFingerprint: fingerprintOf(hashes),
    articles: stored.length,
    paragraphs: all.length,
    shards,
    fields: FIELDS,
  };
  const report: BuildReport = {
    corpus: corpusDir,
    out: outDir,
    files: Object.keys(hashes).length,
    articles: articles.length,
    paragraphs: all.length,
    shards: shards.length,
    events: timeline.events,
    dropped: articles.reduce((n, a) => n + a.dropped.length, 0),
    joined: articles.reduce((n, a) => n + a.joined.length, 0),
    undatedSummitArticles: timeline.datings.filter((d) => d.kind !== null && d.eventDate === null).length,
    inferred: timeline.datings.filter((d) => d.dateFrom === 'inferred').length,
    problems,
    perArticle: articles.map((a) => {
      const d = dating.get(a.id)!;
      return {
        id: a.id,
        file: a.file,
        title: a.title,
        titleFrom: a.titleFrom,
        published: a.published,
        paragraphs: a.paragraphs.length,
        dropped: a.dropped,
        joined: a.joined,
        eventDate: d.eventDate,
        ...(d.end ? { end: d.end } : {}),
        kind: d.kind,
        dateFrom: d.dateFrom,
        evidence: d.evidence,
      };
    }),
  };
  const write = (file: string, value: unknown) => writeFileSync(join(outDir, file), `${JSON.stringify(value, null, 1)}\n`);
  write('articles.json', stored);
  write('timeline.json', timeline);
  write('files.json', hashes);
  const summitArticles = new Set(timeline.events.flatMap((e) => e.articles.map((a) => a.articleId)));
  write('summit-paragraphs.json', Object.fromEntries(articles.filter((a) => summitArticles.has(a.id)).map((a) => [a.id, a.paragraphs])));
  write('report.json', { ...report, corpus: manifest.corpus, out: '.' });
  write('manifest.json', manifest);
  return report;
}
