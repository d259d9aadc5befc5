/**
 * An opened index: articles, timeline and paragraph shards of the current generation of `index/`,
 * never rebuilt at start. Opening checks the index against the archive it was built from and refuses
 * a stale one, and checks every file against the manifest (index-generation.ts).
 * `openArchiveInStages` answers dates at once and questions once the shards are in memory.
 */
import type { ArticleDating, SummitEvent } from '../events/types';
import type { SavedStatements } from '../quotes/statements-file';
import type { Statement } from '../quotes/types';
import { ArchiveError, rebuildHint, staleError } from './archive-error';
import type { FileHashes } from './fingerprint';
import { checkContent, checkSizes, corpusBytes, FULL_CHECK_BYTES, type Freshness } from './freshness';
import { openGeneration, type Generation } from './index-generation';
import { openParagraphStore, type ParagraphStore } from './paragraph-store';
import { corpusDirOf, INDEX_FILES, type Manifest, type ShardFileInfo, type StoredArticle, type StoredTimeline } from './saved-form';
import type { ShardData } from './shard-data';
import { readShardData } from './shard-file';

export { ArchiveError, rebuildHint, staleError, type ArchiveErrorCode } from './archive-error';

export interface Shard {
  data: ShardData;
  store: ParagraphStore;
}

/** One answer's hold on an archive: the generation it started on stays open until it is released. */
export interface ArchiveLease {
  archive: Archive;
  release(): void;
}

/** Where a surface gets the archive for each answer: an opened archive, or one that follows rebuilds. */
export interface ArchiveSource {
  lease(): ArchiveLease;
}

export interface Archive extends ArchiveSource {
  dir: string;
  /** The generation of the index folder this archive was read from. */
  generation: string;
  /** The generation and its folder (see Generation.identity). */
  identity: string;
  manifest: Manifest;
  /** The archive's files as the build recorded them. */
  builtFiles: FileHashes;
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
  /** Lets go of the index's files. */
  close(): void;
}

export interface OpenOptions {
  /** false: no check at all (benchmarks); 'sizes': only names and sizes; default: content when small. */
  checkStale?: boolean | 'sizes';
  /** A large archive is checked after start (watchArchive), not before the first answer. */
  deferLargeCheck?: boolean;
}

type Head = Omit<Archive, 'shards' | 'searchable' | 'isSearchable' | 'close' | 'lease'>;

/** Everything but the shards, with the start-up checks. */
function openHead(indexDir: string, generation: Generation, { checkStale = true, deferLargeCheck = false }: OpenOptions): Head {
  const { manifest } = generation;
  const corpusDir = corpusDirOf(manifest);
  const built = generation.readJson<FileHashes>(INDEX_FILES.archiveFiles);
  const small = corpusBytes(built) <= FULL_CHECK_BYTES;
  if (checkStale && (small || !deferLargeCheck)) {
    let freshness: Freshness = checkSizes(built, corpusDir);
    if (freshness.fresh && checkStale === true && small) freshness = checkContent(built, manifest, corpusDir);
    if (!freshness.fresh) throw staleError(indexDir, corpusDir, freshness.changes);
  }
  const articles = generation.readJson<StoredArticle[]>(INDEX_FILES.articles);
  const timeline = generation.readJson<StoredTimeline>(INDEX_FILES.timeline);
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const summit = generation.readJson<Record<string, string[]>>(INDEX_FILES.summitParagraphs);
  const summitParagraphs = new Map(Object.entries(summit).map(([id, ps]) => [articleIndex.get(id) ?? -1, ps]));
  const saved = generation.readJson<SavedStatements>(INDEX_FILES.statements);
  const statements = new Map(Object.entries(saved).map(([id, list]) => [articleIndex.get(id) ?? -1, list]));
  return {
    dir: indexDir,
    generation: generation.name,
    identity: generation.identity,
    manifest,
    builtFiles: built,
    articles,
    articleIndex,
    events: timeline.events,
    datings: new Map(timeline.datings.map((d) => [d.articleId, d])),
    summitParagraphs,
    statements,
  };
}

function loadShard(generation: Generation, info: ShardFileInfo, articles: number): Shard {
  return { data: readShardData(generation, info), store: openParagraphStore(generation, info, articles) };
}

function shardError(indexDir: string, corpus: string, info: ShardFileInfo, e: unknown): ArchiveError {
  if (e instanceof ArchiveError) return e;
  return new ArchiveError(
    'corrupt',
    `The index in ${indexDir}/ is damaged: shard ${info.name} cannot be loaded (${(e as Error).message}). Rebuild it: ${rebuildHint(indexDir, corpus)}`,
  );
}

/** Opens the generation and its head; closes its files when that fails. */
function openParts(indexDir: string, options: OpenOptions): { generation: Generation; head: Head } {
  const generation = openGeneration(indexDir);
  try {
    return { generation, head: openHead(indexDir, generation, options) };
  } catch (e) {
    generation.close();
    throw e;
  }
}

function closer(generation: Generation, shards: Shard[]): () => void {
  return () => {
    for (const shard of shards) shard.store.close();
    generation.close();
  };
}

/** Opens the index in `indexDir` whole; throws ArchiveError when it is missing, stale or damaged. */
export function openArchive(indexDir: string, options: OpenOptions = {}): Archive {
  const { generation, head } = openParts(indexDir, options);
  const shards: Shard[] = [];
  const close = closer(generation, shards);
  for (const info of head.manifest.shards) {
    try {
      shards.push(loadShard(generation, info, head.articles.length));
    } catch (e) {
      close();
      throw shardError(indexDir, head.manifest.corpus, info, e);
    }
  }
  const archive: Archive = {
    ...head,
    shards,
    searchable: Promise.resolve(),
    isSearchable: () => true,
    close,
    lease: () => ({ archive, release: () => undefined }),
  };
  return archive;
}

/**
 * Opens the index in two stages: what dates need at once (the same checks and errors as openArchive),
 * the shards in the background, one at a time, so the process answers dates meanwhile.
 */
export function openArchiveInStages(indexDir: string, options: OpenOptions = {}): Archive {
  const { generation, head } = openParts(indexDir, { deferLargeCheck: true, ...options });
  const shards: Shard[] = [];
  const close = closer(generation, shards);
  let ready = false;
  let closed = false;
  const searchable = (async () => {
    for (const info of head.manifest.shards) {
      await new Promise((r) => setImmediate(r));
      if (closed) throw new ArchiveError('missing', `The index in ${indexDir}/ was closed while it opened.`);
      try {
        shards.push(loadShard(generation, info, head.articles.length));
      } catch (e) {
        close();
        throw shardError(indexDir, head.manifest.corpus, info, e);
      }
    }
    ready = true;
  })();
  searchable.catch(() => undefined); // the caller awaits it; an unhandled rejection must not end the process
  const archive: Archive = {
    ...head,
    shards,
    searchable,
    isSearchable: () => ready,
    close: () => {
      closed = true;
      close();
    },
    lease: () => ({ archive, release: () => undefined }),
  };
  return archive;
}
