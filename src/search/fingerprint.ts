/** Content hashes of an archive's files, to tell whether an index is stale and what changed. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { listArchiveFiles, type ArchiveFile } from '../corpus/read-archive';

export type FileHashes = Record<string, { hash: string; size: number }>;

/** The short content hash recorded for a file. */
export function hashBytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export function hashFiles(dir: string, files: ArchiveFile[] = listArchiveFiles(dir)): FileHashes {
  const out: FileHashes = {};
  for (const { file, path } of files) {
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
