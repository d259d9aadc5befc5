/**
 * The text pipeline shared by indexing and querying. Lunr's own trimmer is ASCII-only ("José" → "jo")
 * and keeps possessives ("Xi's" → "xi'"); ours is Unicode-aware and drops them. Lunr's default search
 * pipeline is only the stemmer, so "putin?" would find nothing: ours trims and filters stop words too.
 * Registered under a label because Index.load looks pipeline functions up by label.
 */
import lunr from 'lunr';

const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE = /['’‘`]s?$/u;

export const summitTrimmer: lunr.PipelineFunction = (token) =>
  token.update((s) => s.replace(EDGES, '').replace(POSSESSIVE, '').replace(EDGES, ''));

let registered = false;
/** Makes the pipeline functions known to Lunr (idempotent; needed before build and before load). */
export function registerPipeline(): void {
  if (registered) return;
  lunr.Pipeline.registerFunction(summitTrimmer, 'summitTrimmer');
  registered = true;
}

export function configureBuilder(builder: lunr.Builder): void {
  registerPipeline();
  builder.pipeline.reset();
  builder.pipeline.add(summitTrimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(summitTrimmer, lunr.stopWordFilter, lunr.stemmer);
}

const searchPipeline = (() => {
  registerPipeline();
  const p = new lunr.Pipeline();
  p.add(summitTrimmer, lunr.stopWordFilter, lunr.stemmer);
  return p;
})();

/** What a person typed, as the terms the index holds: no Lunr syntax, no stop words, stemmed. */
export function queryTerms(text: string): { terms: string[]; words: number } {
  const cleaned = text.replace(/[*:~^+\-"“”'‘’()[\]{}\\/|<>!?.,;]+/g, ' ').slice(0, 2000);
  const tokens = lunr.tokenizer(cleaned);
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.toString())).length;
  const terms = [...new Set(searchPipeline.run(tokens).map(String).filter((t) => t.length > 0))];
  return { terms, words };
}
