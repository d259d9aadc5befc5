/**
 * The index folder as a running bot sees it: generations written once and switched atomically, every
 * file checked against the manifest, damage refused with the file's name and the rebuild command,
 * never shown as an excerpt.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askQuestion } from '../../src/answers';
import { ArchiveError, openArchive, type Archive } from '../../src/search/archive';
import { buildIndex } from '../../src/search/build-index';
import { updateIndex } from '../../src/search/update-index';
import { currentGeneration, generationDir, manifestOf, reseal, scramblePostings } from '../support/damaged-index';

const ROOT = join(__dirname, '..', '..');
const A001 = '001_2a8c10d118161e22.txt';
const A003 = '003_b7d4a532b33766fb.txt';

function fixture(shardSize?: number): { root: string; corpus: string; index: string } {
  const root = mkdtempSync(join(tmpdir(), 'summit-gen-'));
  const corpus = join(root, 'corpus');
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  const index = join(root, 'index');
  buildIndex(corpus, index, shardSize ? { shardSize } : {});
  return { root, corpus, index };
}

const current = currentGeneration;

function openError(index: string): ArchiveError {
  try {
    openArchive(index);
  } catch (e) {
    if (e instanceof ArchiveError) return e;
    throw e;
  }
  throw new Error('the index opened');
}

/** Every excerpt text an archive gives for a few questions. */
const texts = (archive: Archive) =>
  ['legally binding guarantees', 'video call lasted', 'stabilizing factor'].flatMap((q) =>
    askQuestion(archive, q, { limit: 5 }).results.map((r) => `${r.articleId} ¶${r.paragraph}: ${r.text}`),
  );

