/** Bag-of-stems vectors (tf-idf, cosine) for "which coverage does this article resemble". */
import lunr from 'lunr';

export type TermVector = Map<string, number>;

const stopWords = lunr.stopWordFilter;

export function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 3 || /^\d+$/.test(word)) continue;
    const token = new lunr.Token(word, {});
    if (!stopWords(token)) continue;
    out.push(String(lunr.stemmer(token)));
  }
  return out;
}

export function termCounts(text: string): TermVector {
  const v: TermVector = new Map();
  for (const s of stemsOf(text)) v.set(s, (v.get(s) ?? 0) + 1);
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

export function addInto(target: TermVector, v: TermVector): void {
  for (const [t, w] of v) target.set(t, (target.get(t) ?? 0) + w);
}

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
