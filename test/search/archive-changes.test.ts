import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArchiveFiles } from '../../src/corpus/list-archive';
import { archiveChanges, savedFiles } from '../../src/search/archive-changes';
import { fingerprintOf, hashFiles, type FileHashes } from '../../src/search/fingerprint';
import { withMembersAppended } from '../../src/search/appended-json';

/** An archive whose names a byte scan could trip on: quotes, backslashes, other scripts, sub-folders. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'summit-changes-'));
  mkdirSync(join(dir, 'sub'));
  const files: Record<string, string> = {
    'a.md': 'one',
    'b "quoted".md': 'two',
    'c\\back.txt': 'three',
    'sub/встреча.md': 'four',
    'sub/习近平.txt': 'five',
    'z.md': 'six',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** files.json as an index of `articles` articles writes it. */
const saved = (hashes: FileHashes, articles: number) =>
  Buffer.from(`${articles <= 1000 ? JSON.stringify(hashes, null, 1) : JSON.stringify(hashes)}\n`);

describe('what changed in the archive since files.json was written', () => {
  it.each([2000, 10])(
    'finds the added, changed and removed files and writes files.json as JSON.stringify would (%i articles)',
    (articles) => {
      const dir = archive();
      const before = hashFiles(dir);
      before['gone.md'] = { hash: '0123456789abcdef', size: 3 };
      writeFileSync(join(dir, 'a.md'), 'one, changed');
      writeFileSync(join(dir, 'new "one".md'), 'seven');
      writeFileSync(join(dir, 'sub/встреча.md'), 'four, changed');
      const listed = listArchiveFiles(dir);
      // Every file but the changed ones is taken as unchanged: its recorded hash is kept without a read.
      const unchanged = Uint8Array.from(listed, (f) => (f.file !== 'a.md' && f.file !== 'sub/встреча.md' ? 1 : 0));
      const changes = archiveChanges(savedFiles(saved(before, articles), articles), listed, unchanged);

      const now = hashFiles(dir);
      expect(changes.added).toEqual(['new "one".md']);
      expect(changes.changed.sort()).toEqual(['a.md', 'sub/встреча.md']);
      expect(changes.removed).toEqual(['gone.md']);
      expect(changes.files).toEqual(Object.keys(now));
      expect(changes.fingerprint).toBe(fingerprintOf(now));
      expect(changes.bytes).toBe(Object.values(now).reduce((sum, h) => sum + h.size, 0));
      expect(changes.saved().toString('utf8')).toBe(saved(now, articles).toString('utf8'));
    },
  );

  it('keeps a file’s recorded hash when its stats say unchanged, and reads it otherwise', () => {
    const dir = archive();
    const before = hashFiles(dir);
    writeFileSync(join(dir, 'z.md'), 'six, edited behind the stats');
    const listed = listArchiveFiles(dir);
    const trusted = archiveChanges(savedFiles(saved(before, 2000), 2000), listed, new Uint8Array(listed.length).fill(1));
    expect(trusted.changed).toEqual([]);
    expect(trusted.saved().equals(saved(before, 2000))).toBe(true);
    expect(archiveChanges(savedFiles(saved(before, 2000), 2000), listed, new Uint8Array(listed.length)).changed).toEqual(['z.md']);
  });
});

describe('a saved JSON object with members added at its end', () => {
  const compact = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`);
  it('gives the bytes JSON.stringify of the whole object gives', () => {
    const old = { 'a-1': ['x "y"'], b: [] };
    const added: Array<[string, unknown]> = [
      ['c\\d', ['Встреча']],
      ['e', [{ s: 1 }]],
    ];
    expect(withMembersAppended(compact(old), added)?.toString('utf8')).toBe(
      compact({ ...old, 'c\\d': ['Встреча'], e: [{ s: 1 }] }).toString('utf8'),
    );
    expect(withMembersAppended(compact({}), added)?.toString('utf8')).toBe(compact(Object.fromEntries(added)).toString('utf8'));
  });

  it('declines an indented object, and a key JavaScript would put first', () => {
    expect(withMembersAppended(Buffer.from(`${JSON.stringify({ a: 1 }, null, 1)}\n`), [['b', 2]])).toBeNull();
    expect(withMembersAppended(Buffer.from('{"a":1}\n'), [['2019', 2]])).toBeNull();
  });
});
