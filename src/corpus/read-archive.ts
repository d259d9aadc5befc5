/**
 * Reads an archive folder recursively: `.txt` and `.md` articles, article id = file name without its
 * extension. A broken file is reported and skipped; it never sinks the rest.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeText } from './decode-text';
import { articleIdOf, FORMATS, listArchiveFiles, type ArchiveFile } from './list-archive';
import type { ArchiveProblem, RawArticle } from './types';
import { parseTextArticle } from './parse-text-article';
import { parseMarkdownArticle } from './parse-markdown-article';

export { listArchiveFiles, listArchiveNames, type ArchiveFile } from './list-archive';

/** One file as an article, or the problems that kept it out. */
export function readArticleFile({ file, path }: ArchiveFile): { article: RawArticle | null; problems: ArchiveProblem[] } {
  let content: string;
  try {
    if (statSync(path).size === 0) throw new Error('empty file');
    content = decodeText(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A name in another encoding than UTF-8 (an old Latin-1 archive) is listed with U+FFFD, a name no file has.
    const reason =
      code === 'EACCES'
        ? 'cannot be read (permission denied)'
        : code === 'ENOENT' && file.includes('\uFFFD')
          ? 'its name is not UTF-8 (shown with �), so it cannot be opened: rename it to index it'
          : (e as Error).message;
    return { article: null, problems: [{ file, problem: `${reason}; skipped`, kept: false }] };
  }
  return readArticleContent({ file }, content);
}

/** A file's content, read whole, as an article (readArticleFile once the file is read). */
export function readArticleContent(
  { file }: Pick<ArchiveFile, 'file'>,
  content: string,
): { article: RawArticle | null; problems: ArchiveProblem[] } {
  const ext = extname(file).toLowerCase();
  const id = articleIdOf(file);
  if (content.includes('\u0000')) return { article: null, problems: [{ file, problem: 'binary content, not text; skipped', kept: false }] };
  const { article, problems: found } = FORMATS[ext] === 'md' ? parseMarkdownArticle(content) : parseTextArticle(content);
  const problems: ArchiveProblem[] = found.map((problem) => ({ file, problem, kept: true }));
  if (article.blocks.length === 0)
    return { article: null, problems: [...problems, { file, problem: 'no text after the header; skipped', kept: false }] };
  return { article: { ...article, id, file }, problems };
}

/**
 * Keeps the first readable article of each id, in file order, and reports the rest as duplicates.
 * `reads` are in the order of listArchiveFiles.
 */
export function keepFirstOfEachId<T extends { id: string; file: string }>(
  reads: Array<{ article: T | null; problems: ArchiveProblem[] }>,
): { articles: T[]; problems: ArchiveProblem[] } {
  const problems: ArchiveProblem[] = [];
  const articles: T[] = [];
  const firstFileOf = new Map<string, string>();
  for (const read of reads) {
    const earlier = read.article ? firstFileOf.get(read.article.id) : undefined;
    if (read.article && earlier) {
      problems.push({
        file: read.article.file,
        problem: `duplicate article id "${read.article.id}" (already read from ${earlier}); skipped`,
        kept: false,
      });
      continue;
    }
    problems.push(...read.problems);
    if (!read.article) continue;
    firstFileOf.set(read.article.id, read.article.file);
    articles.push(read.article);
  }
  return { articles, problems };
}

export function readArchive(dir: string): { articles: RawArticle[]; problems: ArchiveProblem[] } {
  return keepFirstOfEachId(listArchiveFiles(dir).map(readArticleFile));
}
