/**
 * A Lunr index's data for one shard, computed without Lunr's Builder and kept in flat integer arrays.
 * The numbers are exactly what `lunr.Builder` computes (same term order, BM25 with k1 1.2 and b 0.75,
 * scores rounded to 3 decimals): a test checks the search results against Lunr's own index. The
 * Builder keeps one object per posting and is 2× slower; flat arrays build fast, save as bytes and
 * load without JSON.parse.
 */
import { WordTerms } from './word-terms';

const K1 = 1.2;
const B = 0.75;

export interface ShardData {
  /** Terms in sorted order (what Lunr's token set holds). */
  terms: string[];
  /** For each sorted term: its Lunr term index (order of first appearance). */
  termIndex: Int32Array;
  /** Postings: documents of sorted term t are postingDocs[postingStart[t] … postingStart[t + 1]). */
  postingStart: Int32Array;
  postingDocs: Int32Array;
  /** The document's score for the term, × 1000, aligned with postingDocs: lets a query add scores up term by term. */
  postingScores: Int32Array;
  /** Document vectors, by document: vectorTerms/vectorScores[vectorStart[d] … vectorStart[d + 1]), by term index. */
  vectorStart: Int32Array;
  vectorTerms: Int32Array;
  /** Score × 1000, an integer: Lunr rounds scores to 3 decimals. */
  vectorScores: Int32Array;
}

/** A shard's index data over these paragraphs: what `lunr.Builder` makes of them, in flat arrays. */
/**
 * `words` (each word's term) may be shared by the shards of one build: a word is then stemmed once per
 * build instead of once per shard.
 */
export function buildShardData(texts: readonly string[], words = new WordTerms()): ShardData {
  const { names, df, vectorStart, vectorTerms, freqs, lengths, totalLength } = countTerms(texts, words);
  const postings = vectorTerms.length;
  const n = texts.length;
  const average = n > 0 ? totalLength / n : 0;
  const idf = Array.from(df, (m) => Math.log(1 + Math.abs((n - m + 0.5) / (m + 0.5))));
  const vectorScores = new Int32Array(postings);
  for (let d = 0; d < n; d += 1) {
    const norm = K1 * (1 - B + B * (lengths[d]! / average));
    for (let i = vectorStart[d]!; i < vectorStart[d + 1]!; i += 1) {
      const tf = freqs[i]!;
      vectorScores[i] = Math.round(((idf[vectorTerms[i]!]! * ((K1 + 1) * tf)) / (norm + tf)) * 1000);
    }
  }

  const sorted = names.map((_, id) => id).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const sortedPos = new Int32Array(names.length);
  sorted.forEach((id, pos) => (sortedPos[id] = pos));
  const postingStart = new Int32Array(names.length + 1);
  for (const id of sorted) postingStart[sortedPos[id]! + 1] = df[id]!;
  for (let i = 0; i < names.length; i += 1) postingStart[i + 1]! += postingStart[i]!;
  const fill = postingStart.slice(0, names.length);
  const postingDocs = new Int32Array(postings);
  const postingScores = new Int32Array(postings);
  for (let d = 0; d < n; d += 1) {
    for (let i = vectorStart[d]!; i < vectorStart[d + 1]!; i += 1) {
      const at = fill[sortedPos[vectorTerms[i]!]!]!++;
      postingDocs[at] = d;
      postingScores[at] = vectorScores[i]!;
    }
  }

  return {
    terms: sorted.map((id) => names[id]!),
    termIndex: Int32Array.from(sorted),
    postingStart,
    postingDocs,
    postingScores,
    vectorStart,
    vectorTerms,
    vectorScores,
  };
}

/** Grows a typed array to hold at least `size` numbers. */
function room(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const grown = new Int32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

/**
 * Each paragraph's terms counted: Lunr's term index of every term (in order of first appearance),
 * its document frequency, and each paragraph's term ids (sorted) with their counts, in flat arrays.
 * A word's term is found by its characters (word-terms.ts): the same words recur in every paragraph.
 */
function countTerms(texts: readonly string[], words: WordTerms) {
  words.bound();
  const names: string[] = [];
  /** Each term number's id in this shard + 1, 0 for one not met yet. */
  let idOfTerm = new Int32Array(words.termCount + 1024);
  let df = new Int32Array(1024);
  let counts = new Int32Array(1024);
  let vectorTerms = new Int32Array(1024);
  let freqs = new Int32Array(1024);
  const vectorStart = new Int32Array(texts.length + 1);
  const lengths = new Int32Array(texts.length);
  let totalLength = 0;
  let at = 0;
  /** The term ids the paragraph holds, in order of first appearance, then sorted. */
  let touched = new Int32Array(1024);
  texts.forEach((text, d) => {
    let length = 0;
    let distinct = 0;
    const { count, numbers } = words.termsOf(text);
    idOfTerm = room(idOfTerm, words.termCount);
    for (let w = 0; w < count; w += 1) {
      const term = numbers[w]!;
      if (term < 0) continue;
      let id = idOfTerm[term]! - 1;
      if (id < 0) {
        id = names.length;
        idOfTerm[term] = id + 1;
        names.push(words.term(term));
        df = room(df, names.length);
        counts = room(counts, names.length);
      }
      length += 1;
      if (counts[id] === 0) {
        touched = room(touched, distinct + 1);
        touched[distinct++] = id;
      }
      counts[id]! += 1;
    }
    touched.subarray(0, distinct).sort();
    vectorTerms = room(vectorTerms, at + distinct);
    freqs = room(freqs, at + distinct);
    vectorStart[d] = at;
    for (let k = 0; k < distinct; k += 1) {
      const id = touched[k]!;
      vectorTerms[at] = id;
      freqs[at] = counts[id]!;
      counts[id] = 0;
      df[id]! += 1;
      at += 1;
    }
    lengths[d] = length;
    totalLength += length;
  });
  vectorStart[texts.length] = at;

  return {
    names,
    df: df.subarray(0, names.length),
    vectorStart,
    vectorTerms: vectorTerms.slice(0, at),
    freqs: freqs.subarray(0, at),
    lengths,
    totalLength,
  };
}
