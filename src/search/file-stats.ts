/**
 * The archive files' sizes and modification times, kept between runs so that an update reads only the
 * files that changed: a file whose size and time are those it had before the index hashed it keeps its
 * recorded hash without being read (git's index does the same).
 *
 * Kept in this machine's temporary folder, not the index folder: modification times differ between two
 * checkouts of the same archive, and an index's bytes must not. Only a generation of the recorded name
 * trusts them. The file is a JSON header line, the names (one per line), then the sizes and the times
 * as float64s: it is read and written at every update, and parsing or printing it as JSON cost as much
 * as the update's own work on a large archive.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { machineCachePath, RACY_MS, writeMachineCache } from './machine-cache';
import type { FileStats } from './stat-files';

/** Where the stats saved for the index in `indexDir` are kept. */
export function fileStatsPath(indexDir: string): string {
  return machineCachePath(resolve(indexDir), '', '.stats');
}

interface Header {
  generation: string;
  count: number;
  /** The bytes of the names' lines. */
  names: number;
}

const align8 = (at: number) => Math.ceil(at / 8) * 8;

/**
 * Records the stats taken *before* generation `generation` hashed the archive: a file that still has
 * them is unchanged since, whatever happened in between (a file changed while it was being hashed
 * has another time now, and is read again).
 */
export function saveFileStats(indexDir: string, generation: string, stats: FileStats, takenAt: number): void {
  const kept: number[] = [];
  for (let i = 0; i < stats.files.length; i += 1) {
    const mtime = stats.mtimes[i]!;
    // A name with a line break in it cannot be kept one per line: that file is hashed each time.
    if (mtime >= 0 && mtime < takenAt - RACY_MS && !stats.files[i]!.includes('\n')) kept.push(i);
  }
  const names = Buffer.from(kept.map((i) => stats.files[i]).join('\n'));
  const header = Buffer.from(`${JSON.stringify({ generation, count: kept.length, names: names.length } satisfies Header)}\n`);
  const numbersAt = align8(header.length + names.length);
  const out = Buffer.alloc(numbersAt + 16 * kept.length);
  header.copy(out, 0);
  names.copy(out, header.length);
  const numbers = new Float64Array(out.buffer, out.byteOffset + numbersAt, 2 * kept.length);
  kept.forEach((i, k) => {
    numbers[k] = stats.sizes[i]!;
    numbers[kept.length + k] = stats.mtimes[i]!;
  });
  writeMachineCache(fileStatsPath(indexDir), out);
}

/** Stats saved for a generation (saveFileStats). */
export interface SavedFileStats {
  header: Header;
  names: string[];
  sizes: Float64Array;
  mtimes: Float64Array;
}

/** The stats saved for the index in `indexDir`, or null when there are none or they cannot be read. */
export const savedFileStats = (indexDir: string): SavedFileStats | null => readSaved(fileStatsPath(indexDir));

function readSaved(path: string): SavedFileStats | null {
  try {
    const bytes = readFileSync(path);
    const lineEnd = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.toString('utf8', 0, lineEnd)) as Header;
    const { count } = header;
    const namesEnd = lineEnd + 1 + header.names;
    const numbersAt = align8(namesEnd);
    if (!Number.isInteger(count) || count < 0 || bytes.length !== numbersAt + 16 * count) return null;
    const names = count === 0 ? [] : bytes.toString('utf8', lineEnd + 1, namesEnd).split('\n');
    if (names.length !== count) return null;
    // Copied out: the file's bytes need not be 8-byte aligned in memory.
    const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset + numbersAt, bytes.byteOffset + bytes.length));
    return { header, names, sizes: numbers.subarray(0, count), mtimes: numbers.subarray(count) };
  } catch {
    return null;
  }
}

/**
 * Which listed files have the stats saved for `generation`: 1 at such a file's place in `now`, 0 at the
 * others (all 0 when the saved stats are another's or unreadable). `saved`, when read already, is
 * savedFileStats(indexDir).
 */
export function unchangedFiles(
  indexDir: string,
  generation: string,
  now: FileStats,
  saved: SavedFileStats | null = savedFileStats(indexDir),
): Uint8Array {
  const unchanged = new Uint8Array(now.files.length);
  if (!saved || saved.header.generation !== generation) return unchanged;
  const { names, sizes, mtimes } = saved;
  // Both lists are in the listing's order (the saved one less some files): one walk matches them.
  let i = 0;
  for (let j = 0; j < now.files.length; j += 1) {
    const file = now.files[j]!;
    if (names[i] !== file) while (i < names.length && names[i]! < file) i += 1;
    if (names[i] !== file) continue;
    if (now.sizes[j] === sizes[i] && now.mtimes[j] === mtimes[i]) unchanged[j] = 1;
    i += 1;
  }
  return unchanged;
}
