/**
 * Which files of an archive folder are articles: `.txt` and `.md` files, recursively, hidden ones
 * left out. Kept apart from reading them (read-archive.ts), so that a one-shot command checking the
 * index against the archive loads no article parser.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The article formats, by file extension. */
export const FORMATS: Record<string, 'txt' | 'md'> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md' };

export interface ArchiveFile {
  /** Relative to the archive folder, `/`-separated. */
  file: string;
  path: string;
}

/** An article's file name, by its extension (path.extname's, for the names that reach here: not hidden). */
function isArticleName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && FORMATS[name.slice(dot).toLowerCase()] !== undefined;
}

/** Every article file under `dir`, sorted by relative path so builds are deterministic. */
export function listArchiveFiles(dir: string): ArchiveFile[] {
  // join(dir, file) for names that hold no "." or ".." segment: the folder's part is normalised once, not per file.
  const folder = join(dir, '_').slice(0, -1);
  return listArchiveNames(dir).map((file) => ({ file, path: folder + file }));
}

/**
 * The relative names of every article file under `dir`, sorted: one directory listing per folder and
 * nothing per file (the file types come with the listing), so a one-shot command can afford it. Each
 * folder's entries are sorted as their paths sort (a folder's name as if followed by "/"), which
 * gives the order of sorting every path at once for a fraction of the comparisons.
 */
export function listArchiveNames(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    const entries: Array<{ key: string; name: string; folder: boolean }> = [];
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      if (entry.isDirectory()) entries.push({ key: `${name}/`, name, folder: true });
      else if (isArticleName(name)) entries.push({ key: name, name, folder: false });
    }
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { name, folder } of entries) {
      if (folder) walk(join(d, name), `${prefix}${name}/`);
      else out.push(`${prefix}${name}`);
    }
  };
  walk(dir, '');
  return out;
}
