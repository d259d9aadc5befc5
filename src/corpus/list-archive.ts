/**
 * Which files of an archive folder are articles: `.txt` and `.md` files, recursively, hidden ones
 * left out. Kept apart from reading them (read-archive.ts), so that a one-shot command checking the
 * index against the archive loads no article parser.
 */
import { accessSync, constants, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ArchiveProblem } from './types';

/** The article formats, by file extension. */
export const FORMATS: Record<string, 'txt' | 'md'> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md' };

export interface ArchiveFile {
  /** Relative to the archive folder, `/`-separated. */
  file: string;
  path: string;
}

/**
 * An article's id: its file's name without the extension (docs/contract.md). A page bundle's file, as
 * Hugo and other site generators keep a page (`posts/talks-in-moscow/index.md`), is named for its folder:
 * every one of them would be "index".
 */
export function articleIdOf(file: string): string {
  const id = basename(file, extname(file));
  const folder = basename(dirname(file));
  return /^_?index$/i.test(id) && folder !== '.' && folder !== '' ? folder : id;
}

/** An article's file name, by its extension (path.extname's, for the names that reach here: not hidden). */
function isArticleName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && FORMATS[name.slice(dot).toLowerCase()] !== undefined;
}

/**
 * Told of a folder under the archive that is left out, with why, as the build report says it: one that
 * cannot be read (a `lost+found` only root may open, a path too long), a link back to a folder it is
 * in, a link to a folder of the archive listed where it is. Every listing leaves the same ones out, so
 * the index and the checks against it agree. The archive folder itself that cannot be read is an error.
 */
export type OnLeftOut = (prefix: string, problem: string) => void;

/** Lists each folder left out in `problems`, as the build report lists them. */
export const leftOutInto =
  (problems: ArchiveProblem[]): OnLeftOut =>
  (prefix, problem) =>
    problems.push({ file: prefix, problem, kept: false });

const cannotBeRead = (e: Error) =>
  `a folder that cannot be read (${(e as NodeJS.ErrnoException).code ?? e.message}): its files are left out`;

/**
 * Whether `dir` is a folder this process may list: an archive to check an index against. One that is
 * missing, not a folder or closed to this user is not checked, the same way.
 */
export function canListArchive(dir: string): boolean {
  try {
    accessSync(dir, constants.R_OK | constants.X_OK);
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Every article file under `dir`, sorted by relative path so builds are deterministic. */
export function listArchiveFiles(dir: string, leftOut?: OnLeftOut): ArchiveFile[] {
  return archiveFilesOf(dir, listArchiveNames(dir, { leftOut }));
}

/** The files of archive `dir` named `names` (relative, as listArchiveNames gives them). */
export function archiveFilesOf(dir: string, names: readonly string[]): ArchiveFile[] {
  // join(dir, file) for names that hold no "." or ".." segment: the folder's part is normalised once, not per file.
  const folder = join(dir, '_').slice(0, -1);
  return names.map((file) => ({ file, path: folder + file }));
}

/**
 * A folder's article files and sub-folders (a folder's key ends with "/"), sorted as their paths sort:
 * a folder sorts as its name followed by "/", which gives the order of sorting every path at once for
 * a fraction of the comparisons. The file types come with the listing: nothing is read per file but a
 * symbolic link, followed to what it names. Anything else (a pipe, a socket, a device) is no article:
 * reading a pipe would wait for ever.
 */
export function sortedEntries(folder: string): string[] {
  const keys: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const kind = entry.isSymbolicLink() ? linkedKind(join(folder, name)) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : null;
    if (kind === 'folder') keys.push(`${name}/`);
    // A link to nothing is listed: reading it says what is wrong.
    else if ((kind === 'file' || kind === 'broken') && isArticleName(name)) keys.push(name);
  }
  return keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function linkedKind(path: string): 'folder' | 'file' | 'broken' | null {
  try {
    const target = statSync(path);
    return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : null;
  } catch {
    return 'broken';
  }
}

/** A folder's real path: the real path of the one it is in and its name, unless it is a symbolic link. */
function realPathOf(path: string, parentReal: string, name: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? realpathSync(path) : `${parentReal}/${name}`;
  } catch {
    return `${parentReal}/${name}`; // reading it will say what is wrong
  }
}

export interface WalkOptions {
  /** Told of each folder before it is read. */
  folders?: (path: string, prefix: string) => void;
  /** Reads a folder: sortedEntries, or what a cache kept of it. */
  entries?: (path: string, prefix: string) => readonly string[];
  leftOut?: OnLeftOut;
}

/**
 * Every article file under `dir` in sorted order, given as runs of names that share a folder:
 * `files(prefix, names)` with the folder's relative path ("" or ending with "/"). A sub-folder that
 * cannot be read is left out (OnLeftOut), and so is a linked folder that leads back to a folder it
 * is in (the walk would never end) or to another folder of the archive (listed there).
 */
export function walkArchive(
  dir: string,
  files: (prefix: string, names: string[]) => void,
  { folders, entries = sortedEntries, leftOut }: WalkOptions = {},
): void {
  /** The real path of each folder from the archive's down to the one being walked. */
  const walking: string[] = [];
  const walk = (folder: string, prefix: string, real: string) => {
    folders?.(folder, prefix);
    let keys: readonly string[];
    try {
      keys = entries(folder, prefix);
    } catch (e) {
      if (prefix === '') throw e;
      leftOut?.(prefix, cannotBeRead(e as Error));
      return;
    }
    walking.push(real);
    let run: string[] = [];
    for (const key of keys) {
      if (!key.endsWith('/')) {
        run.push(key);
        continue;
      }
      if (run.length) files(prefix, run);
      run = [];
      const name = key.slice(0, -1);
      const path = join(folder, name);
      const inner = realPathOf(path, real, name);
      const within = inner !== `${real}/${name}` && inner.startsWith(`${walking[0]}/`);
      if (walking.includes(inner)) leftOut?.(`${prefix}${key}`, 'a link to a folder it is in: left out');
      // A link to another folder of the archive would list its files twice, under two names.
      else if (within)
        leftOut?.(`${prefix}${key}`, `a link to ${inner.slice(walking[0]!.length + 1)}/, whose files are listed there: left out`);
      else walk(path, `${prefix}${key}`, inner);
    }
    if (run.length) files(prefix, run);
    walking.pop();
  };
  let real = resolve(dir);
  try {
    real = realpathSync(dir);
  } catch {
    // reading it will say what is wrong
  }
  walk(dir, '', real);
}

/**
 * The kinds of file under `dir` that are not articles, most common first, with how many of each
 * (`[".html", 120]`): said when an archive holds no article at all, so its owner knows what to convert.
 */
export function otherFileKinds(dir: string): Array<[string, number]> {
  const kinds = new Map<string, number>();
  // Walked as the archive is, each folder's other files counted as it is read.
  const entries = (path: string) =>
    readdirSync(path, { withFileTypes: true }).flatMap((e) => {
      if (e.name.startsWith('.')) return [];
      if (e.isDirectory()) return [`${e.name}/`];
      const kind = extname(e.name).toLowerCase() || '(no extension)';
      if (e.isFile()) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      return [];
    });
  walkArchive(dir, () => undefined, { entries });
  return [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The relative names of every article file under `dir`, sorted: cheap enough for a one-shot command. */
export function listArchiveNames(dir: string, options: Omit<WalkOptions, 'folders'> = {}): string[] {
  const out: string[] = [];
  walkArchive(
    dir,
    (prefix, names) => {
      for (const name of names) out.push(`${prefix}${name}`);
    },
    options,
  );
  return out;
}
