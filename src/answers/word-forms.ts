/**
 * Word forms the stemmer does not join, and one it joins too far.
 * - The stemmer gives "figures" and "figurative" one term, "figur": a question about trade figures
 *   must not rank "a figurative expression" first. A paragraph whose every match is such a derived
 *   word, never the asked word itself or an inflection of it (figure, figures, figured), weighs half.
 * - People expect "met" to find "meet" and "ally" to find "alliance": `moreVariants` adds, beside the
 *   search's own derived roots (alliance → ally), the other forms of English irregular verbs (meet /
 *   met, hold / held) and the words the index holds that derive from a question's word (ally →
 *   alliance), each counting for part of a word.
 */
import type { Archive } from '../search/archive';
import { paragraphsWith } from '../search/paragraph-counts';
import type { ParagraphHit } from '../search/search-paragraphs';
import { MAX_QUERY_CHARS, termOf } from '../search/terms';
import { reweighed } from './summit-first';

/**
 * English irregular verbs, each line one verb's forms: the stemmer cannot join them. Verbs that mostly
 * lend their verb to a noun (give an interview, take part, make a speech, come, go, see) are left out.
 */
const IRREGULAR = [
  'meet met',
  'hold held',
  'speak spoke spoken',
  'tell told',
  'grow grew grown',
  'rise rose risen',
  'fall fell fallen',
  'begin began begun',
  'bring brought',
  'buy bought',
  'send sent',
  'lead led',
  'pay paid',
  'win won',
  'choose chose chosen',
  'write wrote written',
  'fly flew flown',
  'build built',
  'spend spent',
  'sell sold',
  'understand understood',
  'break broke broken',
  'hear heard',
  'lose lost',
  'eat ate eaten',
  'drive drove driven',
  'forget forgot forgotten',
  'shake shook shaken',
  'teach taught',
  'seek sought',
  'fight fought',
  'swear swore sworn',
  'undertake undertook undertaken',
  'withdraw withdrew withdrawn',
  'overcome overcame',
].map((line) => line.split(' ').map((w) => termOf(w)!));

/** Each irregular form's term → the terms of the verb's other forms. */
const OTHER_FORMS = new Map<string, string[]>();
for (const forms of IRREGULAR) for (const f of forms) OTHER_FORMS.set(f, [...new Set(forms.filter((g) => g !== f))]);

/**
 * Endings that make, of a word the question has, another the index may hold (ally → alliance). Not
 * "-ly", either way: last / lastly, near / nearly, friend / friendly rank other words first (measured).
 */
const DERIVING = ['anc', 'enc', 'ment'];
/**
 * How much a variant counts beside a word typed: part of a word, as the search's own derived roots
 * do. A paragraph may hold several forms of one verb (withdraw, withdrew): as a whole word each, they
 * would outweigh the question's other words.
 */
export const VARIANT_WEIGHT = 0.5;

/** Does any shard hold the term? */
function indexed(archive: Archive, term: string): boolean {
  return paragraphsWith(archive, term) > 0;
}

/**
 * Variants of a question's terms the index holds, each counting for VARIANT_WEIGHT of a word: the
 * other forms of an irregular verb (meet → met) and the words derived from a term (alli → allianc).
 */
export function moreVariants(archive: Archive, terms: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (term: string) => {
    if (!terms.includes(term) && !out.has(term) && indexed(archive, term)) out.set(term, VARIANT_WEIGHT);
  };
  for (const term of terms) {
    for (const other of OTHER_FORMS.get(term) ?? []) add(other);
    if (term.length >= 4) for (const ending of DERIVING) add(term + ending);
  }
  return out;
}

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

/**
 * Can the word's term be one of `terms`? The stemmer keeps a word's first letter, so an ASCII word
 * whose first letter starts none of them is not stemmed at all (most of a paragraph's words).
 */
function startsOf(terms: ReadonlySet<string>): (word: string) => boolean {
  const firsts = new Uint8Array(128);
  for (const t of terms) {
    const c = t.charCodeAt(0);
    if (c < 128) firsts[c] = firsts[String.fromCharCode(c).toUpperCase().charCodeAt(0)] = 1;
  }
  return (word) => {
    const c = word.charCodeAt(0);
    return c >= 128 || firsts[c] === 1;
  };
}

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
    const starts = startsOf(h.matched);
    for (const w of h.text.match(WORD) ?? []) {
      if (!starts(w)) continue;
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
