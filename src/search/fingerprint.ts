/**
 * Content hashes of an archive's files, to tell whether an index is stale and what changed. A file
 * whose size and modification time are those it had before the index hashed it keeps its recorded
 * hash without being read (the stats kept in this machine's temporary folder), so an update reads only the
 * files that changed: git's index does the same.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomicSync } from '../files/atomic-file';
import { listArchiveFiles, type ArchiveFile } from '../corpus/read-archive';

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
 * has another time now, and is read again).
 */
export function saveFileStats(indexDir: string, generation: string, stats: FileStats, takenAt: number): void {
  const files: FileStats = {};
  for (const [file, s] of Object.entries(stats)) if (s.mtimeMs < takenAt - RACY_MS) files[file] = s;
  writeFileAtomicSync(fileStatsPath(indexDir), `${JSON.stringify({ generation, files })}\n`);
}

/** The files whose stats are those saved for `generation` (none when the saved stats are another's or unreadable). */
export function unchangedFiles(indexDir: string, generation: string, now: FileStats): Set<string> {
  let saved: { generation?: unknown; files?: FileStats };
  try {
    saved = JSON.parse(readFileSync(fileStatsPath(indexDir), 'utf8')) as typeof saved;
  } catch {
    return new Set();
  }
  if (saved.generation !== generation || typeof saved.files !== 'object' || saved.files === null) return new Set();
  const before = saved.files;
  return new Set(
    Object.keys(now).filter((f) => before[f] !== undefined && before[f].size === now[f]!.size && before[f].mtimeMs === now[f]!.mtimeMs),
  );
}
