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

/** Each file's size and modification time (ms), as a stat saw them. */
export type FileStats = Record<string, { size: number; mtimeMs: number }>;

/** The short content hash recorded for a file. */
export function hashBytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The files' sizes and modification times; a file gone since it was listed is left out. */
export function statFiles(files: readonly ArchiveFile[]): FileStats {
  const out: FileStats = {};
  for (const { file, path } of files) {
    try {
      const { size, mtimeMs } = statSync(path);
      out[file] = { size, mtimeMs };
    } catch {
      // gone since it was listed: hashFiles says it is unreadable
    }
  }
  return out;
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
    if (recorded) {
      out[file] = recorded;
      continue;
    }
    try {
      const bytes = readFileSync(path);
      out[file] = { hash: hashBytes(bytes), size: bytes.length };
    } catch {
      let size = -1;
      try {
        size = statSync(path).size;
      } catch {
        // gone since it was listed
      }
      out[file] = { hash: 'unreadable', size };
    }
  }
  return out;
}

export function fingerprintOf(hashes: FileHashes): string {
  const h = createHash('sha256');
  for (const file of Object.keys(hashes).sort()) h.update(`${file}\0${hashes[file]!.hash}\n`);
  return h.digest('hex');
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
  const kept = Object.keys(stats).filter((f) => stats[f]!.mtimeMs < takenAt - RACY_MS);
  const text = `${JSON.stringify({
    generation,
    files: kept,
    sizes: kept.map((f) => stats[f]!.size),
    mtimes: kept.map((f) => stats[f]!.mtimeMs),
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
  const unchanged = new Set<string>();
  files.forEach((f: string, i) => {
    const s = now[f];
    if (s !== undefined && s.size === sizes[i] && s.mtimeMs === mtimes[i]) unchanged.add(f);
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
