/**
 * Plain Lunr's raw search as the bench runs it: `index.query` with the question's terms (tokenized by
 * Lunr, trimmed, stop words dropped, `*` removed), what `index.search` does minus its query syntax,
 * which throws on ordinary text. Apart from bench/plain-lunr.ts so that a bundle of it runs no `main`.
 */
import lunr from 'lunr';

const terms = (() => {
  const clean = new lunr.Pipeline();
  clean.add(lunr.trimmer, lunr.stopWordFilter);
  return (text: string) => [
    ...new Set(
      clean
        .run(lunr.tokenizer(text))
        .map((t) => String(t).replace(/\*/g, ''))
        .filter(Boolean),
    ),
  ];
})();

export function plainLunrSearch(index: lunr.Index, text: string): lunr.Index.Result[] {
  const ts = terms(text);
  if (ts.length === 0) return [];
  return index.query((q) => q.term(ts, {}));
}
