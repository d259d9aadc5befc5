/**
 * An opened index: articles, timeline and paragraph shards of the current generation of `index/`,
 * never rebuilt at start. Opening checks the index against the archive it was built from and refuses
 * a stale one, and checks every file against the manifest (index-generation.ts).
 * `openArchiveInStages` answers dates at once and questions once the shards are in memory.
 */
import type { ArticleDating, SummitEvent } from '../events/types';
import { unreported } from '../events/unreported';
import type { SavedStatements } from '../quotes/statements-file';
import type { Statement } from '../quotes/types';
import { ArchiveError, rebuildHint, staleError } from './archive-error';
import type { SavedCoverage } from './coverage-file';
import type { FileHashes } from './fingerprint';
import { checkAtOpen, type LargeArchiveCheck } from './freshness';
import { openGeneration, type Generation } from './index-generation';
import { openLookup, type RecordedFile } from './lookup-file';
import { openParagraphStore, type ParagraphStore } from './paragraph-store';
import { corpusDirOf, INDEX_FILES, type Manifest, type ShardFileInfo, type StoredArticle, type StoredTimeline } from './saved-form';
import { readShardData } from './shard-file';
import { openShardTerms } from './shard-positioned';
import type { ShardTerms } from './shard-terms';
import { once } from './once';

export { ArchiveError, rebuildHint, staleError, type ArchiveErrorCode } from './archive-error';

export interface Shard {
  data: ShardTerms;
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
  /** Every article's metadata, by number (articles.json read whole: `article(n)` reads one). */
  articles: StoredArticle[];
  articleIndex: Map<string, number>;
  /** Article n's metadata: read by position (lookup-file.ts) until `articles` has been read. */
  article(n: number): StoredArticle | undefined;
  /** The number of the article with this id. */
  articleNumber(id: string): number | undefined;
  /** How article n was dated. */
  dating(n: number): ArticleDating | undefined;
  /** The hash and size the build recorded for article n's archive file. */
  recordedFile(n: number): RecordedFile | undefined;
  /** The summits' coverage: the article numbers questions weigh up (coverage-file.ts). */
  coverage: ReadonlySet<number>;
  events: SummitEvent[];
  /** The datings timeline.json lists, by article id (an article it leaves out is `unreported`: use `dating`). */
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
  /** 'on demand': each shard read by position as questions need it (a one-shot command); default: whole at open. */
  shards?: 'whole' | 'on demand';
  /** false: no check against the archive at all (benchmarks); default: its content when small, else largeCheck. */
  checkStale?: boolean;
  /**
   * How a large archive is checked (freshness.ts): 'sizes' (default); 'later', by the caller: in the
   * background (watchArchive), or by names while it answers and then the files it cites (names-check.ts,
   * checkCitedFiles).
   */
  largeCheck?: LargeArchiveCheck;
}

type Head = Omit<Archive, 'shards' | 'searchable' | 'isSearchable' | 'close' | 'lease'>;

/** Records keyed by article id, keyed by article number instead. */
function byArticle<T>(numberOf: (id: string) => number | undefined, saved: Record<string, T>): Map<number, T> {
  return new Map(Object.entries(saved).map(([id, value]) => [numberOf(id) ?? -1, value]));
}

/**
 * Everything but the shards, after the start-up checks. Each file is read, and checked against its
 * SHA-256, when first used: a one-shot command reads only what its answer needs (a date page needs
 * no statements, `events` no summit paragraphs), and of the files that grow with the archive
 * (articles, timeline, files) only the records it cites, by position (lookup-file.ts).
 */
