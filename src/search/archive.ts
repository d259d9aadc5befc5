/**
 * An opened index: articles, timeline and paragraph shards loaded from `index/`, never rebuilt at
 * start. Opening checks the index against the archive it was built from and refuses a stale one.
 * `openArchiveInStages` answers dates at once and questions once the shards are in memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type lunr from 'lunr';
import type { SummitEvent } from '../answers/types';
import type { ArticleDating } from '../events/build-timeline';
import { checkContent, checkSizes, corpusBytes, FULL_CHECK_BYTES, type Freshness } from './freshness';
import { FORMAT, type Manifest, type StoredArticle, type StoredParagraph, type StoredTimeline } from './saved-form';
import { readShardData, shardPaths, type ShardFileInfo } from './shard-file';
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
  /** The same shard as a `lunr.Index` (Lunr's own query engine; search uses scoreShard). */
  readonly index: lunr.Index;
}

export interface Archive {
  dir: string;
  manifest: Manifest;
  articles: StoredArticle[];
  articleIndex: Map<string, number>;
  events: SummitEvent[];
  datings: Map<string, ArticleDating>;
  /** The paragraphs of every article that reports a summit, by article number: dates need no shard. */
  summitParagraphs: Map<number, string[]>;
  /** Filled once the shards are loaded. */
  shards: Shard[];
  /** Resolves when questions can be answered (at once for `openArchive`). */
  searchable: Promise<void>;
  isSearchable(): boolean;
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

export function staleError(indexDir: string, corpusDir: string, changes: string[]): ArchiveError {
  const shown = changes.slice(0, 5).join(', ') + (changes.length > 5 ? `, and ${changes.length - 5} more` : '');
  return new ArchiveError(
    'stale',
    `The index in ${indexDir}/ is stale: the archive in ${corpusDir}/ changed since it was built${shown ? ` (${shown})` : ''}. Rebuild it: ${rebuildHint(indexDir, corpusDir)}`,
  );
}

export interface OpenOptions {
  /** false: no check at all (benchmarks); 'sizes': only names and sizes; default: content when small. */
  checkStale?: boolean | 'sizes';
}

/** Everything but the shards, with the start-up checks. */
function openHead(indexDir: string, { checkStale = true }: OpenOptions): Omit<Archive, 'shards' | 'searchable' | 'isSearchable'> {
  if (!existsSync(join(indexDir, 'manifest.json'))) {
    throw new ArchiveError('missing', `No index in ${indexDir}/. Build it from the archive: ${rebuildHint(indexDir)}`);
  }
  const manifest = readJson<Manifest>(indexDir, 'manifest.json');
  const corpusDir = join(indexDir, manifest.corpus ?? '');
  if (manifest.format !== FORMAT) {
    throw new ArchiveError('stale', `The index in ${indexDir}/ was built by another version of Summit (format ${manifest.format}, this one reads ${FORMAT}). Rebuild it: ${rebuildHint(indexDir, corpusDir)}`);
  }
  if (checkStale) {
    let freshness: Freshness = checkSizes(indexDir, corpusDir);
    if (freshness.fresh && checkStale === true && corpusBytes(indexDir) <= FULL_CHECK_BYTES) freshness = checkContent(indexDir, manifest, corpusDir);
    if (!freshness.fresh) throw staleError(indexDir, corpusDir, freshness.changes);
  }
  const articles = readJson<StoredArticle[]>(indexDir, 'articles.json');
  const timeline = readJson<StoredTimeline>(indexDir, 'timeline.json');
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const summit = readJson<Record<string, string[]>>(indexDir, 'summit-paragraphs.json');
  const summitParagraphs = new Map(Object.entries(summit).map(([id, ps]) => [articleIndex.get(id) ?? -1, ps]));
  return {
    dir: indexDir,
    manifest,
    articles,
    articleIndex,
    events: timeline.events,
    datings: new Map(timeline.datings.map((d) => [d.articleId, d])),
    summitParagraphs,
  };
}

function makeShard(indexDir: string, info: ShardFileInfo, paragraphs: StoredParagraph[], data: ShardData): Shard {
  let index: lunr.Index | null = null;
  return {
    data,
    paragraphs,
    get index() {
      return (index ??= shardIndex(data));
    },
  };
}

function shardError(indexDir: string, info: ShardFileInfo, e: unknown): ArchiveError {
  if (e instanceof ArchiveError) return e;
  return new ArchiveError('corrupt', `The index in ${indexDir}/ is damaged: shard ${info.name} cannot be loaded (${(e as Error).message}). Rebuild it: ${rebuildHint(indexDir)}`);
}

/** Opens the index in `indexDir` whole; throws ArchiveError when it is missing, stale or damaged. */
export function openArchive(indexDir: string, options: OpenOptions = {}): Archive {
  const head = openHead(indexDir, options);
  const shards = head.manifest.shards.map((info) => {
    try {
      return makeShard(indexDir, info, readJson<StoredParagraph[]>(indexDir, shardPaths(info.name).paragraphs), readShardData(indexDir, info));
    } catch (e) {
      throw shardError(indexDir, info, e);
    }
  });
  return { ...head, shards, searchable: Promise.resolve(), isSearchable: () => true };
}

/**
 * Opens the index in two stages: what dates need at once (the same checks and errors as openArchive),
 * the shards in the background, one at a time, so the process answers dates meanwhile.
 */
export function openArchiveInStages(indexDir: string, options: OpenOptions = {}): Archive {
  const head = openHead(indexDir, options);
  const shards: Shard[] = [];
  let ready = false;
  const searchable = (async () => {
    for (const info of head.manifest.shards) {
      try {
        const paragraphs = JSON.parse(await readFile(join(indexDir, shardPaths(info.name).paragraphs), 'utf8')) as StoredParagraph[];
        await new Promise((r) => setImmediate(r));
        shards.push(makeShard(indexDir, info, paragraphs, readShardData(indexDir, info)));
        await new Promise((r) => setImmediate(r));
      } catch (e) {
        throw shardError(indexDir, info, e);
      }
    }
    ready = true;
  })();
  searchable.catch(() => undefined); // the caller awaits it; an unhandled rejection must not end the process
  return { ...head, shards, searchable, isSearchable: () => ready };
}

/** The full content check of a large archive, for after start. */
export function verifyArchiveContent(archive: Archive): Freshness {
  return checkContent(archive.dir, archive.manifest, join(archive.dir, archive.manifest.corpus ?? ''));
}
