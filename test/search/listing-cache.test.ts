import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listArchiveNames } from '../../src/corpus/list-archive';
import { listArchiveNamesKept, listingCachePath } from '../../src/search/listing-cache';

/** Far enough ahead that every folder made now is out of the racy window. */
const LATER = () => Date.now() + 60_000;

function archive(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'summit-listing-cache-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  return dir;
}

const keptFolders = (dir: string): string[] =>
  (JSON.parse(readFileSync(listingCachePath(dir), 'utf8')) as { folders: Array<[string]> }).folders.map((f) => f[0]);

/** Puts a name in the kept entries of folder `prefix` that the folder does not hold: seen only if the kept listing is used. */
function plantName(dir: string, prefix: string, name: string): void {
  const path = listingCachePath(dir);
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { folders: Array<[string, ...unknown[]]> };
  const folder = saved.folders.find((f) => f[0] === prefix)!;
  (folder[5] as string[]).unshift(name);
  writeFileSync(path, JSON.stringify(saved));
}

describe("the archive's listing kept between updates", () => {
  const files = [
    'index.md',
    'kremlin/2019-06-05-60672.md',
    'kremlin/2019-06-05-60673.md',
    'whitehouse/2023/briefing.md',
    'whitehouse/notes.txt',
  ];

  it('lists what a full listing lists, and takes a folder whose stats did not move from what it kept', () => {
    const dir = archive(files);
    expect(listArchiveNamesKept(dir, { now: LATER() })).toEqual(listArchiveNames(dir));
    plantName(dir, 'kremlin/', '0-kept.md');
    expect(listArchiveNamesKept(dir, { now: LATER() })).toEqual(['index.md', 'kremlin/0-kept.md', ...listArchiveNames(dir).slice(1)]);
    // The folder's times move with any name added, removed or renamed in it: it is read again.
    writeFileSync(join(dir, 'kremlin/2019-06-06-60680.md'), 'x');
    expect(listArchiveNamesKept(dir, { now: LATER() })).toEqual(listArchiveNames(dir));
  });

  it('follows names added, removed and renamed at any depth, and folders added or removed', () => {
    const dir = archive(files);
    listArchiveNamesKept(dir, { now: LATER() });
    const changes: Array<() => void> = [
      () => writeFileSync(join(dir, 'whitehouse/2023/new.md'), 'x'),
      () => rmSync(join(dir, 'kremlin/2019-06-05-60673.md')),
      () => renameSync(join(dir, 'index.md'), join(dir, 'index2.md')),
      () => mkdirSync(join(dir, 'whitehouse/2024')),
      () => writeFileSync(join(dir, 'whitehouse/2024/visit.md'), 'x'),
      () => rmSync(join(dir, 'whitehouse/2023'), { recursive: true }),
      () => writeFileSync(join(dir, '.hidden.md'), 'x'),
    ];
    for (const change of changes) {
      change();
      expect(listArchiveNamesKept(dir, { now: LATER() })).toEqual(listArchiveNames(dir));
    }
    expect(listArchiveNames(dir)).toEqual(['index2.md', 'kremlin/2019-06-05-60672.md', 'whitehouse/2024/visit.md', 'whitehouse/notes.txt']);
  });

  it('does not keep a folder changed within the racy window of its stat, nor trust a folder put in its place', () => {
    const dir = archive(files);
    // Just made: every folder is racy now, and is read again next time.
    listArchiveNamesKept(dir);
    expect(keptFolders(dir)).toEqual([]);
    listArchiveNamesKept(dir, { now: LATER() });
    expect(keptFolders(dir)).toEqual(['', 'kremlin/', 'whitehouse/', 'whitehouse/2023/']);
    plantName(dir, 'kremlin/', '0-kept.md');
    const then = new Date(Date.now() - 60_000);
    renameSync(join(dir, 'kremlin'), join(dir, 'kremlin-old'));
    mkdirSync(join(dir, 'kremlin'));
    writeFileSync(join(dir, 'kremlin/2019-06-05-60672.md'), 'x');
    utimesSync(join(dir, 'kremlin'), then, then);
    rmSync(join(dir, 'kremlin-old'), { recursive: true });
    expect(listArchiveNamesKept(dir, { now: LATER() })).toEqual(listArchiveNames(dir));
  });

  it('is not written again for a few names added, and lists them each time all the same', () => {
    const dir = archive(files);
    listArchiveNamesKept(dir, { now: LATER() });
    const written = readFileSync(listingCachePath(dir), 'utf8');
    writeFileSync(join(dir, 'kremlin/2019-06-06-60680.md'), 'x');
    for (let run = 0; run < 2; run += 1) expect(listArchiveNamesKept(dir, { now: LATER() })).toEqual(listArchiveNames(dir));
    expect(listArchiveNames(dir)).toContain('kremlin/2019-06-06-60680.md');
    expect(readFileSync(listingCachePath(dir), 'utf8')).toBe(written);
  });

  it('is read again whole when what was kept cannot be read', () => {
    const dir = archive(files);
    listArchiveNamesKept(dir, { now: LATER() });
    writeFileSync(listingCachePath(dir), '{"archive":');
    expect(listArchiveNamesKept(dir, { now: LATER() })).toEqual(listArchiveNames(dir));
  });
});
