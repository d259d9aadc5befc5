/** Archives written by a test into a temporary folder, built into an index next to them. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cleanArticle } from '../../src/corpus/clean-article';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';
import { openArchive, type Archive } from '../../src/search/archive';
import { buildIndex, type BuildOptions } from '../../src/search/build-index';
import type { BuildReport } from '../../src/search/build-report';

export function writeArchive(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'summit-archive-'));
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(corpus, name)), { recursive: true });
    writeFileSync(join(corpus, name), content);
  }
  return corpus;
}

export function buildSmallArchive(
  files: Record<string, string>,
  options: BuildOptions = {},
): { archive: Archive; report: BuildReport; corpus: string; indexDir: string } {
  const corpus = writeArchive(files);
  const indexDir = join(dirname(corpus), 'index');
  const report = buildIndex(corpus, indexDir, options);
  return { archive: openArchive(indexDir), report, corpus, indexDir };
}

/** The bundled archive's committed index, opened once per test file. */
export function bundledArchive(): Archive {
  return openArchive(join(__dirname, '..', '..', 'index'));
}

/** A small archive's timeline as tests compare it: each event's days, kind (its place too, with `place`) and articles with their roles. */
export function timelineOf(files: Record<string, string>, { place = false } = {}) {
  const { archive } = buildSmallArchive(files);
  const events = archive.events.map((e) => ({
    date: e.date,
    ...(e.end ? { end: e.end } : {}),
    kind: e.kind,
    ...(place && e.place ? { place: e.place } : {}),
    articles: e.articles.map((a) => `${a.articleId}:${a.role}`),
  }));
  return { archive, events };
}

/** A Markdown story as a site named `source` saves it, front matter and paragraphs. */
export const storyFrom =
  (source: string) =>
  (date: string, title: string, ...paragraphs: string[]): string =>
    `---\ndate: ${date}\ntitle: "${title}"\nsource: ${source}\n---\n\n${paragraphs.join('\n\n')}`;

/** A Markdown story of `date` read and cleaned as the build reads it: its paragraphs and what was dropped. */
export const cleanedStory =
  (date: string, title = 'Xi and Putin talk') =>
  (...paragraphs: string[]) => {
    const { article } = parseMarkdownArticle(`---\ndate: ${date}\ntitle: ${title}\n---\n\n${paragraphs.join('\n\n')}`);
    return cleanArticle({ ...article, id: 'a', file: 'a.md' });
  };
