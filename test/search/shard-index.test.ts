import lunr from 'lunr';
import { readArchive } from '../../src/corpus/read-archive';
import { cleanArticle } from '../../src/corpus/clean-article';
import { buildShardData } from '../../src/search/shard-data';
import { queryTerms } from '../../src/search/terms';
import { configureBuilder, shardIndex } from '../support/lunr-bridge';
import { scoreShard } from '../../src/search/score-shard';
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
  index.query((b) => b.term(queryTerms(q).terms, { usePipeline: false })).map((r) => [r.ref, r.score, Object.keys(r.matchData.metadata).sort()]);

describe('a shard built from flat arrays', () => {
  const texts = readArchive(join(__dirname, '..', '..', 'corpus')).articles.map(cleanArticle).flatMap((a) => a.paragraphs);
  const ours = shardIndex(buildShardData(texts));
  const theirs = lunrIndex(texts);
  const words = [...new Set(texts.join(' ').split(/\s+/))];

  it.each(['putin xi talks', 'legally binding guarantees', 'Zhejiang province drills', 'José Macron’s 2022 visit', 'the of and putin', 'Xi’s birthday'])(
    'ranks and scores "%s" exactly as Lunr’s own index does',
    (q) => {
      expect(results(ours, q)).toEqual(results(theirs, q));
    },
  );

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
  const texts = readArchive(join(__dirname, '..', '..', 'corpus')).articles.map(cleanArticle).flatMap((a) => a.paragraphs);
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
