/**
 * A paragraph longer than LONGEST_PARAGRAPH is cut into parts of about equal length at sentence
 * boundaries. 2,000 characters (some 300 words) is above 99.9 % of the Kremlin's hand-made
 * paragraphs, so it only cuts text that lost its paragraph breaks (a merged briefing, a table, a
 * list); an excerpt of that size still fits in one Slack section (3,000 characters) with its citation.
 * A single sentence over the bound is cut at a clause, else at a space.
 */

export const LONGEST_PARAGRAPH = 2000;

/** Words after which a full stop does not end a sentence: titles, initials, common abbreviations. */
const ABBREVIATION =
  /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Lt|Col|Capt|Sgt|Rep|Sen|Gov|Amb|Hon|Rev|No|Nos|Art|Vol|Fig|vs|etc|approx|e\.g|i\.e|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Ltd|Co|Corp|U\.S|U\.N|U\.K|D\.C|\p{Lu})\.$/u;
/** Where a sentence may end: closing punctuation, optional closing quote or bracket, then a space. */
const SENTENCE_END = /[.!?…]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;

/** Offsets where a new sentence starts. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    starts.push(end);
  }
  return starts;
}

/** Cuts a sentence longer than `max` after a clause (; : , —) or a space, as near `max` as it can. */
function cutSentence(sentence: string, max: number): string[] {
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(': '), window.lastIndexOf(', '), window.lastIndexOf(' — '));
    const at = clause > max / 2 ? clause + 1 : window.lastIndexOf(' ') > max / 2 ? window.lastIndexOf(' ') : max;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** The paragraph as one or more parts, each at most `max` characters unless one sentence is longer. */
export function splitLongParagraph(text: string, max = LONGEST_PARAGRAPH): string[] {
  if (text.length <= max) return [text];
  const starts = [0, ...sentenceStarts(text), text.length];
  const sentences = starts
    .slice(0, -1)
    .map((s, i) => text.slice(s, starts[i + 1]).trim())
    .filter(Boolean);
  const pieces = sentences.flatMap((s) => (s.length > max ? cutSentence(s, max) : [s]));
  // Aim for parts of equal length: 4,100 characters make three parts of ~1,370, not 2,000 + 2,000 + 100.
  const total = pieces.reduce((n, p) => n + p.length + 1, 0);
  const target = total / Math.ceil(total / max);
  const parts: string[] = [];
  let current = '';
  for (const p of pieces) {
    const joined = current ? `${current} ${p}` : p;
    if (current && (joined.length > max || current.length >= target)) {
      parts.push(current);
      current = p;
    } else current = joined;
  }
  if (current) parts.push(current);
  return parts;
}
