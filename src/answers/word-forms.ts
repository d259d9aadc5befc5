/**
 * The stemmer gives "figures" and "figurative" one term, "figur": a question about trade figures
 * must not rank "a figurative expression" first. A paragraph whose every match is such a derived
 * word, never the asked word itself or an inflection of it (figure, figures, figured), weighs half.
 */
import type { ParagraphHit } from '../search/search-paragraphs';
import { MAX_QUERY_CHARS, termOf } from '../search/terms';
import { reweighed } from './summit-first';

/** How many of the best hits are looked at (each look reads a paragraph). */
const LOOK_AT = 30;
const DERIVED_WEIGHT = 0.5;

/** A word without its inflection: allied → ally, figures → figur, imports → import. */
function base(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/ie[sd]$/, 'y')
    .replace(/(?:es|s|ed|ing|e)$/, '');
}

/** Are two words of one term the same word, inflected (not derived: figure / figurative)? */
export function sameWord(a: string, b: string): boolean {
  const [x, y] = [base(a), base(b)];
  return x === y || (Math.abs(x.length - y.length) <= 1 && (x.startsWith(y) || y.startsWith(x)));
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The hits, those matched only through derived words weighed down; best first. */
export function preferAskedWords(hits: readonly ParagraphHit[], question: string): ParagraphHit[] {
  const asked = new Map<string, string[]>();
  // Only what the search read of the question (its first MAX_QUERY_CHARS characters).
  for (const w of question.slice(0, MAX_QUERY_CHARS).match(WORD) ?? []) {
    const t = termOf(w);
    if (t) (asked.get(t) ?? asked.set(t, []).get(t)!).push(w);
  }
  const out = hits.map((h, i) => {
    if (i >= LOOK_AT || h.matched.size === 0) return h;
    const inText = new Map<string, string[]>();
    for (const w of h.text.match(WORD) ?? []) {
      const t = termOf(w);
      if (t && h.matched.has(t)) (inText.get(t) ?? inText.set(t, []).get(t)!).push(w);
    }
    const derivedOnly = [...h.matched].every((t) => {
      const typed = asked.get(t);
      const found = inText.get(t);
      return typed !== undefined && found !== undefined && !found.some((f) => typed.some((q) => sameWord(f, q)));
    });
    return derivedOnly ? reweighed(h, h.score * DERIVED_WEIGHT) : h;
  });
  return out.sort((a, b) => b.score - a.score);
}
