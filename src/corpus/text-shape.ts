/** Small judgments about the shape of a line of news text, shared by cleaning and titles. */

/**
 * A line holding only white space separates paragraphs, whatever the space: pages converted from
 * HTML separate paragraphs (and whole speaker turns) with lines holding a non-breaking space.
 */
export const BLANK_LINE = /\n(?:[^\S\n]|\u200b)*\n/;

const CLOSING = /[.!?…:;,"“”‘’')\]]$/;

/** Ends like a sentence or clause does (not like a headline or a line cut mid-sentence). */
export function endsLikeSentence(text: string): boolean {
  return CLOSING.test(text.trim());
}

const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** At most `n` words (cheaply false for long text, cheaply true for few space-separated pieces). */
export function atMostWords(text: string, n: number): boolean {
  if (text.length > n * 40) return false;
  let pieces = 0;
  let inPiece = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inPiece) pieces += 1;
    inPiece = !space;
  }
  // Every word is one of the pieces, so few pieces means few words.
  return pieces <= n || wordCount(text) <= n;
}

/** A headline: a short line of words with no closing punctuation. */
export function readsLikeHeadline(text: string): boolean {
  const t = text.trim();
  if (t.length > 200) return false;
  const words = wordCount(t);
  // A speaker's turn in a transcript ("MS. PSAKI: Well —") is not a headline.
  return (
    words >= 3 &&
    words <= 25 &&
    t.length <= 200 &&
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
