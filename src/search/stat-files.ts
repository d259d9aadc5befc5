/** The archive files' sizes and modification times, taken with one stat each (file-stats.ts keeps them). */
import { statSync } from 'node:fs';
import type { ArchiveFile } from '../corpus/list-archive';

/** Each listed file's size and modification time (ms) as a stat saw them, in the listing's order; -1 for one gone since. */
export interface FileStats {
  files: readonly string[];
  sizes: ArrayLike<number>;
  mtimes: ArrayLike<number>;
}

/** The files' sizes and modification times. */
export function statFiles(files: readonly ArchiveFile[]): FileStats {
  const sizes = new Float64Array(files.length);
  const mtimes = new Float64Array(files.length);
  statInto(
    files.map((f) => f.path),
    0,
    files.length,
    { sizes, mtimes },
  );
  return { files: files.map((f) => f.file), sizes, mtimes };
}

/** Stats files `from` to `to` (excluded) of `paths` into the same places of `into`. */
export function statInto(paths: readonly string[], from: number, to: number, into: { sizes: Float64Array; mtimes: Float64Array }): void {
  for (let i = from; i < to; i += 1) {
    let stats;
    try {
      stats = statSync(paths[i]!, { throwIfNoEntry: false });
    } catch {
      // unreadable: hashFiles says so
    }
    into.sizes[i] = stats ? stats.size : -1;
    into.mtimes[i] = stats ? stats.mtimeMs : -1;
  }
}

/** Files stat-ed per turn at a shared counter. */
const RUN = 128;

/** Takes runs of stats from the counter `next` (shared with other threads) into `into` until no file is left. */
export function takeStats(paths: readonly string[], into: { sizes: Float64Array; mtimes: Float64Array }, next: Int32Array): void {
  for (let from = Atomics.add(next, 0, RUN); from < paths.length; from = Atomics.add(next, 0, RUN))
    statInto(paths, from, Math.min(paths.length, from + RUN), into);
}
