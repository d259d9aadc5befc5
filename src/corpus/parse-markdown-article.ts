/**
 * Markdown articles with YAML (or Hugo's TOML) front matter (docs/contract.md, format 2): `date` (or what other site
 * generators and feeds call it), `title`, `url` or `source_url`, `source`; hard-wrapped lines belong together.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { ParsedArticle } from './parse-text-article';
import { writtenDate } from './calendar-date';
import { readSimpleFrontMatter } from './simple-front-matter';
import { normaliseSpace } from './split-units';
import { markdownToText } from './markdown-inline';
import { BLANK_LINE, withUnixLineEnds } from './text-shape';

/** A line holding more than white space (what trim() takes off): the test needs no trimmed copy of every line. */
const NOT_SPACE = /\S/;
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** Hugo's other front matter: TOML between `+++` lines (`title = "…"`, `date = 2023-03-21T10:00:00+03:00`). */
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;

function asText(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  return null;
}

/** The fields a front matter dates its article by, the first one there: `date`, then what other site generators and feeds call it. */
const DATE_FIELDS = ['date', 'published_time', 'published', 'publishDate', 'publish_date', 'pubDate', 'datePublished', 'date_published'];

export function parseMarkdownArticle(content: string): { article: ParsedArticle; problems: string[] } {
  const problems: string[] = [];
  const text = withUnixLineEnds(content.replace(/^\ufeff/, ''));
  const fm = FRONT_MATTER.exec(text) ?? TOML_FRONT_MATTER.exec(text);
  let meta: Record<string, unknown> = {};
  if (fm) {
    try {
      const fields = fm[1] ?? '';
      const parsed: unknown = fm[0].startsWith('+') ? parseToml(fields) : (readSimpleFrontMatter(fields) ?? parseYaml(fields));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
      else if (parsed != null) problems.push('front matter is not a list of fields; ignored');
    } catch (e) {
      // The YAML or TOML reader itself missing is no property of the article: every file would be misread.
      if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw e;
      problems.push(`malformed front matter (${(e as Error).message.split('\n')[0]}); read without it`);
    }
  } else if (/^(---|\+\+\+)/.test(text)) {
    problems.push(`front matter is not closed with ${text.slice(0, 3)}; read without it`);
  }
  const body = fm ? text.slice(fm[0].length) : text.replace(/^(?:---|\+\+\+)[^\n]*\n/, '');

  let published: string | null = null;
  const rawDate = DATE_FIELDS.map((f) => asText(meta[f])).find((v) => v != null) ?? null;
  if (rawDate) {
    published = writtenDate(rawDate);
    if (!published) problems.push(`malformed date "${rawDate}" in the front matter (write it as YYYY-MM-DD); read as undated`);
  }
  let rawTitle = asText(meta.title);
  let titleFrom: ParsedArticle['titleFrom'] = rawTitle ? 'front matter' : null;
  // Inline Markdown is read later, per paragraph, so that a link wrapped over two lines stays whole.
  const blocks = body
    .split(BLANK_LINE)
    .map((b) => b.split('\n').filter((l) => NOT_SPACE.test(l)))
    .filter((b) => b.length > 0);
  const heading = /^\s*#\s+(.+)$/.exec(blocks[0]?.[0] ?? '');
  if (!rawTitle && heading) {
    rawTitle = heading[1] ?? null;
    titleFrom = 'first line';
    blocks[0]!.shift();
    if (blocks[0]!.length === 0) blocks.shift();
  }
  return {
    article: {
      format: 'md',
      published,
      title: rawTitle ? normaliseSpace(markdownToText(rawTitle)) : null,
      titleFrom,
      // No `source:` but a web address: the site it was published on is its source ("bidenwhitehouse.archives.gov").
      source: asText(meta.source) ?? siteOf(asText(meta.url) ?? asText(meta.source_url)),
      url: asText(meta.url) ?? asText(meta.source_url),
      blocks,
    },
    problems,
  };
}

/** The host of a web address without "www.", or null. */
function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}
