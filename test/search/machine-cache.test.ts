/** This machine's cache folder (file stats, listings, names digests) stays bounded as index folders and archives come and go. */
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruneMachineCache, writeMachineCache } from '../../src/search/machine-cache';

const DAY = 24 * 3600 * 1000;

/** A file in `dir` of `bytes` bytes, last read and written `daysAgo` days before `now`. */
function cacheFile(dir: string, name: string, bytes: number, daysAgo: number, now = Date.now()): string {
  const path = join(dir, name);
  writeFileSync(path, 'x'.repeat(bytes));
  const when = new Date(now - daysAgo * DAY);
  utimesSync(path, when, when);
  return path;
}

const left = (paths: Record<string, string>) => Object.keys(paths).filter((k) => existsSync(paths[k]!));

describe("this machine's cache folder", () => {
  it('lets go of the files of index folders unused for a month when a file is added, and of what a killed run left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-machine-cache-'));
    const files = {
      month: cacheFile(dir, 'aaaaaaaaaaaaaaaa.stats', 10, 31),
      week: cacheFile(dir, 'listing-bbbbbbbbbbbbbbbb.json', 10, 7),
      killed: cacheFile(dir, 'cccccccccccccccc.stats.4242.tmp', 10, 0.5),
      writing: cacheFile(dir, 'dddddddddddddddd.stats.4343.tmp', 10, 0),
    };
    // Written again, the file was there: nothing else is looked at.
    const again = join(dir, 'eeeeeeeeeeeeeeee.stats');
    writeFileSync(again, 'old');
    writeMachineCache(again, 'new');
    expect(left(files)).toEqual(['month', 'week', 'killed', 'writing']);
    // Added: the folder makes room.
    const added = join(dir, 'ffffffffffffffff.stats');
    writeMachineCache(added, 'stats');
    expect(left(files)).toEqual(['week', 'writing']);
    expect([readFileSync(again, 'utf8'), readFileSync(added, 'utf8')]).toEqual(['new', 'stats']);
  });

  it('beyond its size, lets go of the files used longest ago first, never the one just written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-machine-cache-'));
    const now = Date.now();
    const files = {
      old: cacheFile(dir, 'old.stats', 400, 20, now),
      older: cacheFile(dir, 'older.stats', 400, 25, now),
      recent: cacheFile(dir, 'recent.stats', 400, 1, now),
      written: cacheFile(dir, 'written.stats', 400, 29, now),
    };
    pruneMachineCache(dir, { keep: files.written, capBytes: 1000, now });
    expect(left(files)).toEqual(['recent', 'written']);
  });

  it('counts a file read recently as used, though written long ago', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-machine-cache-'));
    const now = Date.now();
    const read = cacheFile(dir, 'listing-read.json', 10, 40, now);
    utimesSync(read, new Date(now - DAY), new Date(now - 40 * DAY));
    const unread = cacheFile(dir, 'listing-unread.json', 10, 40, now);
    pruneMachineCache(dir, { now });
    expect(left({ read, unread })).toEqual(['read']);
  });
});
