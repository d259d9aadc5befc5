/**
 * What changed in the archive since a generation hashed it, for an update: the listing is walked
 * beside files.json's entries (both sorted by name), only the files whose stats changed are read and
 * hashed, and the new files.json is the saved bytes with the changed entries replaced and the added
 * ones put in their place, the bytes JSON.stringify of the whole record gives (indexJson's compact
 * form). No entry is parsed into an object. A small index's indented files.json is parsed and
 * written again whole.
 */
import type { ArchiveFile } from '../corpus/list-archive';
import { fingerprintOf, fingerprintOfSorted, hashFile, hashFiles, type FileHashes } from './fingerprint';
import { indexJson } from './index-writer';

export interface ArchiveChanges {
  added: string[];
  changed: string[];
  removed: string[];
  /** The archive's files now, in the listing's order. */
  files: readonly string[];
  /** The sum of their recorded sizes. */
  bytes: number;
  /** fingerprintOf their hashes. */
  fingerprint: string;
  /** files.json now. */
  saved(): Buffer;
}

/** files.json's entries: names sorted, each entry's bytes [start, end), its hash and size. */
interface SavedEntries {
  names: string[];
  hashes: string[];
  sizes: number[];
  starts: number[];
  ends: number[];
}

const NAME_END = '":{"hash":"';
const SIZE_KEY = '","size":';

/** Something in a name that JSON escapes or writes as more than one byte: such a name is decoded from its UTF-8. */
const NOT_PLAIN = /[\\\u0080-\uffff]/;

/**
 * The entries of a compact, sorted files.json; null when the bytes are not one. The bytes are read as
 * Latin-1 (one character per byte, so positions are byte offsets) and each entry found with indexOf: a
 * name ends where `":{"hash":"` first follows it, since a quote inside a JSON string is escaped.
 */
function savedEntries(bytes: Buffer): SavedEntries | null {
  const entries: SavedEntries = { names: [], hashes: [], sizes: [], starts: [], ends: [] };
  const text = bytes.toString('latin1');
  if (text === '{}\n') return entries;
  if (!text.startsWith('{"') || !text.endsWith('}\n')) return null;
  for (let at = 1; ;) {
    if (text.charCodeAt(at) !== 0x22) return null;
    const end = text.indexOf(NAME_END, at + 1);
    if (end < 0) return null;
    const raw = text.slice(at + 1, end);
    const name = NOT_PLAIN.test(raw) ? (JSON.parse(bytes.toString('utf8', at, end + 1)) as string) : raw;
    const hashStart = end + NAME_END.length;
    const hashEnd = text.indexOf('"', hashStart);
    if (hashEnd < 0 || !text.startsWith(SIZE_KEY, hashEnd)) return null;
    const close = text.indexOf('}', hashEnd);
    const size = Number(text.slice(hashEnd + SIZE_KEY.length, close));
    if (close < 0 || !Number.isInteger(size)) return null;
    const last = entries.names.length - 1;
    if (last >= 0 && !(entries.names[last]! < name)) return null;
    entries.names.push(name);
    entries.hashes.push(text.slice(hashStart, hashEnd));
    entries.sizes.push(size);
    entries.starts.push(at);
    entries.ends.push(close + 1);
    if (text.charCodeAt(close + 1) === 0x2c) at = close + 2;
    else return close + 2 === text.length - 1 ? entries : null;
  }
}

/** files.json as saved, its entries found (a large index's) or not (read whole when compared). */
export interface SavedFiles {
  bytes: Buffer;
  articles: number;
  entries: SavedEntries | null;
}

/** files.json's bytes, of an index of `articles` articles, ready to be compared with a listing. */
export function savedFiles(bytes: Buffer, articles: number): SavedFiles {
  return { bytes, articles, entries: articles > 1000 ? savedEntries(bytes) : null };
}

/**
 * The changes between files.json (`saved`) and the archive listed in `listed` (sorted); a file marked
 * in `unchanged` (1 at its place in `listed`: unchangedFiles) keeps its recorded hash without being read.
 */
export function archiveChanges(saved: SavedFiles, listed: readonly ArchiveFile[], unchanged: Uint8Array): ArchiveChanges {
  const { bytes, articles, entries } = saved;
  return entries ? changesOfEntries(bytes, entries, listed, unchanged) : changesOfRecord(bytes, listed, unchanged, articles);
}

function changesOfEntries(saved: Buffer, entries: SavedEntries, listed: readonly ArchiveFile[], unchanged: Uint8Array): ArchiveChanges {
  const { names } = entries;
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  const hashes: string[] = [];
  const sizes: number[] = [];
  /** Each listed file's entry: the saved one's number, or the new entry's text. */
  const kept: Array<number | string> = [];
  let i = 0;
  for (let j = 0; j < listed.length; j += 1) {
    const { file, path } = listed[j]!;
    while (i < names.length && names[i]! < file) removed.push(names[i++]!);
    const known = names[i] === file ? i++ : -1;
    if (known >= 0 && unchanged[j] === 1) {
      hashes.push(entries.hashes[known]!);
      sizes.push(entries.sizes[known]!);
      kept.push(known);
      continue;
    }
    const now = hashFile(path);
    hashes.push(now.hash);
    sizes.push(now.size);
    if (known >= 0 && now.hash === entries.hashes[known] && now.size === entries.sizes[known]) kept.push(known);
    else kept.push(`${JSON.stringify(file)}:${JSON.stringify(now)}`);
    if (known < 0) added.push(file);
    else if (now.hash !== entries.hashes[known]) changed.push(file);
  }
  while (i < names.length) removed.push(names[i++]!);
  const files = listed.map((f) => f.file);
  return {
    added,
    changed,
    removed,
    files,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
    fingerprint: fingerprintOfSorted(files, hashes),
    saved() {
      const pieces: Buffer[] = [Buffer.from('{')];
      // Runs of saved entries that follow each other there are copied as one piece, commas and all.
      for (let n = 0; n < kept.length;) {
        if (n > 0) pieces.push(Buffer.from(','));
        const entry = kept[n]!;
        if (typeof entry === 'string') {
          pieces.push(Buffer.from(entry));
          n += 1;
          continue;
        }
        let last = n;
        while (last + 1 < kept.length && kept[last + 1] === (kept[last] as number) + 1) last += 1;
        pieces.push(saved.subarray(entries.starts[entry]!, entries.ends[kept[last] as number]!));
        n = last + 1;
      }
      pieces.push(Buffer.from('}\n'));
      return Buffer.concat(pieces);
    },
  };
}

/** The same from the parsed record: for an index written indented, or a files.json not in the listing's order. */
function changesOfRecord(saved: Buffer, listed: readonly ArchiveFile[], unchanged: Uint8Array, articles: number): ArchiveChanges {
  const before = JSON.parse(saved.toString('utf8')) as FileHashes;
  const now = hashFiles('', [...listed], {
    hashes: before,
    unchanged: new Set(listed.filter((_, j) => unchanged[j] === 1).map((f) => f.file)),
  });
  const files = Object.keys(now);
  return {
    added: files.filter((f) => !(f in before)),
    changed: files.filter((f) => f in before && before[f]!.hash !== now[f]!.hash),
    removed: Object.keys(before).filter((f) => !(f in now)),
    files,
    bytes: files.reduce((sum, f) => sum + now[f]!.size, 0),
    fingerprint: fingerprintOf(now),
    saved: () => Buffer.from(indexJson(now, articles)),
  };
}
