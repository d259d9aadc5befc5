/**
 * What a question's terms can score in a shard at most, known before any posting is read: each term's
 * highest posting score (stored in the shard) added up, over Lunr's query norm. A search of many shards
 * reads first those that can score highest, so that the score its best must beat rises early, and
 * passes over a shard whose highest cannot reach it.
 */
import type { ShardTerms, TermEntry } from './shard-terms';

/** A long text's question keeps its rarest terms: the rest add little to BM25 and cost much. */
export const MAX_QUERY_TERMS = 32;

/** The query's terms that the shard holds, in the query's order: its MAX_QUERY_TERMS rarest when there are more. */
export function termsFound(shard: ShardTerms, terms: readonly string[]): TermEntry[] {
  const found = terms.map((t) => shard.entry(t)).filter((e): e is TermEntry => e !== null);
  if (found.length <= MAX_QUERY_TERMS) return found;
  const rarest = new Set([...found].sort((a, b) => a.df - b.df || a.pos - b.pos).slice(0, MAX_QUERY_TERMS));
  return found.filter((f) => rarest.has(f));
}

/** Lunr's query norm over the found terms' weights: the whole words count, their variants only when there is no whole word. */
export const queryNorm = (weights: readonly number[]): number => Math.sqrt(weights.filter((w) => w === 1).length || weights.length);

/** The most a document can add up to over these terms: their highest scores, each for its weight; Infinity when a weight is below 0 or not a number. */
export function highestSum(found: readonly TermEntry[], weights: readonly number[]): number {
  let sum = 0;
  for (let q = 0; q < found.length; q += 1) {
    const weight = weights[q]!;
    if (!(weight >= 0)) return Infinity;
    sum += weight === 1 ? found[q]!.maxScore / 1000 : (weight * found[q]!.maxScore) / 1000;
  }
  return sum;
}

/** The highest score any paragraph of the shard can have for the terms (each counting for its weight in `weights`, 1 when absent). */
export function highestScore(shard: ShardTerms, terms: readonly string[], weights?: ReadonlyMap<string, number>): number {
  const found = termsFound(shard, terms);
  if (found.length === 0) return 0;
  const weightOf = found.map((e) => weights?.get(e.term) ?? 1);
  return highestSum(found, weightOf) / queryNorm(weightOf);
}
