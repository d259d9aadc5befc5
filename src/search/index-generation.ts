/**
 * Opening the current generation of an index folder for reading. Every file the manifest lists is
 * opened at once (so a writer removing the generation later cannot pull it away) and checked for
 * its size; a whole-file read is checked against its SHA-256; a read of a piece is checked for its
 * bounds and length. Whatever does not match is one ArchiveError naming the file and the rebuild.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ArchiveError, damagedError, rebuildHint } from './archive-error';
import { GENERATION_NAME, generationName, sha256 } from './index-writer';
import { ReusedBuffer } from './reused-buffer';
import { FORMAT, INDEX_FILES, POINTER, type Manifest } from './saved-form';

/** A file of the generation, open, its size checked against the manifest. */
export interface OpenFile {
  readonly path: string;
  readonly size: number;
  /** `length` bytes from `offset`; throws unless they lie inside the file and are all read. */
  read(offset: number, length: number): Buffer;
  /** The whole file, checked against its SHA-256; read into `into`'s buffer (valid until its next loan) when given. */
  readAll(into?: ReusedBuffer): Buffer;
  /** Checks the whole file against its SHA-256 without keeping it (for a file read by position after). */
  checkWhole(): void;
  close(): void;
}

export interface Generation {
  indexDir: string;
  name: string;
  /** The generation's folder. */
  dir: string;
  manifest: Manifest;
  /** Changes whenever CURRENT points at another folder, even one of the same name. */
  identity: string;
  /** A listed file, already open; stays open until `close` or the caller closes it. */
  file(path: string): OpenFile;
  /** A listed file, open, read by several readers: it stays the generation's, closed by `close`. */
  shared(path: string): OpenFile;
  /** A listed file's bytes, whole and checked against its SHA-256; the file is closed after. */
  readBytes(path: string): Buffer;
  readJson<T>(path: string): T;
  /** The error for a file that is not what the manifest says. */
  damaged(path: string, what: string): ArchiveError;
  /** Closes every file the caller has not taken. */
  close(): void;
}

/** The generation CURRENT names and the identity of its folder (`missing` when it has none); null without CURRENT. */
export function currentGeneration(indexDir: string): { name: string; identity: string } | null {
  let name: string;
  try {
    name = readFileSync(join(indexDir, POINTER), 'utf8').trim();
  } catch {
    return null;
  }
  try {
    return { name, identity: `${name}:${statSync(join(indexDir, name)).ino}` };
  } catch {
    return { name, identity: `${name}:missing` };
  }
}

/** What checkWhole reads a file through, a piece at a time. */
const CHECKED_PIECE = 1 << 20;
const pieces = new ReusedBuffer();

function readWhole(fd: number, size: number, into?: ReusedBuffer): Buffer {
  const bytes = into ? into.lend(size) : Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, bytes, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? bytes : bytes.subarray(0, at);
}

/** Opens the generation CURRENT names; throws ArchiveError when the index is missing, old or damaged. */
export function openGeneration(indexDir: string): Generation {
  // A writer may switch and remove generations between our reading CURRENT and opening the files.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return openNamed(indexDir);
    } catch (e) {
      const vanished = (e as NodeJS.ErrnoException).code === 'ENOENT';
      if (!vanished || attempt >= 3)
        throw e instanceof ArchiveError
          ? e
          : new ArchiveError(
              'corrupt',
              `The index in ${indexDir}/ cannot be read (${(e as Error).message}). Rebuild it: ${rebuildHint(indexDir)}`,
            );
    }
  }
}

