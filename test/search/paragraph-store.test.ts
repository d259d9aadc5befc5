import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openArchive } from '../../src/search/archive';
import { generationDir, reseal } from '../support/damaged-index';
import { buildSmallArchive } from '../support/small-archive';

const text = (title: string, n: number) =>
  [title, '', ...Array.from({ length: n }, (_, i) => [`Paragraph ${i + 1} of ${title}, on trade and energy.`, '']).flat()].join('\n');

describe('a shard’s paragraph store, kept as runs of articles’ paragraphs', () => {
  // Shards of 7 paragraphs: articles of 5, 9 and 4 paragraphs are cut across shards.
  const files = { 'a.txt': text('Alpha', 5), 'b.txt': text('Bravo', 9), 'c.txt': text('Charlie', 4) };

  it('says each paragraph’s article and number, with or without the arrays, across the cut', () => {
    const { indexDir } = buildSmallArchive(files, { shardSize: 7 });
    const whole = openArchive(indexDir);
    const positioned = openArchive(indexDir, { shards: 'on demand' });
    const seen: string[] = [];
    positioned.shards.forEach(({ store }, s) => {
      for (let doc = 0; doc < store.size; doc += 1) {
        const at = `${store.articleAt(doc)}:${store.numberAt(doc)}`;
        seen.push(at);
        expect(at).toBe(`${whole.shards[s]!.store.article[doc]}:${whole.shards[s]!.store.number[doc]}`);
        expect(store.text(doc)).toBe(whole.shards[s]!.store.text(doc));
      }
    });
    const expected = whole.articles.flatMap((a, n) => Array.from({ length: a.paragraphs }, (_, p) => `${n}:${p}`));
    expect(seen).toEqual(expected);
    // One run per article per shard: the 18 paragraphs take 3 shards and 5 runs.
    expect(positioned.shards.map(({ store }) => store.runs.length / 3)).toEqual([2, 1, 2]);
    whole.close();
    positioned.close();
  });

  it('refuses a store whose runs place a paragraph in no article of the index, naming the file and the rebuild', () => {
    const { indexDir } = buildSmallArchive(files, { shardSize: 7 });
    const path = join(generationDir(indexDir), 'shards', '001.store.bin');
    const bytes = readFileSync(path);
    bytes.writeInt32LE(99, 4); // the first run's article: the index has three
    writeFileSync(path, bytes);
    reseal(indexDir);
    expect(() => openArchive(indexDir)).toThrow(
      /is damaged: g-[0-9a-f]{16}\/shards\/001\.store\.bin holds a paragraph that does not fit the index \(run 0\)\. Rebuild it/,
    );
    const positioned = openArchive(indexDir, { shards: 'on demand' });
    expect(() => positioned.shards[1]!.store.articleAt(0)).toThrow(/001\.store\.bin holds a paragraph that does not fit the index/);
    expect(positioned.shards[0]!.store.articleAt(0)).toBe(0);
    positioned.close();
  });

  it('refuses a paragraph whose text ends before it starts: at open when read whole, when its text is read by position', () => {
    const { indexDir } = buildSmallArchive(files, { shardSize: 7 });
    const path = join(generationDir(indexDir), 'shards', '001.store.bin');
    const bytes = readFileSync(path);
    const runs = bytes.readInt32LE(0);
    // Paragraph 4's text now starts after it ends.
    const at = 4 * (1 + 3 * runs + 4);
    bytes.writeInt32LE(bytes.readInt32LE(at + 4) + 1, at);
    writeFileSync(path, bytes);
    reseal(indexDir);
    expect(() => openArchive(indexDir)).toThrow(/001\.store\.bin holds a paragraph that does not fit the index \(number 4\)\. Rebuild it/);
    const positioned = openArchive(indexDir, { shards: 'on demand' });
    const store = positioned.shards[1]!.store;
    expect(store.text(2)).toMatch(/^Paragraph \d of Bravo, on trade and energy\.$/);
    expect(store.articleAt(4)).toBe(1);
    expect(() => store.text(4)).toThrow(/001\.store\.bin holds a paragraph that does not fit the index \(number 4\)\. Rebuild it/);
    positioned.close();
  });

  it('read on demand, keeps each store’s own runs and texts whichever order the stores were first read in', () => {
    const { indexDir } = buildSmallArchive(files, { shardSize: 7 });
    const whole = openArchive(indexDir);
    const positioned = openArchive(indexDir, { shards: 'on demand' });
    // Every store's runs first (a question reads them all), then the texts, last store first.
    const runs = positioned.shards.map(({ store }) => [...store.runs]);
    expect(runs).toEqual(whole.shards.map(({ store }) => [...store.runs]));
    for (const s of [2, 1, 0]) {
      const { store } = positioned.shards[s]!;
      for (let doc = 0; doc < store.size; doc += 1) expect(store.text(doc)).toBe(whole.shards[s]!.store.text(doc));
    }
    expect(positioned.shards.map(({ store }) => [...store.runs])).toEqual(runs);
    whole.close();
    positioned.close();
  });

  it('read on demand, refuses a store whose bytes are not those the manifest vouches for when it is first used', () => {
    const { indexDir } = buildSmallArchive(files, { shardSize: 7 });
    const path = join(generationDir(indexDir), 'shards', '001.store.bin');
    const bytes = readFileSync(path);
    // A text's offset moved by one: the runs still fit, only the checksum can tell.
    bytes.writeInt32LE(bytes.readInt32LE(bytes.length - 8) - 1, bytes.length - 8);
    writeFileSync(path, bytes);
    const positioned = openArchive(indexDir, { shards: 'on demand' });
    expect(positioned.shards[0]!.store.text(0)).toBe('Alpha');
    expect(() => positioned.shards[1]!.store.articleAt(0)).toThrow(
      /is damaged: g-[0-9a-f]{16}\/shards\/001\.store\.bin does not match its checksum\. Rebuild it/,
    );
    positioned.close();
  });
});
