/**
 * Turns a block of lines into paragraph candidates. In a plain-text block each line is its own
 * candidate unless it was hard-wrapped (cut without closing punctuation, next line starting in lower
 * case); a Markdown block is one paragraph whose lines belong together, except list items, a
 * new speaker's turn ("MR. KIRBY: …" at the start of a line) and a line of the page around the story
 * (page-chrome.ts).
 */
import { atMostWords, endsLikeSentence, isSpaceCode } from './text-shape';
import { opensTurnInBlock } from './speaker-labels';
import { CELL_SEPARATOR, markdownToText } from './markdown-inline';
import { isPageChrome } from './page-chrome';
import { COPYRIGHT, FURNITURE_RULES } from './furniture';
import { isTimestamp } from './signature-lines';
import type { RepairTally } from './repair-tally';
import type { RawArticle } from './types';

const BULLET = /^\s*(?:[•·▪●◦‣∙–—]|[-*+](?=\s)|\d{1,2}[.)](?=\s))\s*/u;
/**
 * Markdown marks list items with -, *, + or a number (and pages pasted from HTML keep their • glyphs);
 * a dash opening a line of a Markdown paragraph is punctuation: a speaker's pause wrapped to the next
 * line ("the whole\n— the whole list"), which must stay in the paragraph, dash and all.
 */
const MARKDOWN_BULLET = /^\s*(?:[•·▪●◦‣∙]|[-*+](?=\s)|\d{1,2}[.)](?=\s))\s*/u;
/** A thematic break ("* * *", "- - -") is one separator line, not a list item holding "* *". */
const THEMATIC_BREAK = /^\s*([-*_])(?:\s*\1){2,}\s*$/;

export function stripBullet(line: string): string {
  return THEMATIC_BREAK.test(line) ? line : line.replace(BULLET, '');
}

/**
 * Does `text` hold what normaliseSpace changes: a tab, line break, no-break or zero-width space, two
 * white spaces in a row, or white space at either end? (/[\u00a0\u2007\u202f\t\n\r\ufeff\u200b-\u200d]|\s\s|^\s|\s$/,
 * as a loop: the RegExp tried every alternative at every character of every paragraph.)
 */
function hasUnevenSpace(text: string): boolean {
  if (text.length === 0) return false;
  let space = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 0xa0) {
      space = false;
      continue;
    }
    if (c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f || isZeroWidth(c)) return true;
    const isSpace = isSpaceCode(c);
    if (isSpace && space) return true;
    space = isSpace;
  }
  return space;
}

/**
 * Text with zero-width characters taken out, each run of white space made one space, and none at
 * either end. Done in one pass: it is asked of every paragraph of a build.
 */
export function normaliseSpace(text: string): string {
  if (!hasUnevenSpace(text)) return text;
  let out = '';
  let space = false;
  let from = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c > 32 && c < 0xa0) continue;
    // One plain space between words stays as it is: the piece goes on (copied whole, not word by word).
    if (c === 32 && i > from && i + 1 < text.length && isPlainCode(text.charCodeAt(i + 1))) continue;
    const zeroWidth = isZeroWidth(c);
    if (!zeroWidth && !isSpaceCode(c)) continue;
    if (i > from) {
      out += space && out ? ` ${text.slice(from, i)}` : text.slice(from, i);
      space = false;
    }
    if (!zeroWidth) space = true;
    from = i + 1;
  }
  return out;
}

/** Neither white space nor a zero-width character. */
function isPlainCode(c: number): boolean {
  return (c > 32 && c < 0xa0) || (!isZeroWidth(c) && !isSpaceCode(c));
}

/** A character normaliseSpace takes out: zero-width space, non-joiner, joiner, byte-order mark. */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
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

/** The markers of a Markdown quotation, nested or not, at the start of a line. */
const QUOTE_MARKERS = /^\s*(?:>\s?)+/;

/** Longer than this, a line of a block is wrapped prose. */
const STACKED_WORDS = 14;
/** The furniture that heads a page's stack of lines: a label, a desk's credit, a time stamp. */
const STACK_HEADS = new Set(['link to more', 'agency credit', 'timestamp', 'read-more teaser']);

