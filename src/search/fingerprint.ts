/**
 * Content hashes of an archive's files, to tell whether an index is stale and what changed. A file
 * whose size and modification time are those it had before the index hashed it keeps its recorded
 * hash without being read (the stats kept in this machine's temporary folder), so an update reads only the
 * files that changed: git's index does the same.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { listArchiveFiles, type ArchiveFile } from '../corpus/list-archive';

export type FileHashes = Record<string, { hash: string; size: number }>;

/** Each listed file's size and modification time (ms) as a stat saw them, in the listing's order; -1 for one gone since. */
export interface FileStats {
  files: readonly string[];
  sizes: number[];
  mtimes: number[];
}

/** The short content hash recorded for a file. */
export function hashBytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The files' sizes and modification times. */
export function statFiles(files: readonly ArchiveFile[]): FileStats {
  const sizes: number[] = new Array<number>(files.length);
  const mtimes: number[] = new Array<number>(files.length);
  files.forEach(({ path }, i) => {
    let stats;
    try {
      stats = statSync(path, { throwIfNoEntry: false });
    } catch {
      // unreadable: hashFiles says so
    }
    sizes[i] = stats ? stats.size : -1;
    mtimes[i] = stats ? stats.mtimeMs : -1;
  });
  return { files: files.map((f) => f.file), sizes, mtimes };
}

/** Hashes already known: `hashes` recorded by an index, for the files in `unchanged`. */
export interface KnownHashes {
  hashes: FileHashes;
  unchanged: ReadonlySet<string>;
}

export function hashFiles(dir: string, files: ArchiveFile[] = listArchiveFiles(dir), known?: KnownHashes): FileHashes {
  const out: FileHashes = {};
  for (const { file, path } of files) {
    const recorded = known?.unchanged.has(file) ? known.hashes[file] : undefined;
    out[file] = recorded ?? hashFile(path);
  }
  return out;
}

/** One file's recorded hash and size: `unreadable` (with its size, or -1 when it is gone) when it cannot be read. */
export function hashFile(path: string): { hash: string; size: number } {
  try {
    const bytes = readFileSync(path);
    return { hash: hashBytes(bytes), size: bytes.length };
  } catch {
    let size = -1;
    try {
      size = statSync(path).size;
    } catch {
      // gone since it was listed
    }
    return { hash: 'unreadable', size };
  }
}

export function fingerprintOf(hashes: FileHashes): string {
  const files = Object.keys(hashes).sort();
  return fingerprintOfSorted(
    files,
    files.map((f) => hashes[f]!.hash),
  );
}

/** fingerprintOf for the files `files` (sorted) with the hashes `hashes` (in the same order): one digest of one string. */
export function fingerprintOfSorted(files: readonly string[], hashes: readonly string[]): string {
  const lines = files.map((file, i) => `${file}\0${hashes[i]!}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex');
}

/** Files added, removed or changed between two hash lists. */
export function describeChanges(built: FileHashes, now: FileHashes): string[] {
  const changes: string[] = [];
  for (const f of Object.keys(now)) if (!(f in built)) changes.push(`added ${f}`);
  for (const f of Object.keys(built)) if (!(f in now)) changes.push(`removed ${f}`);
  for (const f of Object.keys(now)) if (f in built && built[f]!.hash !== now[f]!.hash) changes.push(`changed ${f}`);
  return changes.sort();
}

/**
 * This machine's cache, outside the index folder: modification times differ between two checkouts of
 * the same archive, and an index's bytes must not. Only a generation of the recorded name trusts it.
 */
export function fileStatsPath(indexDir: string): string {
  return join(tmpdir(), 'summit-archive-stats', `${createHash('sha256').update(resolve(indexDir)).digest('hex').slice(0, 16)}.json`);
}

/**
 * A file modified this close to the moment its stat was taken may change again within the same
 * timestamp tick (a "racily clean" file, in git's words): it is hashed again next time.
 */
const RACY_MS = 2000;

/**
 * Records the stats taken *before* generation `generation` hashed the archive: a file that still has
 * them is unchanged since, whatever happened in between (a file changed while it was being hashed
 * has another time now, and is read again). Kept as three lists, quick to parse for a large archive.
 */
export function saveFileStats(indexDir: string, generation: string, stats: FileStats, takenAt: number): void {
  const kept: number[] = [];
  stats.mtimes.forEach((mtime, i) => {
    if (mtime >= 0 && mtime < takenAt - RACY_MS) kept.push(i);
  });
  const text = `${JSON.stringify({
    generation,
    files: kept.map((i) => stats.files[i]),
    sizes: kept.map((i) => stats.sizes[i]),
    mtimes: kept.map((i) => stats.mtimes[i]),
  })}\n`;
  const path = fileStatsPath(indexDir);
  if (readSaved(path) === text) return;
  // A cache: a new file is renamed into place (never half-written) but not synced to disk.
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** The files whose stats are those saved for `generation` (none when the saved stats are another's or unreadable). */
export function unchangedFiles(indexDir: string, generation: string, now: FileStats): Set<string> {
  const path = fileStatsPath(indexDir);
  let saved: { generation?: unknown; files?: unknown; sizes?: unknown; mtimes?: unknown };
  try {
    saved = JSON.parse(readSaved(path) ?? '') as typeof saved;
  } catch {
    return new Set();
  }
  const { files, sizes, mtimes } = saved;
  if (saved.generation !== generation || !Array.isArray(files) || !Array.isArray(sizes) || !Array.isArray(mtimes)) return new Set();
  // Both lists are in the listing's order (the saved one less some files): one walk matches them.
  const unchanged = new Set<string>();
  let i = 0;
  now.files.forEach((file, j) => {
    while (i < files.length && (files[i] as string) < file) i += 1;
    if (files[i] === file && now.sizes[j] === sizes[i] && now.mtimes[j] === mtimes[i]) unchanged.add(file);
  });
  return unchanged;
}

function readSaved(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
