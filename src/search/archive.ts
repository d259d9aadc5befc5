/**
 * An opened index: articles, timeline and paragraph shards loaded from `index/`, never rebuilt at
 * start. Opening checks the index against the archive it was built from and refuses a stale one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lunr from 'lunr';
import type { SummitEvent } from '../answers/types';
import type { ArticleDating } from '../events/build-timeline';
import { describeChanges, fingerprintOf, hashFiles, type FileHashes } from './fingerprint';
import { FORMAT, type Manifest, type StoredArticle, type StoredParagraph, type StoredTimeline } from './saved-form';
import { readShardData, shardPaths } from './shard-file';
import type { ShardData } from './shard-data';
import { shardIndex } from './shard-index';

export type ArchiveErrorCode = 'missing' | 'stale' | 'corrupt';

/** The index cannot be used; the message says how to build it. */
export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export interface Shard {
  data: ShardData;
  paragraphs: StoredParagraph[];
  /** The same shard as a `lunr.Index` (for Lunr's own query engine; search uses scoreShard). */
  readonly index: lunr.Index;
}

export interface Archive {
  dir: string;
  manifest: Manifest;
  articles: StoredArticle[];
  articleIndex: Map<string, number>;
  events: SummitEvent[];
  datings: Map<string, ArticleDating>;
  shards: Shard[];
  /** Where each article's paragraphs live: [shard, position of its first paragraph]. */
  paragraphsAt: Array<[number, number]>;
}

export function rebuildHint(indexDir: string, corpus?: string): string {
  const args = [corpus && resolve(corpus) !== resolve('corpus') ? `--corpus ${corpus}` : '', resolve(indexDir) !== resolve('index') ? `--out ${indexDir}` : ''].filter(Boolean).join(' ');
  return `npm run -s cli -- index${args ? ` ${args}` : ''}`;
}

function readJson<T>(dir: string, file: string): T {
  const path = join(dir, file);
  if (!existsSync(path)) throw new ArchiveError('corrupt', `The index in ${dir} is incomplete: ${file} is missing. Rebuild it: ${rebuildHint(dir)}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new ArchiveError('corrupt', `The index in ${dir} is damaged: ${file} cannot be read (${(e as Error).message}). Rebuild it: ${rebuildHint(dir)}`);
  }
}

/** Opens the index in `indexDir`; throws ArchiveError when it is missing, stale or damaged. */
export function openArchive(indexDir: string, { checkStale = true }: { checkStale?: boolean } = {}): Archive {
  if (!existsSync(join(indexDir, 'manifest.json'))) {
    throw new ArchiveError('missing', `No index in ${indexDir}/. Build it from the archive: ${rebuildHint(indexDir)}`);
  }
  const manifest = readJson<Manifest>(indexDir, 'manifest.json');
  const corpusDir = join(indexDir, manifest.corpus ?? '');
  if (manifest.format !== FORMAT) {
    throw new ArchiveError('stale', `The index in ${indexDir}/ was built by another version of Summit (format ${manifest.format}, this one reads ${FORMAT}). Rebuild it: ${rebuildHint(indexDir, corpusDir)}`);
  }
  if (checkStale) assertFresh(indexDir, manifest, corpusDir);

  const articles = readJson<StoredArticle[]>(indexDir, 'articles.json');
  const timeline = readJson<StoredTimeline>(indexDir, 'timeline.json');
  const shards = manifest.shards.map((info) => {
    const paragraphs = readJson<StoredParagraph[]>(indexDir, shardPaths(info.name).paragraphs);
    try {
      const data = readShardData(indexDir, info);
      let index: lunr.Index | null = null;
      return {
        data,
        paragraphs,
        get index() {
          return (index ??= shardIndex(data));
        },
      };
    } catch (e) {
      throw new ArchiveError('corrupt', `The index in ${indexDir}/ is damaged: shard ${info.name} cannot be loaded (${(e as Error).message}). Rebuild it: ${rebuildHint(indexDir, corpusDir)}`);
    }
  });
  const paragraphsAt: Array<[number, number]> = [];
  shards.forEach((s, si) =>
    s.paragraphs.forEach(([ai, pi], i) => {
      if (pi === 0 || paragraphsAt[ai] === undefined) paragraphsAt[ai] = [si, i];
    }),
  );
  return {
    dir: indexDir,
    manifest,
    articles,
    articleIndex: new Map(articles.map((a, i) => [a.id, i])),
    events: timeline.events,
    datings: new Map(timeline.datings.map((d) => [d.articleId, d])),
    shards,
    paragraphsAt,
  };
}

function assertFresh(indexDir: string, manifest: Manifest, corpusDir: string): void {
  if (!existsSync(corpusDir)) return; // an index shipped without its archive cannot be checked
  const now = hashFiles(corpusDir);
  if (fingerprintOf(now) === manifest.corpusFingerprint) return;
  let built: FileHashes = {};
  try {
    built = JSON.parse(readFileSync(join(indexDir, 'files.json'), 'utf8')) as FileHashes;
  } catch {
    // without the file list, say only that it changed
  }
  const changes = describeChanges(built, now);
  const shown = changes.slice(0, 5).join(', ') + (changes.length > 5 ? `, and ${changes.length - 5} more` : '');
  throw new ArchiveError(
    'stale',
    `The index in ${indexDir}/ is stale: the archive in ${corpusDir}/ changed since it was built${shown ? ` (${shown})` : ''}. Rebuild it: ${rebuildHint(indexDir, corpusDir)}`,
  );
}

/** The text of paragraph `paragraph` of article number `article`. */
export function paragraphText(archive: Archive, article: number, paragraph: number): string | null {
  const at = archive.paragraphsAt[article];
  if (!at) return null;
  const [si, first] = at;
  const shard = archive.shards[si]!;
  const row = shard.paragraphs[first + paragraph];
  if (row && row[0] === article && row[1] === paragraph) return row[2];
  // An article split across two shards: look in the next one.
  const next = archive.shards[si + 1]?.paragraphs.find((r) => r[0] === article && r[1] === paragraph);
  return next?.[2] ?? null;
}
