import { postingsAmong } from '../../src/search/postings-among';

/** A seeded pseudo-random generator, so that a failure can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const ascending = (next: () => number, n: number, range: number) =>
  Int32Array.from(new Set(Array.from({ length: n }, () => Math.floor(next() * range)))).sort();

describe('a term’s postings among a few paragraphs', () => {
  it.each([
    [5, 2000],
    [2000, 5],
    [300, 300],
    [0, 40],
    [40, 0],
  ])('keeps exactly the documents in both lists, with their scores, in order (%i among %i postings)', (among, postings) => {
    const next = random(among * 7919 + postings);
    const docs = ascending(next, postings, 5000);
    const scores = Int32Array.from(docs, (d) => d * 3 + 1);
    const allowed = ascending(next, among, 5000);
    const kept = new Set(allowed);
    const got = postingsAmong({ docs, scores }, allowed);
    const expected = [...docs].filter((d) => kept.has(d));
    expect([...got.docs]).toEqual(expected);
    expect([...got.scores]).toEqual(expected.map((d) => d * 3 + 1));
  });
});
