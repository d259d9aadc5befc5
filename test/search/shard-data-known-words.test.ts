import { join } from 'node:path';
import { cleanArticle } from '../../src/corpus/clean-article';
import { readArchive } from '../../src/corpus/read-archive';
import { buildShardData } from '../../src/search/shard-data';
import { termsOf } from '../../src/search/terms';
import { WordTerms } from '../../src/search/word-terms';

describe("a build's shards sharing the words they have stemmed", () => {
  const texts = readArchive(join(__dirname, '..', '..', 'corpus'))
    .articles.map(cleanArticle)
    .flatMap((a) => a.paragraphs);
  const half = Math.floor(texts.length / 2);

  it('index each shard exactly as a shard built alone', () => {
    const words = new WordTerms();
    const first = buildShardData(texts.slice(0, half), words);
    const second = buildShardData(texts.slice(half), words);
    expect(words.termCount).toBeGreaterThan(100);
    expect(first).toEqual(buildShardData(texts.slice(0, half)));
    expect(second).toEqual(buildShardData(texts.slice(half)));
  });

  it('hold every term of a paragraph, as many times as the paragraph says it', () => {
    const data = buildShardData(texts);
    const doc = texts.findIndex((t) => /Putin/.test(t) && /Xi Jinping/.test(t));
    const counted = new Map<string, number>();
    for (const term of termsOf(texts[doc]!)) counted.set(term, (counted.get(term) ?? 0) + 1);
    const held = new Map<string, number>();
    data.terms.forEach((term, t) => {
      for (let at = data.postingStart[t]!; at < data.postingStart[t + 1]!; at += 1)
        if (data.postingDocs[at] === doc) held.set(term, counted.get(term)!);
    });
    expect(held).toEqual(counted);
  });
});
