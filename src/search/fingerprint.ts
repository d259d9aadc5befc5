/**
 * Content hashes of an archive's files, to tell whether an index is stale and what changed. A file
 * whose size and modification time are those it had before the index hashed it keeps its recorded
 * hash without being read (file-stats.ts), so an update reads only the files that changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { listArchiveFiles, type ArchiveFile } from '../corpus/list-archive';

export type FileHashes = Record<string, { hash: string; size: number }>;

/** The short content hash recorded for a file. */
export function hashBytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
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
