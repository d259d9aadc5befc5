/** Content hashes of an archive's files, to tell whether an index is stale and what changed. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { listArchiveFiles } from '../corpus/read-archive';

export type FileHashes = Record<string, string>;

export function hashFiles(dir: string): FileHashes {
  const out: FileHashes = {};
  for (const { file, path } of listArchiveFiles(dir)) {
    try {
      out[file] = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
    } catch {
      out[file] = 'unreadable';
    }
  }
  return out;
}

export function fingerprintOf(hashes: FileHashes): string {
  const h = createHash('sha256');
  for (const file of Object.keys(hashes).sort()) h.update(`${file}\0${hashes[file]}\n`);
  return h.digest('hex');
}

/** Files added, removed or changed between two hash lists. */
export function describeChanges(built: FileHashes, now: FileHashes): string[] {
  const changes: string[] = [];
  for (const f of Object.keys(now)) if (!(f in built)) changes.push(`added ${f}`);
  for (const f of Object.keys(built)) if (!(f in now)) changes.push(`removed ${f}`);
  for (const f of Object.keys(now)) if (f in built && built[f] !== now[f]) changes.push(`changed ${f}`);
  return changes.sort();
}
