/**
 * Turns a block of lines into paragraph candidates. In a plain-text block each line is its own
 * candidate unless it was hard-wrapped (cut without closing punctuation, next line starting in lower
 * case); a Markdown block is one paragraph whose lines belong together, except list items.
 */
import { endsLikeSentence } from './text-shape';

const BULLET = /^\s*(?:[•·▪●◦‣∙–—]|[-*+](?=\s)|\d{1,2}[.)](?=\s))\s*/u;

export function stripBullet(line: string): string {
  return line.replace(BULLET, '');
}

export function normaliseSpace(text: string): string {
  if (!/[\u00a0\u2007\u202f\t\n\r\ufeff]|\u200b|\u200c|\u200d|\s\s|^\s|\s$/.test(text)) return text;
  return text.replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/\u200b|\u200c|\u200d|\ufeff/g, '').replace(/\s+/g, ' ').trim();
}

export function unitsOfTextBlock(lines: string[]): string[] {
  const units: string[] = [];
  for (const raw of lines) {
    const line = normaliseSpace(stripBullet(raw));
    if (!line) continue;
    const prev = units[units.length - 1];
    if (prev !== undefined && !endsLikeSentence(prev) && /^[\p{Ll},;)]/u.test(line)) units[units.length - 1] = `${prev} ${line}`;
    else units.push(line);
  }
  return units;
}

export function unitsOfMarkdownBlock(lines: string[]): string[] {
  const units: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) units.push(normaliseSpace(current.join(' ')));
    current = [];
  };
  for (const raw of lines) {
    if (BULLET.test(raw) || /^\s*#{1,6}\s/.test(raw)) flush();
    current.push(raw.replace(/^\s*#{1,6}\s+/, '').replace(BULLET, ''));
    if (/^\s*#{1,6}\s/.test(raw)) flush();
  }
  flush();
  return units.filter(Boolean);
}
