import lunr from 'lunr';
import { readArchive } from '../../src/corpus/read-archive';
import { cleanArticle } from '../../src/corpus/clean-article';
import { buildShardData } from '../../src/search/shard-data';
import { queryTerms } from '../../src/search/terms';
import { configureBuilder, shardIndex } from '../support/lunr-bridge';
import { scoreShard, type ShardScores } from '../../src/search/score-shard';
import { referenceScores } from '../support/reference-scores';
import { join } from 'node:path';

/** What Lunr's own Builder makes of the same paragraphs, with the same pipeline. */
function lunrIndex(texts: string[]): lunr.Index {
  return lunr(function () {
    configureBuilder(this);
    this.ref('id');
    this.field('text');
    texts.forEach((text, i) => this.add({ id: String(i), text }));
  });
}

const results = (index: lunr.Index, q: string) =>
  index
    .query((b) => b.term(queryTerms(q).terms, { usePipeline: false }))
    .map((r) => [r.ref, r.score, Object.keys(r.matchData.metadata).sort()]);

describe('a shard built from flat arrays', () => {
  const texts = readArchive(join(__dirname, '..', '..', 'corpus'))
    .articles.map(cleanArticle)
    .flatMap((a) => a.paragraphs);
  const ours = shardIndex(buildShardData(texts));
  const theirs = lunrIndex(texts);
  const words = [...new Set(texts.join(' ').split(/\s+/))];

  it.each([
    'putin xi talks',
    'legally binding guarantees',
    'Zhejiang province drills',
    'José Macron’s 2022 visit',
    'the of and putin',
    'Xi’s birthday',
  ])('ranks and scores "%s" exactly as Lunr’s own index does', (q) => {
    expect(results(ours, q)).toEqual(results(theirs, q));
  });

  it('agrees with Lunr on 200 questions made of the archive’s own words', () => {
    let seed = 7;
    const pick = () => words[(seed = (seed * 48271) % 2147483647) % words.length]!;
    for (let i = 0; i < 200; i += 1) {
      const q = [pick(), pick(), pick()].join(' ');
      expect([q, results(ours, q)]).toEqual([q, results(theirs, q)]);
    }
  });
});

describe('scoring a shard from its postings', () => {
  const texts = readArchive(join(__dirname, '..', '..', 'corpus'))
    .articles.map(cleanArticle)
    .flatMap((a) => a.paragraphs);
  const data = buildShardData(texts);
  const lunrResults = shardIndex(data);
  const words = [...new Set(texts.join(' ').split(/\s+/))];

  it('gives Lunr’s results, scores and matched terms, in Lunr’s order, on 300 questions', () => {
    let seed = 11;
    const pick = () => words[(seed = (seed * 48271) % 2147483647) % words.length]!;
    for (let i = 0; i < 300; i += 1) {
      const q = Array.from({ length: 1 + (i % 5) }, pick).join(' ');
      const terms = queryTerms(q).terms;
      const expected = results(lunrResults, q).map(([ref, score, matched]) => [Number(ref), score, matched]);
      const { total, top } = scoreShard(data, terms, 1000);
      expect([q, total, top.map((d) => [d.doc, d.score, [...d.matched].sort()])]).toEqual([q, expected.length, expected]);
    }
  });
});

/** A seeded generator: the same questions on every run. */
function seeded(seed: number): () => number {
  return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
}

/**
 * `n` of the words, drawn again while none is a term: a question of stop words only never reaches the
 * scorer (Lunr would return every paragraph with score 0).
 */
function question(words: string[], n: number, pick: () => number): string {
  for (;;) {
    const q = Array.from({ length: n }, () => words[Math.floor(pick() * words.length)]!).join(' ');
    if (queryTerms(q).terms.length > 0) return q;
  }
}

const asRows = (scores: ShardScores) => scores.top.map((d) => [d.doc, d.score, [...d.matched].sort()]);

