/** Bag-of-stems vectors (tf-idf, cosine) for "which coverage does this article resemble". */
import { termsOf, type TermOptions } from '../search/terms';

export type TermVector = Map<string, number>;

/** Words of letters and digits, none shorter than three letters, no numbers. */
const SIMILARITY_WORDS: TermOptions = { split: 'letters', minLength: 3, numbers: false };

/** Every summit article names the leaders and their countries: those words tell summits apart no more than "the". */
const SUMMIT_WORDS = new Set(
  termsOf(
    'Xi Jinping Vladimir Putin president presidents leader leaders China Chinese Russia Russian Beijing Moscow Kremlin',
    SIMILARITY_WORDS,
  ),
);

/** How often each term that tells one summit's coverage from another's occurs in a text. */
export function termCounts(text: string): TermVector {
  const v: TermVector = new Map();
  for (const s of termsOf(text, { ...SIMILARITY_WORDS, except: SUMMIT_WORDS })) v.set(s, (v.get(s) ?? 0) + 1);
  return v;
}

/** Weights raw counts by inverse document frequency over `documents`. */
export function tfidf(documents: TermVector[]): TermVector[] {
  const df = new Map<string, number>();
  for (const d of documents) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  return documents.map((d) => {
    const w: TermVector = new Map();
    for (const [t, c] of d) w.set(t, (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1)));
    return w;
  });
}

/** Adds `v` into `target`: an event's coverage is the sum of its articles' vectors. */
export function addInto(target: TermVector, v: TermVector): void {
  for (const [t, w] of v) target.set(t, (target.get(t) ?? 0) + w);
}

/** How alike two vectors are, 0 (nothing shared) to 1. */
export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const o = b.get(t);
    if (o) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
