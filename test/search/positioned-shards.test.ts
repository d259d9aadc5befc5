/**
 * A one-shot question reads shards by position: it must find what reading them whole finds, and a
 * damaged file must still be refused, naming the file and the rebuild, when the question reads it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openArchive, type Archive } from '../../src/search/archive';
import { documentsWith, scoreShard } from '../../src/search/score-shard';
import { buildShardData } from '../../src/search/shard-data';
import { queryTerms } from '../../src/search/terms';
import { generationDir, reseal } from '../support/damaged-index';
import { buildSmallArchive } from '../support/small-archive';

const seeded = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const WORDS = [
  'putin',
  'xi',
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
  'power',
  'siberia',
];

function archiveFiles(articles: number): Record<string, string> {
  const pick = seeded(7);
  const word = () => WORDS[Math.floor(pick() * WORDS.length)]!;
  const files: Record<string, string> = {};
  for (let a = 0; a < articles; a += 1) {
    const paragraphs = Array.from({ length: 6 }, (_, p) => `${Array.from({ length: 8 + p }, word).join(' ')} paragraph${a}x${p}.`);
    files[`a${String(a).padStart(3, '0')}.md`] =
      `---\ntitle: "Article ${a}"\npublished: 2019-06-0${1 + (a % 9)}\n---\n\n${paragraphs.join('\n\n')}\n`;
  }
  return files;
}

const rows = (archive: Archive, terms: string[]) =>
  archive.shards.map((s) => scoreShard(s.data, terms, 10)).map((r) => r.top.map((h) => [h.doc, h.score, h.matched]));

describe('shards read by position', () => {
  const { indexDir } = buildSmallArchive(archiveFiles(60));

  it('find the same paragraphs, scores and order as shards read whole', () => {
    const whole = openArchive(indexDir);
    const positioned = openArchive(indexDir, { shards: 'on demand' });
    const pick = seeded(11);
    for (let i = 0; i < 50; i += 1) {
      const terms = queryTerms(Array.from({ length: 1 + (i % 4) }, () => WORDS[Math.floor(pick() * WORDS.length)]!).join(' ')).terms;
      expect([terms, rows(positioned, terms)]).toEqual([terms, rows(whole, terms)]);
    }
    for (const term of ['putin', 'paragraph7x3', 'nowhere', 'aaa', 'zzz']) {
      expect([term, positioned.shards.map((s) => [...documentsWith(s.data, term)])]).toEqual([
        term,
        whole.shards.map((s) => [...documentsWith(s.data, term)]),
      ]);
    }
    expect(positioned.shards.map((s) => documentsWith(s.data, 'putin').length).every((n) => n > 0)).toBe(true);
    whole.close();
    positioned.close();
  });

  it('refuse a postings.bin changed under the manifest when a question reads it, naming the file and the rebuild', () => {
    const { indexDir: index } = buildSmallArchive(archiveFiles(20));
    const file = join(generationDir(index), 'shards', '000.postings.bin');
    const bytes = readFileSync(file);
    bytes.fill(0x7f, bytes.length - 64);
    writeFileSync(file, bytes);
    // Opening reads no postings; a question reading the damaged block is refused, whether or not a build vouched for it.
    for (const vouched of [false, true]) {
      if (vouched) reseal(index);
      const archive = openArchive(index, { shards: 'on demand' });
      expect(() => archive.shards.map((s) => WORDS.map((w) => scoreShard(s.data, [w], 5)))).toThrow(
        /damaged: g-[0-9a-f]{16}\/shards\/000\.postings\.bin does not match its checksum at bytes \d+–\d+\. Rebuild it: npm run -s cli -- index/,
      );
      archive.close();
    }
  });

  it('read a shard’s paragraph numbers when first needed, and refuse a store.bin that places texts outside text.bin then', () => {
    const { indexDir: index } = buildSmallArchive(archiveFiles(20));
    const store = join(generationDir(index), 'shards', '000.store.bin');
    const bytes = readFileSync(store);
    bytes.writeInt32LE(0x7fffffff, bytes.length - 4);
    writeFileSync(store, bytes);
    reseal(index);
    const archive = openArchive(index, { shards: 'on demand' });
    expect(() => archive.shards[0]!.store.article[0]).toThrow(/shards\/000\.store\.bin places texts outside shards\/000\.text\.bin/);
    archive.close();
  });

  it('refuse a head.bin that does not fit the manifest at open', () => {
    const { indexDir: index } = buildSmallArchive(archiveFiles(20));
    const file = join(generationDir(index), 'shards', '000.head.bin');
    const bytes = readFileSync(file);
    bytes.writeInt32LE(bytes.readInt32LE(0) + 1, 0);
    writeFileSync(file, bytes);
    expect(() => openArchive(index, { shards: 'on demand' })).toThrow(/shards\/000\.head\.bin does not match its checksum/);
    reseal(index);
    expect(() => openArchive(index, { shards: 'on demand' })).toThrow(
      /shards\/000\.head\.bin does not hold the counts the manifest says\. Rebuild it/,
    );
  });
});

describe('a search with a floor (other shards already hold `limit` better paragraphs)', () => {
  it('keeps exactly the paragraphs of the full ranking that reach the floor, in the same order', () => {
    const pick = seeded(5);
    const texts = Array.from({ length: 1500 }, () =>
      Array.from({ length: 3 + Math.floor(pick() * 12) }, () => WORDS[Math.floor(pick() * WORDS.length)]!).join(' '),
    );
    const data = buildShardData(texts);
    let cut = 0;
    for (let i = 0; i < 60; i += 1) {
      const terms = queryTerms(Array.from({ length: 1 + (i % 5) }, () => WORDS[Math.floor(pick() * WORDS.length)]!).join(' ')).terms;
      const full = scoreShard(data, terms, texts.length).top;
      for (const at of [0, 5, 50, 400]) {
        const floor = full[Math.min(at, full.length - 1)]?.score ?? 0;
        const expected = full.filter((h) => h.score >= floor).slice(0, 200);
        const got = scoreShard(data, terms, 200, undefined, undefined, undefined, floor);
        expect([terms, floor, got.top]).toEqual([terms, floor, expected]);
        if (got.total < full.length) cut += 1;
      }
    }
    // Most of these searches stop before walking every posting.
    expect(cut).toBeGreaterThan(90);
  });
});
