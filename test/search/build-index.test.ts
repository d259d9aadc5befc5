import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BuildError, buildIndex } from '../../src/search/build-index';
import { spillReader, spillTexts } from '../../src/search/spilled-text';
import { planShards } from '../../src/search/write-shard';
import { buildSmallArchive, writeArchive } from '../support/small-archive';

const paragraphs = (n: number, of: string) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the ${of} article, with a sentence of its own.`);
const article = (date: string, title: string, of: string, n: number) => `date ${date} ${title}\n\n${paragraphs(n, of).join('\n\n')}`;

describe('building an index in bounded memory', () => {
  it('stores every paragraph once and in order when articles are cut between shards', () => {
    const { archive } = buildSmallArchive(
      {
        'a.txt': article('2022-06-15', 'First headline here', 'first', 5),
        'b.txt': article('2022-06-16', 'Second headline here', 'second', 4),
        'c.txt': article('2022-06-17', 'Third headline here', 'third', 2),
      },
      { shardSize: 3 },
    );
    const stored = archive.shards.flatMap(({ store }) =>
      Array.from({ length: store.size }, (_, doc) => [archive.articles[store.article[doc]!]!.id, store.number[doc], store.text(doc)]),
    );
    const expected = [
      ...paragraphs(5, 'first').map((text, i) => ['a', i, text]),
      ...paragraphs(4, 'second').map((text, i) => ['b', i, text]),
      ...paragraphs(2, 'third').map((text, i) => ['c', i, text]),
    ];
    expect(archive.shards.map((s) => s.store.size)).toEqual([3, 3, 3, 2]);
    expect(stored).toEqual(expected);
    archive.close();
  });

  it('leaves only the generation behind: no spill files, after a build and after a build that fails', () => {
    const { indexDir } = buildSmallArchive({ 'a.txt': article('2022-06-15', 'A headline here', 'only', 3) });
    expect(readdirSync(indexDir).filter((f) => f.startsWith('.staging-'))).toEqual([]);

    const empty = writeArchive({ 'empty.txt': '' });
    const out = join(dirname(empty), 'index');
    expect(() => buildIndex(empty, out)).toThrow(BuildError);
    expect(existsSync(out)).toBe(false);
  });
});

describe('planning shards', () => {
  it('cuts the articles’ paragraphs into shards of the given size, an article across two when it must', () => {
    const place = (n: number) => ({ spill: 's', offset: n, length: 1 });
    const plan = planShards(
      [
        { paragraphs: 3, spilled: place(0) },
        { paragraphs: 5, spilled: place(1) },
        { paragraphs: 1, spilled: place(2) },
      ],
      4,
    );
    expect(plan.map((shard) => shard.map(({ article, from, to }) => [article, from, to]))).toEqual([
      [
        [0, 0, 3],
        [1, 0, 1],
      ],
      [[1, 1, 5]],
      [[2, 0, 1]],
    ]);
  });
});

describe('spilled paragraphs', () => {
  it('reads back exactly the text written, whatever it holds', () => {
    const spill = join(mkdtempSync(join(tmpdir(), 'summit-spill-')), '0.spill');
    const texts = [['plain', 'line\nbreak', '"quoted" \\ back'], [], ['Путин и Си', 'emoji 🇨🇳 and a lone \ud800 surrogate']];
    const places = spillTexts(spill, texts);
    const reader = spillReader();
    expect([...places].reverse().map((p) => reader.read(p))).toEqual([...texts].reverse());
    reader.close();
  });
});
