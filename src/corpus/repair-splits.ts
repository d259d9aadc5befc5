/**
 * Joins paragraphs that a page split mid-sentence across blank lines: a paragraph that ends without
 * closing punctuation, followed by one that starts in lower case or with punctuation, or that ends on
 * a word a sentence cannot end with ("the", "of", "to" …).
 */
import type { Joined } from './types';
import { endsLikeSentence } from './text-shape';

const CANNOT_END = new Set(
  'a an the of to in on at by for from with into onto over under about as and or but nor that which who whose their his her its our your my this these those like than such between among across after before during through against without within is are was were be been has have had will would can could should may might must very most more'.split(
    ' ',
  ),
);

function lastWord(text: string): string {
  return (/([\p{L}']+)\W*$/u.exec(text)?.[1] ?? '').toLowerCase();
}

/** "Vladimir Putin:", "Question:": a new speaker in a transcript starts a new paragraph. */
const SPEAKER_LABEL = /^[\p{Lu}][\p{L}.'’ -]{0,40}:\s/u;
/** "(ii) …", "(d) …", "3. …": an item of a list starts a new paragraph, even after "…; and". */
const LIST_ITEM = /^\(?([ivxlc]{1,6}|[a-zA-Z]|\d{1,3})[).]\s/;

function continues(prev: string, next: string): string | null {
  if (endsLikeSentence(prev) || SPEAKER_LABEL.test(next) || LIST_ITEM.test(next)) return null;
  if (/^[,.;:!?)\]”’]/u.test(next)) return 'continues with punctuation';
  if (/^\p{Ll}/u.test(next)) return 'continues in lower case';
  if (CANNOT_END.has(lastWord(prev))) return `cut after "${lastWord(prev)}"`;
  return null;
}

function glue(prev: string, next: string): string {
  return /^[,.;:!?)\]”’]/u.test(next) ? `${prev}${next}` : `${prev} ${next}`;
}

/**
 * `startsTurn[i]` marks a paragraph that opened with a speaker label (lifted out before): a new turn
 * is never glued to the last one. `from[j]` is the first input paragraph of output paragraph j.
 */
export function repairSplitParagraphs(
  paragraphs: string[],
  startsTurn: boolean[] = [],
): { paragraphs: string[]; joined: Joined[]; from: number[] } {
  const out: string[] = [];
  const parts: string[][] = [];
  const rules: string[] = [];
  const from: number[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const prev = out[out.length - 1];
    const rule = prev === undefined || startsTurn[i] ? null : continues(prev, p);
    if (prev !== undefined && rule) {
      out[out.length - 1] = glue(prev, p);
      parts[parts.length - 1]!.push(p);
      if (!rules[rules.length - 1]) rules[rules.length - 1] = rule;
    } else {
      out.push(p);
      parts.push([p]);
      rules.push('');
      from.push(i);
    }
  }
  const joined: Joined[] = [];
  parts.forEach((ps, i) => {
    if (ps.length > 1) joined.push({ paragraph: i, parts: ps, rule: rules[i] ?? '' });
  });
  return { paragraphs: out, joined, from };
}
