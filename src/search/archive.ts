/**
 * An opened index: articles, timeline and paragraph shards loaded from `index/`, never rebuilt at
 * start. Opening checks the index against the archive it was built from and refuses a stale one.
 * `openArchiveInStages` answers dates at once and questions once the shards are in memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type lunr from 'lunr';
import type { SummitEvent } from '../answers/types';
import type { ArticleDating } from '../events/build-timeline';
import type { SavedStatements } from '../quotes/statements-file';
import type { Statement } from '../quotes/types';
import { builtFiles, checkContent, checkSizes, corpusBytes, FULL_CHECK_BYTES, type Freshness } from './freshness';
import { corpusDirOf, FORMAT, type Manifest, type StoredArticle, type StoredTimeline } from './saved-form';
import { readShardData, type ShardFileInfo } from './shard-file';
import { openParagraphStore, type ParagraphStore } from './paragraph-store';
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
  store: ParagraphStore;
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
  /** Who said what in those articles (quotes and reported statements), by article number. */
  statements: Map<number, Statement[]>;
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
  /** A large archive is checked after start (watchArchive), not before the first answer. */
  deferLargeCheck?: boolean;
}

/** Everything but the shards, with the start-up checks. */
function openHead(indexDir: string, { checkStale = true, deferLargeCheck = false }: OpenOptions): Omit<Archive, 'shards' | 'searchable' | 'isSearchable'> {
  if (!existsSync(join(indexDir, 'manifest.json'))) {
    throw new ArchiveError('missing', `No index in ${indexDir}/. Build it from the archive: ${rebuildHint(indexDir)}`);
  }
  const manifest = readJson<Manifest>(indexDir, 'manifest.json');
  const corpusDir = corpusDirOf(manifest);
  if (manifest.format !== FORMAT) {
    throw new ArchiveError('stale', `The index in ${indexDir}/ was built by another version of Summit (format ${manifest.format}, this one reads ${FORMAT}). Rebuild it: ${rebuildHint(indexDir, corpusDir)}`);
  }
  const built = builtFiles(indexDir);
  const small = corpusBytes(built) <= FULL_CHECK_BYTES;
  if (checkStale && (small || !deferLargeCheck)) {
    let freshness: Freshness = checkSizes(built, corpusDir);
    if (freshness.fresh && checkStale === true && small) freshness = checkContent(built, manifest, corpusDir);
    if (!freshness.fresh) throw staleError(indexDir, corpusDir, freshness.changes);
  }
  const articles = readJson<StoredArticle[]>(indexDir, 'articles.json');
  const timeline = readJson<StoredTimeline>(indexDir, 'timeline.json');
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const summit = readJson<Record<string, string[]>>(indexDir, 'summit-paragraphs.json');
  const summitParagraphs = new Map(Object.entries(summit).map(([id, ps]) => [articleIndex.get(id) ?? -1, ps]));
  const saved = readJson<SavedStatements>(indexDir, 'statements.json');
  const statements = new Map(Object.entries(saved).map(([id, list]) => [articleIndex.get(id) ?? -1, list]));
  return {
    dir: indexDir,
    manifest,
    articles,
    articleIndex,
    events: timeline.events,
    datings: new Map(timeline.datings.map((d) => [d.articleId, d])),
    summitParagraphs,
    statements,
  };
}

function loadShard(indexDir: string, info: ShardFileInfo): Shard {
  let index: lunr.Index | null = null;
  const data = readShardData(indexDir, info);
  return {
    data,
    store: openParagraphStore(indexDir, info.name, info.paragraphs),
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
      return loadShard(indexDir, info);
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
  const head = openHead(indexDir, { deferLargeCheck: true, ...options });
  const shards: Shard[] = [];
  let ready = false;
  const searchable = (async () => {
    for (const info of head.manifest.shards) {
      try {
        await new Promise((r) => setImmediate(r));
        shards.push(loadShard(indexDir, info));
      } catch (e) {
        throw shardError(indexDir, info, e);
      }
    }
    ready = true;
  })();
  searchable.catch(() => undefined); // the caller awaits it; an unhandled rejection must not end the process
  return { ...head, shards, searchable, isSearchable: () => ready };
}
