import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listArchiveNames } from '../../src/corpus/list-archive';
import { savedNamesDigest } from '../../src/search/names-cache';
import { currentNamesDigest, listedNames, namesHash, savedNames } from '../../src/search/names-hash';

/** An archive whose folders were last changed a minute ago: out of the racy window. */
function settledArchive(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'summit-names-cache-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  settle(dir, ['', ...new Set(files.filter((f) => f.includes('/')).map((f) => dirname(f)))]);
  return dir;
}

function settle(dir: string, folders: string[]): void {
  const then = new Date(Date.now() - 60_000);
  for (const f of folders) utimesSync(join(dir, f), then, then);
}

/** ctime cannot be set back: the saved stats are those of now, so a change made a while later is what a test shows. */
const pastRacyWindow = () => new Promise((r) => setTimeout(r, 2100));

describe("the archive's names digest kept between one-shot commands", () => {
  const files = ['kremlin/2019-06-05-60672.md', 'kremlin/2019-06-05-60673.md', 'whitehouse/2023/briefing.md', 'index.md'];

  it('is kept once the folders have settled, and used while none of them changes', async () => {
    const dir = settledArchive(files);
    await pastRacyWindow();
    const expected = { count: 4, names: namesHash(listArchiveNames(dir)) };
    expect(savedNamesDigest(dir)).toBeNull();
    expect(currentNamesDigest(dir)).toEqual(expected);
    expect(savedNamesDigest(dir)).toEqual(expected);
    expect(savedNames({ corpusDir: dir, expected })).toEqual({ found: true, same: true });
    // A file's bytes changing is not a names change: the folder keeps its times.
    writeFileSync(join(dir, files[0]!), 'other bytes');
    expect(savedNamesDigest(dir)).toEqual(expected);
  }, 10_000);

  it('is listed again when a name is added, removed or renamed in any folder, however deep', async () => {
    const dir = settledArchive(files);
    await pastRacyWindow();
    const expected = { count: 4, names: namesHash(listArchiveNames(dir)) };
    currentNamesDigest(dir);
    const changes: Array<() => void> = [
      () => writeFileSync(join(dir, 'whitehouse/2023/new.md'), 'x'),
      () => rmSync(join(dir, 'kremlin/2019-06-05-60673.md')),
      () => renameSync(join(dir, 'index.md'), join(dir, 'index2.md')),
    ];
    for (const change of changes) {
      change();
      expect(savedNamesDigest(dir)).toBeNull();
      const now = { count: listArchiveNames(dir).length, names: namesHash(listArchiveNames(dir)) };
      expect(now).not.toEqual(expected);
      expect(listedNames({ corpusDir: dir, expected })).toEqual({ found: true, same: false, listed: listArchiveNames(dir) });
    }
  }, 10_000);

  it('is not kept while a folder was changed within the racy window', () => {
    const dir = settledArchive(files);
    // Just changed: the folders' change times are now.
    currentNamesDigest(dir);
    expect(savedNamesDigest(dir)).toBeNull();
    expect(savedNames({ corpusDir: dir, expected: { count: 4, names: namesHash(listArchiveNames(dir)) } })).toBeNull();
  });

  it('is not used for another folder, nor for a folder put in its place', async () => {
    const dir = settledArchive(files);
    await pastRacyWindow();
    currentNamesDigest(dir);
    expect(savedNamesDigest(join(dir, 'kremlin'))).toBeNull();
    const moved = `${dir}-moved`;
    renameSync(dir, moved);
    mkdirSync(dir);
    expect(savedNamesDigest(dir)).toBeNull();
  }, 10_000);
});