function openNamed(indexDir: string): Generation {
  const pointer = join(indexDir, POINTER);
  if (!existsSync(pointer)) {
    if (existsSync(join(indexDir, INDEX_FILES.manifest))) {
      throw new ArchiveError(
        'stale',
        `The index in ${indexDir}/ was built by an earlier version of Summit. Rebuild it: ${rebuildHint(indexDir)}`,
      );
    }
    throw new ArchiveError('missing', `No index in ${indexDir}/. Build it from the archive: ${rebuildHint(indexDir)}`);
  }
  const name = readFileSync(pointer, 'utf8').trim();
  if (!GENERATION_NAME.test(name)) throw damagedError(indexDir, POINTER, `does not name a generation (it holds "${name.slice(0, 40)}")`);
  const dir = join(indexDir, name);
  const manifestPath = join(name, INDEX_FILES.manifest);
  const identity = `${name}:${statSync(dir).ino}`;
  const manifestBytes = readFileSync(join(dir, INDEX_FILES.manifest));
  if (generationName(manifestBytes) !== name) throw damagedError(indexDir, manifestPath, 'does not match its generation name');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  } catch (e) {
    throw damagedError(indexDir, manifestPath, `cannot be read (${(e as Error).message})`);
  }
  if (manifest.format !== FORMAT) {
    throw new ArchiveError(
      'stale',
      `The index in ${indexDir}/ was built by another version of Summit (format ${manifest.format}, this one reads ${FORMAT}). Rebuild it: ${rebuildHint(indexDir, manifest.corpus)}`,
    );
  }
  const damaged = (file: string, what: string) => damagedError(indexDir, `${name}/${file}`, what, manifest.corpus);

  const open = new Map<string, OpenFile>();
  try {
    for (const [file, entry] of Object.entries(manifest.files)) {
      const fd = openSync(join(dir, file), 'r');
      const size = fstatSync(fd).size;
      const opened = openFile(fd, file, entry.size, entry.sha256, damaged);
      open.set(file, opened);
      if (size !== entry.size) throw damaged(file, `has ${size} bytes, the manifest says ${entry.size}`);
    }
  } catch (e) {
    for (const f of open.values()) f.close();
    throw e;
  }

  return {
    indexDir,
    name,
    dir,
    manifest,
    identity,
    file(path) {
      const f = open.get(path);
      if (!f) throw damaged(path, 'is not listed in the manifest');
      open.delete(path);
      return f;
    },
    shared(path) {
      const f = open.get(path);
      if (!f) throw damaged(path, 'is not listed in the manifest');
      return f;
    },
    readBytes(path) {
      const f = this.file(path);
      try {
        return f.readAll();
      } finally {
        f.close();
      }
    },
    readJson<T>(path: string): T {
      const bytes = this.readBytes(path);
      try {
        return JSON.parse(bytes.toString('utf8')) as T;
      } catch (e) {
        throw damaged(path, `cannot be read (${(e as Error).message})`);
      }
    },
    damaged,
    close() {
      for (const f of open.values()) f.close();
      open.clear();
    },
  };
}

function openFile(
  fd: number,
  path: string,
  size: number,
  checksum: string,
  damaged: (file: string, what: string) => ArchiveError,
): OpenFile {
  let closed = false;
  return {
    path,
    size,
    read(offset, length) {
      if (!(Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length >= 0 && offset + length <= size)) {
        throw damaged(path, `was asked for bytes ${offset}–${offset + length}, outside its ${size} bytes`);
      }
      const bytes = Buffer.allocUnsafe(length);
      let at = 0;
      while (at < length) {
        const n = readSync(fd, bytes, at, length - at, offset + at);
        if (n === 0) throw damaged(path, `ends before byte ${offset + length} (it should have ${size} bytes)`);
        at += n;
      }
      return bytes;
    },
    readAll(into) {
      const bytes = readWhole(fd, size, into);
      if (bytes.length !== size) throw damaged(path, `has ${bytes.length} bytes, the manifest says ${size}`);
      if (sha256(bytes) !== checksum) throw damaged(path, 'does not match its checksum');
      return bytes;
    },
    checkWhole() {
      const hash = createHash('sha256');
      const piece = pieces.lend(Math.min(CHECKED_PIECE, size));
      let at = 0;
      while (at < size) {
        const n = readSync(fd, piece, 0, Math.min(piece.length, size - at), at);
        if (n === 0) throw damaged(path, `has ${at} bytes, the manifest says ${size}`);
        hash.update(piece.subarray(0, n));
        at += n;
      }
      if (hash.digest('hex') !== checksum) throw damaged(path, 'does not match its checksum');
    },
    close() {
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
}
