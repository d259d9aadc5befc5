/** Small judgments about the shape of a line of news text, shared by cleaning and titles. */

/**
 * A line holding only white space separates paragraphs, whatever the space: pages converted from
 * HTML separate paragraphs (and whole speaker turns) with lines holding a non-breaking space.
 */
export const BLANK_LINE = /\n(?:[^\S\n]|\u200b)*\n/;

/** Windows and old Mac line ends as "\n"; most files have none, and a scan for "\r" is cheaper than the replace. */
export function withUnixLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const CLOSING = /[.!?…:;,"“”‘’')\]]$/;

/** Ends like a sentence or clause does (not like a headline or a line cut mid-sentence). */
export function endsLikeSentence(text: string): boolean {
  return CLOSING.test(text.trim());
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** JavaScript's white space (what `\s` matches), by character code. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The words of a text: its pieces between white space (`\s`) that hold a letter or a digit, counted
 * without a regular expression's matches: cleaning asks it of every short line, several times.
 */
export function wordCount(text: string): number {
  let words = 0;
  // Whether the piece being read has been counted (no piece yet: the first character starts one).
  let counted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    if (c < 128) {
      const lower = c | 32;
      counted = (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
      if (counted) words += 1;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    counted = LETTER_OR_DIGIT.test(pair ? String.fromCodePoint(text.codePointAt(i)!) : text[i]!);
    if (counted) words += 1;
  }
  return words;
}

/**
 * The line atMostWords last measured: furniture rules ask it of one line again and again, with
 * different bounds.
 */
let measured = { text: '', pieces: 0, words: 0 };

/** At most `n` words (cheaply false for long text, cheaply true for few space-separated pieces). */
export function atMostWords(text: string, n: number): boolean {
  if (text.length > n * 40) return false;
  if (text !== measured.text) measured = { text, pieces: piecesOf(text), words: -1 };
  // Every word is one of the pieces, so few pieces means few words.
  if (measured.pieces <= n) return true;
  if (measured.words < 0) measured.words = wordCount(text);
  return measured.words <= n;
}

/** The runs of characters above the space code. */
function piecesOf(text: string): number {
  let pieces = 0;
  let inPiece = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inPiece) pieces += 1;
    inPiece = !space;
  }
  return pieces;
}

/** The longest line that reads like a headline, white space around it aside. */
export const HEADLINE_MAX = 200;

/** A headline: a short line of words with no closing punctuation. */
export function readsLikeHeadline(text: string): boolean {
  const t = text.trim();
  if (t.length > HEADLINE_MAX) return false;
  const words = wordCount(t);
  // A speaker's turn in a transcript ("MS. PSAKI: Well —") is not a headline.
  return (
    words >= 3 &&
    words <= 25 &&
    t.length <= HEADLINE_MAX &&
    !/[.!?;,:)—–-]$/.test(t) &&
    !/^[\p{Lu}][\p{Lu}\p{L}.'’ ]{0,40}:\s/u.test(t) &&
    /^[\p{Lu}\p{N}"“‘']/u.test(t)
  );
}

/** Words whose case says the line reads as a Title or a Name ("Carl Samson", "War in Ukraine"). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'for', 'to', 'at', 'by', 'de', 'la', 'van', 'von', 'der']);
export function isTitleCased(text: string): boolean {
  const words = text.replace(/[.:]$/, '').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shortenAtWord(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '');
  return `${head}…`;
}

/** The first sentence of a paragraph (up to the first . ! or ? followed by a space and a capital). */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])["”’]?\s+(?=[\p{Lu}"“‘])/u.exec(text);
  return (m?.[1] ?? text).trim();
}
