import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStatsPath, saveFileStats, unchangedFiles } from '../../src/search/file-stats';
import type { FileStats } from '../../src/search/stat-files';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');

function stats(files: string[], sizes: number[], mtimes: number[]): FileStats {
  return { files, sizes, mtimes };
}

/** The names of the files unchangedFiles marks. */
function unchangedNames(dir: string, generation: string, now: FileStats): string[] {
  const marks = unchangedFiles(dir, generation, now);
  return now.files.filter((_, j) => marks[j] === 1);
}

describe('the file stats an update trusts', () => {
  const index = () => mkdtempSync(join(tmpdir(), 'summit-file-stats-'));
  const files = ['a/2019-06-05-1.md', 'a/Пресс-релиз.md', 'b/notes 2.txt', 'z.md'];
  const sizes = [100, 2_000, 30, 0];
  const mtimes = [NOW - 2 * HOUR, NOW - HOUR + 0.123, NOW - 3 * HOUR, NOW - HOUR];

  it('gives back, for the same generation, the files whose size and time are those saved', () => {
    const dir = index();
    saveFileStats(dir, 'g-1', stats(files, sizes, mtimes), NOW);
    const now = stats(
      ['a/2019-06-05-1.md', 'a/new.md', 'a/Пресс-релиз.md', 'b/notes 2.txt', 'z.md'],
      [100, 5, 2_000, 31, 0],
      [NOW - 2 * HOUR, NOW, NOW - HOUR + 0.123, NOW - 3 * HOUR, NOW - HOUR + 1],
    );
    expect(unchangedNames(dir, 'g-1', now)).toEqual(['a/2019-06-05-1.md', 'a/Пресс-релиз.md']);
    expect(unchangedNames(dir, 'g-2', now)).toEqual([]);
  });

  it('keeps neither a file modified just before its stat was taken, nor one gone, nor a name with a line break', () => {
    const dir = index();
    const named = ['a.md', 'b\nc.md', 'd.md', 'e.md'];
    saveFileStats(dir, 'g-1', stats(named, [1, 2, 3, -1], [NOW - HOUR, NOW - HOUR, NOW - 500, -1]), NOW);
    expect(unchangedNames(dir, 'g-1', stats(named, [1, 2, 3, -1], [NOW - HOUR, NOW - HOUR, NOW - 500, -1]))).toEqual(['a.md']);
  });

  it('trusts nothing when the saved stats are missing, cut short or not its format', () => {
    const dir = index();
    const now = stats(files, sizes, mtimes);
    expect(unchangedNames(dir, 'g-1', now)).toEqual([]);
    saveFileStats(dir, 'g-1', now, NOW);
    expect(unchangedNames(dir, 'g-1', now)).toEqual(files);
    const path = fileStatsPath(dir);
    writeFileSync(path, '{"generation":"g-1","count":4,"names":10}\nabc');
    expect(unchangedNames(dir, 'g-1', now)).toEqual([]);
    writeFileSync(path, JSON.stringify({ generation: 'g-1', files, sizes, mtimes }));
    expect(unchangedNames(dir, 'g-1', now)).toEqual([]);
  });
});
