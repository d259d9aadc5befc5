/**
 * Reads an archive folder recursively: `.txt` and `.md` articles, article id = file name without its
 * extension. A broken file is reported and skipped; it never sinks the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import type { ArchiveProblem, RawArticle } from './types';
import { parseTextArticle } from './parse-text-article';
import { parseMarkdownArticle } from './parse-markdown-article';

const FORMATS: Record<string, 'txt' | 'md'> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md' };

export interface ArchiveFile {
  /** Relative to the archive folder, `/`-separated. */
  file: string;
  path: string;
}

/** Every article file under `dir`, sorted by relative path so builds are deterministic. */
export function listArchiveFiles(dir: string): ArchiveFile[] {
  const out: ArchiveFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (FORMATS[extname(entry.name).toLowerCase()]) out.push({ path, file: relative(dir, path).split(sep).join('/') });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function readArchive(dir: string): { articles: RawArticle[]; problems: ArchiveProblem[] } {
  const problems: ArchiveProblem[] = [];
  const articles: RawArticle[] = [];
  const firstFileOf = new Map<string, string>();
  for (const { file, path } of listArchiveFiles(dir)) {
    const ext = extname(file).toLowerCase();
    const id = basename(file, extname(file));
    const earlier = firstFileOf.get(id);
    if (earlier) {
      problems.push({ file, problem: `duplicate article id "${id}" (already read from ${earlier}); skipped`, kept: false });
      continue;
    }
    let content: string;
    try {
      if (statSync(path).size === 0) throw new Error('empty file');
      content = readFileSync(path, 'utf8');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'EACCES' ? 'cannot be read (permission denied)' : (e as Error).message;
      problems.push({ file, problem: `${reason}; skipped`, kept: false });
      continue;
    }
    if (content.includes('\u0000')) {
      problems.push({ file, problem: 'binary content, not text; skipped', kept: false });
      continue;
    }
    const { article, problems: found } = FORMATS[ext] === 'md' ? parseMarkdownArticle(content) : parseTextArticle(content);
    for (const problem of found) problems.push({ file, problem, kept: true });
    if (article.blocks.length === 0) {
      problems.push({ file, problem: 'no text after the header; skipped', kept: false });
      continue;
    }
    firstFileOf.set(id, file);
    articles.push({ ...article, id, file });
  }
  return { articles, problems };
}
