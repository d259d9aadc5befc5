/**
 * Plain-text articles (docs/contract.md, format 1): an optional `date YYYY-MM-DD` at the start of
 * the first line, the rest of that line a title when it reads like one, blank-line separated blocks.
 */
import type { RawArticle } from './types';
import { isValidIsoDate } from './calendar-date';
import { BLANK_LINE, readsLikeHeadline, withUnixLineEnds } from './text-shape';
import { normaliseSpace, stripBullet } from './split-units';
import { FURNITURE_RULES } from './furniture';

export type ParsedArticle = Omit<RawArticle, 'id' | 'file'>;

export function parseTextArticle(content: string): { article: ParsedArticle; problems: string[] } {
  const problems: string[] = [];
  const text = withUnixLineEnds(content.replace(/^\ufeff/, ''));
  const lines = text.split('\n');
  let published: string | null = null;
  let title: string | null = null;
  let firstLineIndex = lines.findIndex((l) => l.trim() !== '');
  if (firstLineIndex < 0) firstLineIndex = 0;
  const first = lines[firstLineIndex] ?? '';
  const header = /^\s*date\s+(\S+)\s*(.*)$/i.exec(first);
  let rest = first;
  if (header) {
    const value = header[1] ?? '';
    if (isValidIsoDate(value)) published = value;
    else problems.push(`malformed date "${value}" in the first line (expected date YYYY-MM-DD); read as undated`);
    rest = header[2] ?? '';
  }
  const candidate = normaliseSpace(stripBullet(rest));
  const isFurniture = FURNITURE_RULES.some((r) => r.matches(candidate));
  if (candidate && readsLikeHeadline(candidate) && !isFurniture) {
    title = candidate;
    rest = '';
  }
  const body = [rest, ...lines.slice(firstLineIndex + 1)].join('\n');
  const blocks = body
    .split(BLANK_LINE)
    .map((b) => b.split('\n').filter((l) => l.trim() !== ''))
    .filter((b) => b.length > 0);
  return {
    article: { format: 'txt', published, title, titleFrom: title ? 'first line' : null, source: null, url: null, blocks },
    problems,
  };
}
