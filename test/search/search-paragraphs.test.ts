import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive, type Archive } from '../../src/search/archive';
import { buildIndex } from '../../src/search/build-index';
import { scoreShard } from '../../src/search/score-shard';
import { markArticles, searchParagraphs, type SearchOptions } from '../../src/search/search-paragraphs';
import { queryTerms } from '../../src/search/terms';

const ROOT = join(__dirname, '..', '..');

/** Every shard's whole ranking, merged and sorted: what a search of all shards must return the best of. */
function everyShardRanked(archive: Archive, text: string, { articles, variants }: SearchOptions = {}) {
  const { terms } = queryTerms(text);
  const searched = [...terms, ...[...(variants?.keys() ?? [])].filter((v) => !terms.includes(v))];
  return archive.shards
    .flatMap(({ data, store }) => {
      const allowed = articles ? (doc: number) => articles.has(store.article[doc]!) : undefined;
      return scoreShard(data, searched, store.size, allowed, undefined, variants).top.map((d) => ({
        article: store.article[d.doc]!,
        paragraph: store.number[d.doc]!,
        score: d.score,
        matched: d.matched,
        text: store.text(d.doc),
      }));
    })
    .sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph);
}

const shown = (hits: ReturnType<typeof searchParagraphs>['hits']) =>
  hits.map((h) => ({ article: h.article, paragraph: h.paragraph, score: h.score, matched: [...h.matched], text: h.text }));

describe('searching an archive of many shards', () => {
  const root = mkdtempSync(join(tmpdir(), 'summit-search-'));
  cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
  buildIndex(join(root, 'corpus'), join(root, 'index'), { shardSize: 5 });
  const archive = openArchive(join(root, 'index'));
  const questions = [
    'putin xi talks',
    'legally binding guarantees',
    'the security of Russia and China',
    'Zhejiang province drills',
    'trade',
  ];

  it('has many shards to merge', () => {
    expect(archive.shards.length).toBeGreaterThan(10);
  });

  it.each([1, 3, 7, 40])('returns the best %i of all shards, in order, with their texts', (limit) => {
    for (const q of questions) {
      expect([q, shown(searchParagraphs(archive, q, { limit }).hits)]).toEqual([q, everyShardRanked(archive, q).slice(0, limit)]);
    }
  });

  it('keeps to the articles asked for, whether their paragraphs are marked once or looked up each time', () => {
    const articles = new Set(archive.articles.map((_, n) => n).filter((n) => n % 3 !== 1));
    const marked = new Set(articles);
    markArticles(marked);
    for (const q of questions) {
      const expected = everyShardRanked(archive, q, { articles }).slice(0, 4);
      expect(expected.every((h) => articles.has(h.article))).toBe(true);
      expect([q, shown(searchParagraphs(archive, q, { limit: 4, articles }).hits)]).toEqual([q, expected]);
      expect([q, shown(searchParagraphs(archive, q, { limit: 4, articles: marked }).hits)]).toEqual([q, expected]);
    }
  });

  it('keeps to a few articles, looking their paragraphs up instead of walking every posting', () => {
    // Two articles: most shards hold neither and are passed over; in the others only their paragraphs are read.
    const articles = new Set([1, archive.articles.length - 2]);
    const marked = new Set(articles);
    markArticles(marked);
    for (const q of questions) {
      const expected = everyShardRanked(archive, q, { articles }).slice(0, 3);
      expect([q, shown(searchParagraphs(archive, q, { limit: 3, articles }).hits)]).toEqual([q, expected]);
      expect([q, shown(searchParagraphs(archive, q, { limit: 3, articles: marked }).hits)]).toEqual([q, expected]);
    }
    expect(searchParagraphs(archive, 'putin xi talks', { articles }).hits.length).toBeGreaterThan(0);
  });

  it('weighs variants as the shards do', () => {
    const variants = new Map([['russia', 0.5]]);
    const q = 'security cooperation';
    expect(shown(searchParagraphs(archive, q, { limit: 5, variants }).hits)).toEqual(
      everyShardRanked(archive, q, { variants }).slice(0, 5),
    );
  });

  it('reads no paragraphs of a shard that cannot reach the best, even to know which of them it may return', () => {
    const positioned = openArchive(join(root, 'index'), { shards: 'on demand' });
    const read = new Set<number>();
    positioned.shards.forEach((shard, s) => {
      const store = shard.store;
      // Every way into a store's paragraphs goes through one of these.
      shard.store = new Proxy(store, {
        get(target, key) {
          if (['runs', 'article', 'number', 'articleAt', 'numberAt', 'text'].includes(String(key))) read.add(s);
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    });
    const articles = new Set(archive.articles.map((_, n) => n));
    markArticles(articles);
    const q = 'Zhejiang province drills';
    expect(shown(searchParagraphs(positioned, q, { limit: 2, articles }).hits)).toEqual(everyShardRanked(archive, q).slice(0, 2));
    const holding = positioned.shards.filter((shard) => queryTerms(q).terms.some((t) => shard.data.entry(t))).length;
    expect(read.size).toBeGreaterThan(0);
    expect(read.size).toBeLessThanOrEqual(holding);
    expect(holding).toBeLessThan(positioned.shards.length);
    positioned.close();
  });

  it('counts every paragraph that matches, in all shards, when nothing was cut early', () => {
    const q = 'Zhejiang';
    expect(searchParagraphs(archive, q, { limit: 1000 }).total).toBe(everyShardRanked(archive, q).length);
  });
});