/**
 * A few short lines that end no sentence, headed by a label, a desk's credit or a time stamp ("DAILY
 * SABAH WITH AA / SAMARKAND, UZBEKISTAN / SEP 16, 2022 - 6:21 PM", "RECOMMENDED / <a headline>"): a
 * page's stacked lines, each read on its own, as a wrapped paragraph's lines are not.
 */
function isFurnitureStack(lines: readonly string[]): boolean {
  if (lines.length > 4) return false;
  const texts = lines.map((l) => normaliseSpace(l));
  if (!texts.every((t) => atMostWords(t, STACKED_WORDS) && !/[.!?…:;,"”]$/.test(t))) return false;
  // A line in lower case goes on with the one before ("Read more / here: <link>").
  if (texts.slice(1).some((t) => !/^[\p{Lu}\p{N}]/u.test(t))) return false;
  return FURNITURE_RULES.some((r) => STACK_HEADS.has(r.rule) && r.matches(texts[0]!));
}

export function unitsOfMarkdownBlock(lines: string[]): string[] {
  const units: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 1 && isFurnitureStack(current)) units.push(...current.map(normaliseSpace));
    else if (current.length) units.push(normaliseSpace(current.join(' ')));
    current = [];
  };
  for (const line of lines) {
    // A quotation's markers ("> " at each line of it) are no words of it.
    const raw = line.charCodeAt(0) === 0x3e || /^\s+>/.test(line) ? line.replace(QUOTE_MARKERS, '') : line;
    // A line opening in lower case (most of a wrapped paragraph) is no break, heading, item or label.
    const first = raw.charCodeAt(0);
    if (first >= 97 && first <= 122) {
      current.push(raw);
      continue;
    }
    // A scraped page's menu, buttons, copyright line or time stamp, kept as a line of the story's paragraph: a unit of its own.
    if (isPageChrome(raw) || COPYRIGHT.test(raw.trimStart()) || isTimestamp(raw.trim())) {
      flush();
      current.push(raw);
      flush();
      continue;
    }
    // One opening in upper case (most paragraphs) is no break, heading or item either; it may open a turn.
    if (first >= 65 && first <= 90) {
      if (opensTurnInBlock(raw)) flush();
      current.push(raw);
      continue;
    }
    // A thematic break ("* * *") stands alone, as a heading does.
    const alone = THEMATIC_BREAK.test(raw) || /^\s*#{1,6}\s/.test(raw);
    const bullet = !alone && MARKDOWN_BULLET.test(raw);
    if (bullet || alone || opensTurnInBlock(raw)) flush();
    const words = raw.replace(/^\s*#{1,6}\s+/, '');
    current.push(bullet ? words.replace(MARKDOWN_BULLET, '') : words);
    if (alone) flush();
  }
  flush();
  return units.filter(Boolean);
}

/** A paragraph candidate, and the text it was read from (for the report when it comes out empty). */
export interface Unit {
  text: string;
  source: string;
  /** A row of an HTML table: data, which no furniture rule (made for lines of prose) should judge. */
  tableRow?: boolean;
}

/**
 * An article's paragraph candidates in order. Markdown is read to plain words per paragraph (so
 * wrapped links stay whole); a table row or paragraph in the page's HTML starts a new candidate.
 */
export function unitsOfArticle(raw: Pick<RawArticle, 'format' | 'blocks'>, tally: RepairTally): Unit[] {
  if (raw.format !== 'md') return raw.blocks.flatMap(unitsOfTextBlock).map((text) => ({ text, source: text }));
  // Loops, not flatMap: this runs for every paragraph of a build.
  const units: Unit[] = [];
  for (const block of raw.blocks) {
    for (const source of unitsOfMarkdownBlock(block)) {
      const text = markdownToText(source, tally);
      if (text === source) {
        units.push({ text, source });
        continue;
      }
      const lines = text
        .split('\n')
        .map((line) => normaliseSpace(line.includes('|') ? line.replace(/\s*\|\s*$/, '') : line))
        .filter(Boolean);
      if (lines.length === 0) units.push({ text: '', source });
      for (const line of lines) units.push({ text: line, source, ...(line.includes(CELL_SEPARATOR) ? { tableRow: true } : {}) });
    }
  }
  return units;
}
