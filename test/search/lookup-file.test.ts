import { cpSync, mkdtempSync, openSync, readFileSync, readSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askQuestion } from '../../src/answers';
import { openArchive, type Archive } from '../../src/search/archive';
import { buildIndex } from '../../src/search/build-index';
import { LEADER_TERMS } from '../../src/search/coverage-file';
import { updateIndex } from '../../src/search/update-index';
import { termsOf } from '../../src/search/terms';
import { isUnreported, unreported } from '../../src/events/unreported';
import { generationDir, reseal } from '../support/damaged-index';

const ROOT = join(__dirname, '..', '..');

/** An article in the archive's text form: the first line is its title. */
const article = (title: string, ...paragraphs: string[]) => [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

/** The bundled archive and `extra` more articles (over a thousand: the JSON files are then written compact). */
function builtArchive(extra: number): { corpus: string; index: string } {
  const root = mkdtempSync(join(tmpdir(), 'summit-lookup-'));
  const corpus = join(root, 'corpus');
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  for (let i = 0; i < extra; i += 1) {
    const name = `filler-${String(i).padStart(4, '0')}.txt`;
    // Some name one leader, some both in a paragraph, some one in the title and the other in a paragraph.
    const text =
      i % 7 === 0
        ? article(`Vladimir Putin’s working trip ${i}`, `He spoke of Xi Jinping’s letter number ${i}.`)
        : i % 5 === 0
          ? article(`Meeting ${i}`, `Putin and Xi Jinping exchanged messages “[${i}]” about grain.`)
          : article(`Regional news ${i}`, `Putin visited a factory; output rose by ${i} per cent.`);
    writeFileSync(join(corpus, name), text);
  }
  const index = join(root, 'index');
  buildIndex(corpus, index, { shardSize: 400 });
  return { corpus, index };
}

/** The coverage worked out from what the archive holds: articles naming both leaders (paragraph or title), and the summits'. */
function coverageFromText(archive: Archive): number[] {
  const naming = LEADER_TERMS.map(() => new Set<number>());
  const note = (n: number, text: string) => {
    const terms = new Set(termsOf(text));
    LEADER_TERMS.forEach((t, i) => terms.has(t) && naming[i]!.add(n));
  };
  archive.articles.forEach((a, n) => note(n, a.title));
  for (const { store } of archive.shards) for (let doc = 0; doc < store.size; doc += 1) note(store.article[doc]!, store.text(doc));
  const out = new Set([...naming[0]!].filter((n) => naming.slice(1).every((s) => s.has(n))));
  for (const e of archive.events) for (const a of e.articles) out.add(archive.articleIndex.get(a.articleId)!);
  return [...out].sort((a, b) => a - b);
}

/** Every record the lookup reads by position is the one the whole files hold. */
function expectRecordsAsWhole(index: string): void {
  const positioned = openArchive(index, { shards: 'on demand' });
  const whole = openArchive(index);
  try {
    expect(positioned.events).toEqual(whole.events);
    whole.articles.forEach((a, n) => {
      expect(positioned.article(n)).toEqual(a);
      expect(positioned.articleNumber(a.id)).toBe(n);
      // timeline.json leaves the unreported out: both read such an article as unreported.
      const dating = whole.datings.get(a.id) ?? unreported(a.id);
      expect(whole.dating(n)).toEqual(dating);
      expect(positioned.dating(n)).toEqual(dating);
      expect(positioned.recordedFile(n)).toEqual({ file: a.file, ...whole.builtFiles[a.file]! });
    });
    expect([...whole.datings.values()].filter(isUnreported)).toEqual([]);
    expect(positioned.article(whole.articles.length)).toBeUndefined();
    expect(positioned.articleNumber('no-such-article')).toBeUndefined();
    expect([...positioned.coverage].sort((a, b) => a - b)).toEqual(coverageFromText(whole));
  } finally {
    positioned.close();
    whole.close();
  }
}

describe('one article’s records, read by position (lookup.bin) and the stored coverage', () => {
  it('are those of the whole files, on a small index written indented', () => {
    const { index } = builtArchive(30);
    expectRecordsAsWhole(index);
  });

  it('are those of the whole files on a large index written compact, and after an update that adds and changes articles', () => {
    const { corpus, index } = builtArchive(1_010);
    expectRecordsAsWhole(index);
    // Added: names both leaders (one only in its title); changed: names only one of them now.
    writeFileSync(join(corpus, 'added-late.txt'), article('Xi Jinping receives a message', 'Vladimir Putin wrote about the harvest.'));
    writeFileSync(join(corpus, 'filler-0005.txt'), article('Meeting 5', 'The ministers of agriculture met.'));
    const updated = updateIndex(corpus, index, { anyShare: true });
    if (!updated.updated) throw new Error(updated.fullBuildBecause);
    expect(updated.summary).toMatchObject({ added: ['added-late'], changed: ['filler-0005'] });
    expectRecordsAsWhole(index);
    const archive = openArchive(index, { shards: 'on demand' });
    expect(archive.coverage.has(archive.articleNumber('added-late')!)).toBe(true);
    expect(archive.coverage.has(archive.articleNumber('filler-0005')!)).toBe(false);
    expect(archive.coverage.has(archive.articleNumber('filler-0010')!)).toBe(true);
    archive.close();
  });

  it('checks the bytes it reads: an article whose entry was damaged is refused with the rebuild, others are still cited', () => {
    const { index } = builtArchive(1_010);
    const whole = openArchive(index);
    const damaged = whole.articleIndex.get('filler-0901')!;
    whole.close();
    const generation = readFileSync(join(index, 'CURRENT'), 'utf8').trim();
    const path = join(index, generation, 'articles.json');
    const at = readFileSync(path).indexOf('Regional news 901');
    // One letter changed in place: the file keeps its size, so only the block's sum can tell.
    const fd = openSync(path, 'r+');
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, at);
    writeSync(fd, Buffer.from([byte[0]! ^ 0x20]), 0, 1, at);
    closeSync(fd);

    const archive = openArchive(index, { shards: 'on demand' });
    expect(() => archive.article(damaged)).toThrow(
      /is damaged: .*articles\.json does not match its checksum at bytes .* Rebuild it: npm run -s cli -- index/,
    );
    const answer = askQuestion(archive, 'cooperation between the two countries', { limit: 3 });
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.map((r) => r.articleId)).not.toContain('filler-0901');
    archive.close();
  });

  it('checks lookup.bin whole before reading it by position: a damaged one is refused, and so is a span outside it that it vouches for', () => {
    const { index } = builtArchive(1_010);
    const whole = openArchive(index);
    const n = whole.articleIndex.get('filler-0500')!;
    const next = whole.articles[n + 1];
    whole.close();
    const path = join(generationDir(index), 'lookup.bin');
    const bytes = readFileSync(path);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + bytes.readUInt32LE(0))) as { sections: { articleSpans: number } };
    const spanAt = header.sections.articleSpans + 16 * n;
    // The article's span now ends far past articles.json: the same size, other bytes.
    bytes.writeDoubleLE(1e12, spanAt + 8);
    writeFileSync(path, bytes);
    const damaged = openArchive(index, { shards: 'on demand' });
    expect(() => damaged.article(n)).toThrow(
      /is damaged: g-[0-9a-f]{16}\/lookup\.bin does not match its checksum\. Rebuild it: npm run -s cli -- index/,
    );
    damaged.close();
    // Vouched for by the manifest (a faulty build), the span is still read no further than the file.
    reseal(index);
    const vouched = openArchive(index, { shards: 'on demand' });
    expect(() => vouched.article(n)).toThrow(/articles\.json was asked for bytes \d+–\d+, outside its \d+ bytes/);
    expect(vouched.article(n + 1)).toEqual(next);
    vouched.close();
  });
});
