/**
 * Text to search terms, the one way Summit makes them (lunr.js's tokenizer, trimmer, stop-word filter
 * and stemmer in one place). A word's term is the word lower-cased, trimmed of punctuation and of a
 * possessive, dropped when it is a stop word, and stemmed. Indexing, questions, excerpts, quotes and
 * event similarity all call this module; they differ only in how they cut text into words.
 */
import lunr from 'lunr';

const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE = /['’‘`]s?$/u;

/**
 * Lunr's own trimmer is ASCII-only ("José" → "jo") and keeps possessives ("Xi's" → "xi'"); this one
 * is Unicode-aware and drops them.
 */
export function trimWord(word: string): string {
  return word.replace(EDGES, '').replace(POSSESSIVE, '').replace(EDGES, '');
}

/** Words seen more than this since the last clear start the memo again: typed questions must not grow it without end. */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string | null>();

/** The term a word is indexed as: null for a stop word, '' for a word of punctuation only (Lunr indexes it). */
export function termOf(word: string): string | null {
  let term = memo.get(word);
  if (term === undefined) {
    term = termOfTrimmed(trimWord(word.toLowerCase()));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, term);
  }
  return term;
}

/** termOf for a word already lower-cased and trimmed (trimWord): many words ("Russia," "(Russia") trim alike. */
export function termOfTrimmed(trimmed: string): string | null {
  const token = new lunr.Token(trimmed, {});
  // Lunr's stop-word filter returns nothing for a stop word (its typing says otherwise).
  return (lunr.stopWordFilter(token) as lunr.Token | undefined) ? lunr.stemmer(token).toString() : null;
}

/** Where text is cut into words. */
const SPLITS = {
  /** At white space and hyphens, as Lunr's tokenizer does: what the index holds. */
  lunr: /[\s-]+/,
  /** At anything but a letter or a digit ("Xi's" is two words). */
  letters: /[^\p{L}\p{N}]+/u,
} as const;
/** One character of what `SPLITS.lunr` cuts at. */
const WORD_GAP = /[\s-]/;

export interface TermOptions {
  /** How the text is cut into words ('lunr' unless given). */
  split?: keyof typeof SPLITS;
  /** Shorter words are left out. */
  minLength?: number;
  /** false: words of digits only are left out. */
  numbers?: boolean;
  /** Terms left out. */
  except?: ReadonlySet<string>;
}

/** The lower-cased words of a text, cut as `split` says. */
function wordsOf(text: string, split: keyof typeof SPLITS): string[] {
  const words = text.toLowerCase().split(SPLITS[split]);
  // Each split is at a run of gaps: only the first and the last word can be empty.
  if (words[words.length - 1] === '') words.pop();
  if (words[0] === '') words.shift();
  return words;
}

/** The lower-cased words Lunr's tokenizer cuts a text into (some are stop words or punctuation only). */
export function indexedWords(text: string): string[] {
  return wordsOf(text, 'lunr');
}

/**
 * The terms of a text, in order, one per word that is not a stop word. With no options, exactly the
 * terms the index holds for it (what Lunr's Builder would index).
 */
export function termsOf(text: string, { split = 'lunr', minLength = 1, numbers = true, except }: TermOptions = {}): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text, split)) {
    if (word.length < minLength || (!numbers && /^\d+$/.test(word))) continue;
    const term = termOf(word);
    if (term !== null && !except?.has(term)) out.push(term);
  }
  return out;
}

/**
 * Does the text hold `term`, a name's term ("putin", "jinp")? Only the words that hold its letters are
 * stemmed: the stemmer keeps a word's start and rewrites only its ending, so it never makes a name's
 * term of other letters.
 */
export function holdsNameTerm(text: string, term: string): boolean {
  const lower = text.toLowerCase();
  const gap = (at: number) => WORD_GAP.test(lower[at]!);
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
    let start = at;
    while (start > 0 && !gap(start - 1)) start -= 1;
    let end = at + term.length;
    while (end < lower.length && !gap(end)) end += 1;
    if (termOf(lower.slice(start, end)) === term) return true;
  }
  return false;
}

/** Lunr's query syntax and punctuation: a question's words are cut there (Lunr would throw on them). */
const QUERY_SYNTAX = /[*:~^+\-"“”'‘’()[\]{}\\/|<>!?.,;]+/g;
/** A question is read up to here: the rest of a pasted text adds little and costs much. */
export const MAX_QUERY_CHARS = 2000;

/** What a person typed, as the terms the index holds (distinct, in order), and how many words it had. */
export function queryTerms(text: string): { terms: string[]; words: number } {
  const words = wordsOf(text.replace(QUERY_SYNTAX, ' ').slice(0, MAX_QUERY_CHARS), 'lunr');
  const terms = new Set<string>();
  for (const word of words) {
    const term = termOf(word);
    if (term) terms.add(term);
  }
  return { terms: [...terms], words: words.filter((w) => /[\p{L}\p{N}]/u.test(w)).length };
}

/**
 * A word as a reader sees it: letters and digits, joined inside by apostrophes, dots and hyphens. It
 * is a run of those characters without the joiners at its edges: one letter class to compile, not four
 * (each costs a one-shot command about a millisecond).
 */
const WORD_RUN = /[\p{L}\p{N}'’.-]+/gu;
const JOINERS = "'’.-";

export interface ShownWord {
  /** Where the word is in the text, [start, end), in the text's own case and characters. */
  start: number;
  end: number;
  /** The terms of its parts: a question cuts "Russian-Chinese" and "U.S." into two words. */
  terms: string[];
}

/** The words of a text as shown, with their places in it: excerpts mark those whose terms matched. */
export function shownWords(text: string): ShownWord[] {
  const words: ShownWord[] = [];
  for (const m of text.matchAll(WORD_RUN)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && JOINERS.includes(text[start]!)) start += 1;
    while (end > start && JOINERS.includes(text[end - 1]!)) end -= 1;
    if (start === end) continue;
    const terms = text
      .slice(start, end)
      .split(/[-.]/)
      .map(termOf)
      .filter((t): t is string => t !== null);
    words.push({ start, end, terms });
  }
  return words;
}