describe('ranking only the best k of a shard', () => {
  // Paragraphs of a few words from a small vocabulary, many of them repeated: scores tie at every cut.
  const random = seeded(5);
  const vocabulary = [
    'summit',
    'gas',
    'pipeline',
    'talks',
    'trade',
    'visit',
    'kazan',
    'beijing',
    'moscow',
    'treaty',
    'energy',
    'friendship',
  ];
  const tied = Array.from({ length: 600 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 4) }, () => vocabulary[Math.floor(random() * vocabulary.length)]!).join(' '),
  );
  const corpusTexts = readArchive(join(__dirname, '..', '..', 'corpus'))
    .articles.map(cleanArticle)
    .flatMap((a) => a.paragraphs);
  const shards = [
    { name: 'tied', texts: tied, data: buildShardData(tied), lunr: lunrIndex(tied) },
    { name: 'corpus', texts: corpusTexts, data: buildShardData(corpusTexts), lunr: lunrIndex(corpusTexts) },
  ];

  /** A search that stops early counts at least k of the matching documents; one that does not, all. */
  const totalAsPromised = (total: number, matching: number, k: number) =>
    total === matching || (total >= k && total < matching) ? matching : total;

  it.each(shards.map((s) => [s.name, s] as const))('cuts %s at k exactly where Lunr’s full ranking does, ties included', (_name, shard) => {
    const words = [...new Set(shard.texts.join(' ').split(/\s+/))];
    const pick = seeded(17);
    let tiesAtCut = 0;
    let stoppedEarly = 0;
    for (let i = 0; i < 150; i += 1) {
      const q = question(words, 1 + (i % 4), pick);
      const expected = results(shard.lunr, q).map(([ref, score, matched]) => [Number(ref), score, matched] as const);
      for (const k of [1, 2, 5, 17, 60]) {
        const scored = scoreShard(shard.data, queryTerms(q).terms, k);
        expect([q, k, totalAsPromised(scored.total, expected.length, k), asRows(scored)]).toEqual([
          q,
          k,
          expected.length,
          expected.slice(0, k),
        ]);
        if (expected.length > k && expected[k - 1]![1] === expected[k]![1]) tiesAtCut += 1;
        if (scored.total < expected.length) stoppedEarly += 1;
      }
    }
    // The questions must exercise the case the heap gets wrong most easily: equal scores across the cut.
    expect(tiesAtCut).toBeGreaterThan(shard.name === 'tied' ? 100 : 10);
    // And searches that stop before the common words' postings (MaxScore).
    expect(stoppedEarly).toBeGreaterThan(shard.name === 'tied' ? 50 : 20);
  });

  it('agrees with the plain definition on weighted terms (variants), which Lunr cannot express', () => {
    const pick = seeded(23);
    for (const shard of shards) {
      const words = [...new Set(shard.texts.join(' ').split(/\s+/))];
      for (let i = 0; i < 150; i += 1) {
        const terms = queryTerms(question(words, 1 + (i % 5), pick)).terms;
        const weights = new Map(terms.filter(() => pick() < 0.5).map((t) => [t, [0.5, 0.25, 0.7][Math.floor(pick() * 3)]!]));
        const expected = referenceScores(shard.data, terms, weights).map((d) => [d.doc, d.score, [...d.matched].sort()]);
        for (const k of [1, 3, 10, 1000]) {
          const scored = scoreShard(shard.data, terms, k, undefined, undefined, weights);
          expect([terms, [...weights], k, totalAsPromised(scored.total, expected.length, k), asRows(scored)]).toEqual([
            terms,
            [...weights],
            k,
            expected.length,
            expected.slice(0, k),
          ]);
        }
      }
    }
  });

  it('uses a plain definition that is Lunr’s own when no term is weighted', () => {
    const shard = shards[1]!;
    const words = [...new Set(shard.texts.join(' ').split(/\s+/))];
    const pick = seeded(29);
    for (let i = 0; i < 100; i += 1) {
      const q = question(words, 1 + (i % 4), pick);
      const expected = results(shard.lunr, q).map(([ref, score, matched]) => [Number(ref), score, matched]);
      expect([q, referenceScores(shard.data, queryTerms(q).terms).map((d) => [d.doc, d.score, [...d.matched].sort()])]).toEqual([
        q,
        expected,
      ]);
    }
  });

  it('leaves its reused working arrays clean: other shards, a filter, a search that stops half-way, a search inside a search', () => {
    const [small, large] = [shards[0]!, shards[1]!];
    const q = (shard: typeof small) => queryTerms(shard.texts[3]!).terms;
    const plain = (shard: typeof small, allowed?: (doc: number) => boolean) =>
      referenceScores(shard.data, q(shard))
        .filter((d) => !allowed || allowed(d.doc))
        .slice(0, 7)
        .map((d) => [d.doc, d.score, [...d.matched].sort()]);
    const even = (doc: number) => doc % 2 === 0;
    expect(asRows(scoreShard(large.data, q(large), 7))).toEqual(plain(large));
    expect(asRows(scoreShard(small.data, q(small), 7, even))).toEqual(plain(small, even));
    let asked = 0;
    scoreShard(large.data, q(large), 7, () => ++asked > 0);
    let calls = 0;
    const stopping = () => {
      if (++calls > asked / 2) throw new Error('stopped');
      return true;
    };
    expect(() => scoreShard(large.data, q(large), 7, stopping)).toThrow('stopped');
    expect(asRows(scoreShard(large.data, q(large), 7))).toEqual(plain(large));
    let inner: ShardScores | null = null;
    const nesting = (doc: number) => {
      inner ??= scoreShard(small.data, q(small), 7);
      return even(doc);
    };
    expect(asRows(scoreShard(large.data, q(large), 7, nesting))).toEqual(plain(large, even));
    expect(asRows(inner!)).toEqual(plain(small));
    expect(asRows(scoreShard(small.data, q(small), 7))).toEqual(plain(small));
  });
});