function openHead(indexDir: string, generation: Generation, { checkStale = true, largeCheck = 'sizes' }: OpenOptions): Head {
  const { manifest } = generation;
  // Read whole or by position: the file stays open for both, closed with the generation.
  const wholeJson = <T>(path: string): T => {
    try {
      return JSON.parse(generation.shared(path).readAll().toString('utf8')) as T;
    } catch (e) {
      throw e instanceof ArchiveError ? e : generation.damaged(path, `cannot be read (${(e as Error).message})`);
    }
  };
  const builtFiles = once(() => wholeJson<FileHashes>(INDEX_FILES.archiveFiles));
  if (checkStale) {
    const corpusDir = corpusDirOf(manifest);
    const freshness = checkAtOpen(builtFiles, manifest, corpusDir, largeCheck);
    if (!freshness.fresh) throw staleError(indexDir, corpusDir, freshness.changes);
  }
  const lookup = once(() => openLookup(generation, (path) => generation.shared(path)));
  const articles = once(() => wholeJson<StoredArticle[]>(INDEX_FILES.articles));
  const articleIndex = once(() => new Map(articles().map((a, i) => [a.id, i])));
  const timeline = once(() => wholeJson<StoredTimeline>(INDEX_FILES.timeline));
  const events = once(() => (timeline.made() ? timeline().events : lookup().events()));
  const datings = once(() => new Map(timeline().datings.map((d) => [d.articleId, d])));
  const articleNumber = (id: string) => (articleIndex.made() ? articleIndex().get(id) : lookup().numberOf(id));
  const summitParagraphs = once(() =>
    byArticle(articleNumber, generation.readJson<Record<string, string[]>>(INDEX_FILES.summitParagraphs)),
  );
  const statements = once(() => byArticle(articleNumber, generation.readJson<SavedStatements>(INDEX_FILES.statements)));
  const coverage = once(() => new Set(generation.readJson<SavedCoverage>(INDEX_FILES.coverage).articles));
  const article = (n: number) => (articles.made() ? articles()[n] : lookup().article(n));
  return {
    dir: indexDir,
    generation: generation.name,
    identity: generation.identity,
    manifest,
    get builtFiles() {
      return builtFiles();
    },
    get articles() {
      return articles();
    },
    get articleIndex() {
      return articleIndex();
    },
    article,
    articleNumber,
    dating(n) {
      if (!timeline.made()) return lookup().dating(n);
      const id = article(n)?.id;
      return id === undefined ? undefined : (datings().get(id) ?? unreported(id));
    },
    recordedFile(n) {
      if (!builtFiles.made()) return lookup().recordedFile(n);
      const file = article(n)?.file;
      const recorded = file === undefined ? undefined : builtFiles()[file];
      return file !== undefined && recorded ? { file, ...recorded } : undefined;
    },
    get coverage() {
      return coverage();
    },
    get events() {
      return events();
    },
    get datings() {
      return datings();
    },
    get summitParagraphs() {
      return summitParagraphs();
    },
    get statements() {
      return statements();
    },
  };
}

/** Reads every file of the head now, so that a damaged one is refused at open. */
function readWholeHead(head: Head): void {
  void [head.builtFiles, head.articleIndex, head.datings, head.events, head.summitParagraphs, head.statements, head.coverage];
}

function loadShard(generation: Generation, info: ShardFileInfo, articles: number, reads: OpenOptions['shards'] = 'whole'): Shard {
  const data = reads === 'on demand' ? openShardTerms(generation, info) : readShardData(generation, info);
  try {
    return { data, store: openParagraphStore(generation, info, articles, reads === 'on demand') };
  } catch (e) {
    data.close();
    throw e;
  }
}

function shardError(indexDir: string, corpus: string, info: ShardFileInfo, e: unknown): ArchiveError {
  if (e instanceof ArchiveError) return e;
  return new ArchiveError(
    'corrupt',
    `The index in ${indexDir}/ is damaged: shard ${info.name} cannot be loaded (${(e as Error).message}). Rebuild it: ${rebuildHint(indexDir, corpus)}`,
  );
}

/** Opens the generation and its head (read whole when `eager`); closes its files when that fails. */
function openParts(indexDir: string, options: OpenOptions, eager = false): { generation: Generation; head: Head } {
  const generation = openGeneration(indexDir);
  try {
    const head = openHead(indexDir, generation, options);
    if (eager) readWholeHead(head);
    return { generation, head };
  } catch (e) {
    generation.close();
    throw e;
  }
}

function closer(generation: Generation, shards: Shard[]): () => void {
  return () => {
    for (const shard of shards) {
      shard.store.close();
      shard.data.close();
    }
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
      shards.push(loadShard(generation, info, head.manifest.articles, options.shards));
    } catch (e) {
      close();
      throw shardError(indexDir, head.manifest.corpus, info, e);
    }
  }
  // Assigned onto the head, not spread from it: a spread would read every file the head reads lazily.
  const archive: Archive = Object.assign(head, {
    shards,
    searchable: Promise.resolve(),
    isSearchable: () => true,
    close,
    lease: () => ({ archive, release: () => undefined }),
  });
  return archive;
}

/**
 * Opens the index in two stages: what dates need at once (the same checks and errors as openArchive),
 * the shards in the background, one at a time, so the process answers dates meanwhile.
 */
export function openArchiveInStages(indexDir: string, options: OpenOptions = {}): Archive {
  // The bot reads the whole head at start: a damaged file is refused before the generation answers.
  const { generation, head } = openParts(indexDir, { largeCheck: 'later', ...options }, true);
  const shards: Shard[] = [];
  const close = closer(generation, shards);
  let ready = false;
  let closed = false;
  const searchable = (async () => {
    for (const info of head.manifest.shards) {
      await new Promise((r) => setImmediate(r));
      if (closed) throw new ArchiveError('missing', `The index in ${indexDir}/ was closed while it opened.`);
      try {
        shards.push(loadShard(generation, info, head.manifest.articles));
      } catch (e) {
        close();
        throw shardError(indexDir, head.manifest.corpus, info, e);
      }
    }
    ready = true;
  })();
  searchable.catch(() => undefined); // the caller awaits it; an unhandled rejection must not end the process
  const archive: Archive = Object.assign(head, {
    shards,
    searchable,
    isSearchable: () => ready,
    close: () => {
      closed = true;
      close();
    },
    lease: () => ({ archive, release: () => undefined }),
  });
  return archive;
}
