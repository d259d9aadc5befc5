/**
 * The one writer of an index folder. Files go into a private staging folder; `commit` writes the
 * manifest (every file with its size and SHA-256), moves the folder into place as a new generation
 * named by the manifest's hash, switches CURRENT to it with an atomic rename, and removes the other
 * generations. A bot reading the old generation keeps its open files (they are never rewritten), so
 * building or updating while it serves is safe.
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomicSync } from '../files/atomic-file';
import { withLockSync } from '../files/file-lock';
import type { Generation } from './index-generation';
import { INDEX_FILES, POINTER, type FileEntry, type Manifest } from './saved-form';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A generation is named by its manifest: the same archive always gives the same name and bytes. */
export const generationName = (manifestBytes: Buffer): string => `g-${sha256(manifestBytes).slice(0, 16)}`;
export const GENERATION_NAME = /^g-[0-9a-f]{16}$/;

const STAGING = '.staging-';
const RETIRED = '.retired-';
/** Suffix of a build's scratch folder: it starts like a staging folder, so an abandoned one is removed like one. */
const SCRATCH = '.scratch';
/** A staging folder this old was left by a build that died. */
const ABANDONED_MS = 6 * 3600_000;
/** What format 4 and earlier wrote straight into the index folder. */
const LEGACY = [...Object.values(INDEX_FILES), 'shards'];

/** A small index is written indented, to be read and diffed; a large one compact, to be written fast. */
export function indexJson(value: unknown, articles: number): string {
  return `${articles <= 1000 ? JSON.stringify(value, null, 1) : JSON.stringify(value)}\n`;
}

export class IndexWriter {
  private readonly files: Record<string, FileEntry> = {};
  private done = false;
  /** `begin` made the index folder: a build that fails leaves nothing behind, not an empty folder. */
  private createdFolder = false;

  private constructor(
    readonly indexDir: string,
    /** The private folder the generation is written into, until `commit` moves it into place. */
    readonly staging: string,
    /** A writer of some of another writer's files (in a build worker): it neither commits nor aborts. */
    private readonly part = false,
  ) {}

  /** Starts a new generation in `indexDir` (created if needed). */
  static begin(indexDir: string): IndexWriter {
    const created = mkdirSync(indexDir, { recursive: true }) !== undefined;
    const staging = join(indexDir, `${STAGING}${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(join(staging, 'shards'), { recursive: true });
    const writer = new IndexWriter(indexDir, staging);
    writer.createdFolder = created;
    return writer;
  }

  /**
   * Writes some files of the generation staged in `staging`, from another thread; the writer that
   * began it adopts them (`adopt(part.written())`).
   */
  static partOf(staging: string): IndexWriter {
    return new IndexWriter(dirname(staging), staging, true);
  }

  /** The files written so far, with their sizes and hashes. */
  written(): Record<string, FileEntry> {
    return { ...this.files };
  }

  /** Files a part writer wrote into this generation's staging folder. */
  adopt(files: Record<string, FileEntry>): void {
    Object.assign(this.files, files);
  }

  /** A scratch folder beside the staging folder, for a build's own files; removed on commit or abort. */
  scratch(): string {
    const dir = `${this.staging}${SCRATCH}`;
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  write(file: string, data: Buffer | string): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    writeFileSync(join(this.staging, file), bytes);
    this.files[file] = { size: bytes.length, sha256: sha256(bytes) };
  }

  writeJson(file: string, value: unknown, articles: number): void {
    this.write(file, indexJson(value, articles));
  }

  /** An unchanged file of an earlier generation: linked (files are never rewritten), else copied. */
  reuse(file: string, from: Generation): void {
    const entry = from.manifest.files[file];
    if (!entry) throw new Error(`${file} is not in generation ${from.name}`);
    const source = join(from.dir, file);
    const target = join(this.staging, file);
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
    this.files[file] = entry;
  }

  /** Writes the manifest, puts the generation in place and makes it the current one; returns its name. */
  commit(manifest: Omit<Manifest, 'files'>): string {
    if (this.part) throw new Error('A part writer cannot commit: the writer that began the generation does.');
    rmSync(`${this.staging}${SCRATCH}`, { recursive: true, force: true });
    const files = Object.fromEntries(
      Object.keys(this.files)
        .sort()
        .map((f) => [f, this.files[f]!]),
    );
    const bytes = Buffer.from(indexJson({ ...manifest, files }, manifest.articles), 'utf8');
    const name = generationName(bytes);
    writeFileSync(join(this.staging, INDEX_FILES.manifest), bytes);
    withLockSync(join(this.indexDir, '.lock'), () => {
      const target = join(this.indexDir, name);
      // The same name may hold a damaged copy of the same build: the fresh one replaces it.
      if (existsSync(target)) renameSync(target, join(this.indexDir, `${RETIRED}${randomBytes(4).toString('hex')}`));
      renameSync(this.staging, target);
      writeFileAtomicSync(join(this.indexDir, POINTER), `${name}\n`);
      removeOthers(this.indexDir, name);
    });
    this.done = true;
    return name;
  }

  /** Drops the staging folder of a build that failed. */
  abort(): void {
    if (this.part) return;
    if (!this.done) rmSync(this.staging, { recursive: true, force: true });
    rmSync(`${this.staging}${SCRATCH}`, { recursive: true, force: true });
    if (!this.done && this.createdFolder && readdirSync(this.indexDir).length === 0)
      rmSync(this.indexDir, { recursive: true, force: true });
    this.done = true;
  }
}

/**
 * Removes every generation but `keep`, what format 4 wrote, and abandoned staging folders. A bot
 * still reading a removed generation keeps its open files until it lets go of them.
 */
function removeOthers(indexDir: string, keep: string): void {
  for (const entry of readdirSync(indexDir)) {
    const path = join(indexDir, entry);
    const old = (GENERATION_NAME.test(entry) && entry !== keep) || entry.startsWith(RETIRED) || LEGACY.includes(entry);
    const abandoned = entry.startsWith(STAGING) && Date.now() - statSync(path).mtimeMs > ABANDONED_MS;
    if (old || abandoned) rmSync(path, { recursive: true, force: true });
  }
}
