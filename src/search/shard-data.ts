/**
 * A Lunr index's data for one shard, computed without Lunr's Builder and kept in flat integer arrays.
 * The numbers are exactly what `lunr.Builder` computes (same term order, BM25 with k1 1.2 and b 0.75,
 * scores rounded to 3 decimals): a test checks the search results against Lunr's own index. The
 * Builder keeps one object per posting and is 2× slower; flat arrays build fast, save as bytes and
 * load without JSON.parse.
 */
import { indexedWords, termOf } from './terms';

const K1 = 1.2;
/** A build's words (a few hundred thousand) fit; a shared cache never grows past this. */
const KNOWN_WORDS_LIMIT = 2_000_000;
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
 * `known` (word → term) may be shared by the shards of one build: a word is then stemmed once per
 * build instead of once per shard.
 */
export function buildShardData(texts: readonly string[], known: Map<string, string | null> = new Map()): ShardData {
  const { names, df, vectorStart, vectorTerms, freqs, lengths, totalLength } = countTerms(texts, known);
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
 * A word's term id is looked up once per shard: the same words recur in every paragraph.
 */
function countTerms(texts: readonly string[], known: Map<string, string | null>) {
  const idOfWord = new Map<string, number>();
  const idOfTerm = new Map<string, number>();
  const names: string[] = [];
  let df = new Int32Array(1024);
  let counts = new Int32Array(1024);
  let vectorTerms = new Int32Array(1024);
  let freqs = new Int32Array(1024);
  const vectorStart = new Int32Array(texts.length + 1);
  const lengths = new Int32Array(texts.length);
  let totalLength = 0;
  let at = 0;
  const touched: number[] = [];
  texts.forEach((text, d) => {
    let length = 0;
    for (const word of indexedWords(text)) {
      let id = idOfWord.get(word);
      if (id === undefined) {
        let term = known.get(word);
        if (term === undefined) {
          if (known.size >= KNOWN_WORDS_LIMIT) known.clear();
          known.set(word, (term = termOf(word)));
        }
        id = termIdOf(term);
        idOfWord.set(word, id);
      }
      if (id < 0) continue;
      length += 1;
      if (counts[id] === 0) touched.push(id);
      counts[id]! += 1;
    }
    const ids = Int32Array.from(touched).sort();
    touched.length = 0;
    vectorTerms = room(vectorTerms, at + ids.length);
    freqs = room(freqs, at + ids.length);
    vectorStart[d] = at;
    for (const id of ids) {
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

  /** -1 for a stop word; a new term gets the next id. */
  function termIdOf(term: string | null): number {
    if (term === null) return -1;
    let id = idOfTerm.get(term);
    if (id === undefined) {
      id = names.length;
      idOfTerm.set(term, id);
      names.push(term);
      df = room(df, names.length);
      counts = room(counts, names.length);
    }
    return id;
  }

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
