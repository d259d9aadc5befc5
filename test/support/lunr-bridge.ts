/**
 * The bridge to Lunr's own engine, for tests that check our index and scores against
 * `lunr.Index#query`: `configureBuilder` gives Lunr's Builder the terms of src/search/terms.ts, and
 * `shardIndex` wraps a shard's flat arrays as a real `lunr.Index` whose postings and vectors
 * materialise only when a query touches them.
 */
import lunr from 'lunr';
import type { ShardData } from '../../src/search/shard-data';
import { trimWord } from '../../src/search/terms';

/** Our trimmer as a Lunr pipeline function, registered because `Pipeline.load` looks functions up by label. */
const summitTrimmer: lunr.PipelineFunction = (token) => token.update(trimWord);
let registered = false;
function registerTrimmer(): void {
  if (registered) return;
  lunr.Pipeline.registerFunction(summitTrimmer, 'summitTrimmer');
  registered = true;
}

/** Makes a Lunr Builder index and search as src/search/terms.ts does: trimmer, stop words, stemmer. */
export function configureBuilder(builder: lunr.Builder): void {
  registerTrimmer();
  builder.pipeline.reset();
  builder.pipeline.add(summitTrimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(summitTrimmer, lunr.stopWordFilter, lunr.stemmer);
}

const NO_METADATA = Object.freeze(Object.create(null) as object);
const FIELD = 'text';
const POSTING_CACHE = 512;

/** The terms a query token set spells (ours are exact terms: no wildcard, no edit distance). */
function spelled(tokenSet: lunr.TokenSet): string[] {
  const out: string[] = [];
  const walk = (node: lunr.TokenSet, prefix: string) => {
    if ((node as unknown as { final: boolean }).final) out.push(prefix);
    for (const [ch, next] of Object.entries((node as unknown as { edges: Record<string, lunr.TokenSet> }).edges)) {
      if (ch === '*') throw new Error('wildcard queries are not supported by this index');
      walk(next, prefix + ch);
    }
  };
  walk(tokenSet, '');
  return out;
}

/** A shard's flat arrays as a `lunr.Index`: Lunr's own query engine over the data we build and save. */
export function shardIndex(data: ShardData): lunr.Index {
  registerTrimmer();
  const position = new Map<string, number>();
  data.terms.forEach((t, i) => position.set(t, i));
  const cache = new Map<string, object>();

  const posting = (term: string): object | undefined => {
    const pos = position.get(term);
    if (pos === undefined) return undefined;
    let p = cache.get(term);
    if (p) return p;
    const docs: Record<number, object> = {};
    for (let i = data.postingStart[pos]!; i < data.postingStart[pos + 1]!; i += 1) docs[data.postingDocs[i]!] = NO_METADATA;
    p = { _index: data.termIndex[pos], [FIELD]: docs };
    if (cache.size >= POSTING_CACHE) cache.delete(cache.keys().next().value as string);
    cache.set(term, p);
    return p;
  };

  let interleaved: Float64Array | null = null;
  const vector = (doc: number): lunr.Vector | undefined => {
    if (!(doc >= 0 && doc + 1 < data.vectorStart.length)) return undefined;
    if (!interleaved) {
      interleaved = new Float64Array(data.vectorTerms.length * 2);
      for (let i = 0; i < data.vectorTerms.length; i += 1) {
        interleaved[2 * i] = data.vectorTerms[i]!;
        interleaved[2 * i + 1] = data.vectorScores[i]! / 1000;
      }
    }
    return new lunr.Vector(interleaved.subarray(2 * data.vectorStart[doc]!, 2 * data.vectorStart[doc + 1]!) as unknown as number[]);
  };

  const invertedIndex = new Proxy({}, { get: (_t, term) => (typeof term === 'string' ? posting(term) : undefined) });
  const fieldVectors = new Proxy(
    {},
    {
      get: (_t, ref) => {
        if (typeof ref !== 'string' || !ref.startsWith(`${FIELD}/`)) return undefined;
        return vector(Number(ref.slice(FIELD.length + 1)));
      },
    },
  );
  const tokenSet = {
    intersect: (query: lunr.TokenSet) => ({ toArray: () => spelled(query).filter((t) => position.has(t)) }),
  } as unknown as lunr.TokenSet;

  const attributes = {
    invertedIndex,
    fieldVectors,
    tokenSet,
    fields: [FIELD],
    pipeline: lunr.Pipeline.load(['summitTrimmer', 'stopWordFilter', 'stemmer']),
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}