describe('index generations', () => {
  it('a build writes one generation named by its manifest, which lists every file with its size and checksum', () => {
    const { index } = fixture();
    expect(readdirSync(index).sort()).toEqual(['CURRENT', current(index)]);
    expect(current(index)).toMatch(/^g-[0-9a-f]{16}$/);
    const manifest = manifestOf(index);
    const onDisk = (d: string, p = ''): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? onDisk(join(d, e.name), `${p}${e.name}/`) : [`${p}${e.name}`],
      );
    expect(Object.keys(manifest.files).sort()).toEqual(
      onDisk(generationDir(index))
        .filter((f) => f !== 'manifest.json')
        .sort(),
    );
    for (const [file, entry] of Object.entries(manifest.files)) {
      const bytes = readFileSync(join(generationDir(index), file));
      expect([file, bytes.length, createHash('sha256').update(bytes).digest('hex')]).toEqual([file, entry.size, entry.sha256]);
    }
  });

  it('a rebuild while the index is open writes a new generation beside it and removes the old; what was opened keeps answering with its own words', () => {
    const { corpus, index } = fixture();
    const before = openArchive(index);
    const beforeTexts = texts(before);
    const oldGeneration = current(index);
    // The reproduction: shorten two articles, update the index the bot is serving.
    for (const file of [A001, A003])
      writeFileSync(join(corpus, file), readFileSync(join(corpus, file), 'utf8').split('\n\n').slice(0, 3).join('\n\n'));
    expect(updateIndex(corpus, index, { anyShare: true }).updated).toBe(true);
    expect(current(index)).not.toBe(oldGeneration);
    expect(readdirSync(index).sort()).toEqual(['CURRENT', current(index)]);
    // The old generation's files are gone from the folder, but the archive opened on it still reads them whole.
    expect(texts(before)).toEqual(beforeTexts);
    const after = openArchive(index);
    const afterTexts = texts(after);
    expect(afterTexts.join('\n')).not.toContain('\u0000');
    for (const t of afterTexts) expect(before.articles.some((a) => t.startsWith(`${a.id} `))).toBe(true);
    expect(afterTexts).not.toEqual(beforeTexts);
    before.close();
    after.close();
  });

  it('an update links the shards it did not change into the new generation instead of rewriting them', () => {
    const { corpus, index } = fixture(7);
    const inode = (file: string) => statSync(join(generationDir(index), file)).ino;
    const first = inode('shards/000.text.bin');
    writeFileSync(
      join(corpus, 'zz-new.txt'),
      'date 2023-05-01 A late addition\n\nXi Jinping and Vladimir Putin spoke about grain corridors.',
    );
    const updated = updateIndex(corpus, index, { anyShare: true });
    expect(updated.updated && updated.summary.reindexedShards).not.toContain('000');
    expect(inode('shards/000.text.bin')).toBe(first);
    expect(askQuestion(openArchive(index), 'grain corridors').results[0]?.articleId).toBe('zz-new');
  });

  it('a text.bin emptied on disk is refused at open, naming the file and the command that rebuilds it', () => {
    const { index } = fixture();
    truncateSync(join(generationDir(index), 'shards/000.text.bin'), 0);
    const error = openError(index);
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(
      /damaged: g-[0-9a-f]{16}\/shards\/000\.text\.bin has 0 bytes, the manifest says \d+\. Rebuild it: npm run -s cli -- index/,
    );
  });

  it('a text.bin emptied or altered while it is open never becomes an excerpt: the read fails, naming the file', () => {
    const { index } = fixture();
    const archive = openArchive(index);
    const text = join(generationDir(index), 'shards/000.text.bin');
    const original = readFileSync(text);
    writeFileSync(text, Buffer.from(original.toString('latin1').replace(/Putin/g, 'PUTIN'), 'latin1'));
    expect(() => texts(archive)).toThrow(/shards\/000\.text\.bin does not match its checksum at bytes 0–\d+\. Rebuild it/);
    const again = openArchive(index);
    truncateSync(text, 0);
    expect(() => texts(again)).toThrow(/shards\/000\.text\.bin ends before byte \d+ \(it should have \d+ bytes\)\. Rebuild it/);
  });

  it('a postings.bin of the right size but other bytes is refused by its checksum; one that a faulty build vouched for, by its structure', () => {
    const { index } = fixture();
    scramblePostings(index);
    expect(openError(index).message).toMatch(/shards\/000\.postings\.bin does not match its checksum/);
    reseal(index);
    expect(openError(index).message).toMatch(/shards\/000\.postings\.bin holds posting ranges outside its postings\. Rebuild it/);
  });

  it('a store.bin that places texts outside text.bin is refused', () => {
    const { index } = fixture();
    const store = join(generationDir(index), 'shards/000.store.bin');
    const bytes = readFileSync(store);
    bytes.writeInt32LE(0x7fffffff, bytes.length - 4);
    writeFileSync(store, bytes);
    reseal(index);
    expect(openError(index).message).toMatch(/shards\/000\.store\.bin places texts outside shards\/000\.text\.bin/);
  });

  it('a damaged manifest, a CURRENT naming nothing, and an index of the old layout each say what to do', () => {
    const { index } = fixture();
    const manifest = join(generationDir(index), 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"articles": 5', '"articles": 6'));
    expect(openError(index).message).toMatch(/manifest\.json does not match its generation name\. Rebuild it/);
    writeFileSync(join(index, 'CURRENT'), 'AAAA\u0000');
    expect(openError(index).message).toMatch(/damaged: CURRENT does not name a generation/);
    const legacy = mkdtempSync(join(tmpdir(), 'summit-legacy-'));
    writeFileSync(join(legacy, 'manifest.json'), '{"format":4}');
    expect(openError(legacy)).toMatchObject({
      code: 'stale',
      message: expect.stringMatching(/built by an earlier version of Summit\. Rebuild it/),
    });
  });

  it('a build over an index of the old layout replaces it', () => {
    const { corpus, root } = fixture();
    const legacy = join(root, 'legacy');
    cpSync(join(ROOT, 'corpus'), join(legacy, 'shards'), { recursive: true });
    writeFileSync(join(legacy, 'manifest.json'), '{"format":4}');
    buildIndex(corpus, legacy);
    expect(readdirSync(legacy).sort()).toEqual(['CURRENT', current(legacy)]);
  });
});
