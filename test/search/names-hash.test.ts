import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listArchiveNames } from '../../src/corpus/list-archive';
import { corpusFilesOf } from '../../src/search/freshness';
import { archiveNamesDigest, listedNames, namesHash } from '../../src/search/names-hash';

describe("an archive's file names, as a one-shot command compares them", () => {
  it('are listed in the order of sorting every path at once, folder by folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-names-'));
    // Names that sort differently as folder entries than as paths: "a-b.md" comes before "a/…", "ab.md" before "ab/…".
    const files = ['a/x.md', 'a-b.md', 'ab/y.txt', 'ab.md', 'Z.md', 'a/b/c.md', 'a/b.md', 'a/b-c/d.md', 'é.md', '.hidden.md', 'notes.pdf'];
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), 'x');
    }
    const articles = files.filter((f) => !f.startsWith('.') && !f.endsWith('.pdf'));
    expect(listArchiveNames(dir)).toEqual([...articles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('hash differently when a file is added, removed or renamed', () => {
    const names = ['kremlin/2019-06-05-60672.md', 'kremlin/2019-06-05-60673.md', 'whitehouse/2023-03-20-briefing.md'];
    const hash = namesHash(names);
    expect(namesHash([...names])).toBe(hash);
    expect(namesHash([...names, 'kremlin/2019-06-06-60680.md'])).not.toBe(hash);
    expect(namesHash(names.slice(1))).not.toBe(hash);
    expect(namesHash(['kremlin/2019-06-05-60627.md', ...names.slice(1)])).not.toBe(hash);
  });

  it('are recorded with the files’ count and bytes', () => {
    expect(corpusFilesOf({ 'a.md': { hash: 'x', size: 10 }, 'b/c.txt': { hash: 'y', size: 32 } })).toEqual({
      count: 2,
      bytes: 42,
      names: namesHash(['a.md', 'b/c.txt']),
    });
  });
});

describe('the digest a one-shot command takes of a large archive', () => {
  it('is the hash of its listed names, without listing them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-digest-'));
    const files = ['b/2.md', 'a.md', 'b/1.txt', 'b-c.md', 'b/d/3.md', 'c.md', 'notes.pdf', '.git/x.md'];
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), 'x');
    }
    const listed = listArchiveNames(dir);
    expect(listed).toEqual(['a.md', 'b-c.md', 'b/1.txt', 'b/2.md', 'b/d/3.md', 'c.md']);
    expect(archiveNamesDigest(dir)).toEqual({ count: 6, names: namesHash(listed) });
    expect(listedNames({ corpusDir: dir, expected: { count: 6, names: namesHash(listed) } })).toEqual({ found: true, same: true });
    writeFileSync(join(dir, 'b', 'new.md'), 'x');
    expect(listedNames({ corpusDir: dir, expected: { count: 6, names: namesHash(listed) } })).toEqual({
      found: true,
      same: false,
      listed: ['a.md', 'b-c.md', 'b/1.txt', 'b/2.md', 'b/d/3.md', 'b/new.md', 'c.md'],
    });
    expect(listedNames({ corpusDir: join(dir, 'gone'), expected: { count: 6, names: '' } })).toEqual({ found: false });
  });
});
