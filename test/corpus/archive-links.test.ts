/**
 * What an archive folder may hold besides plain files and folders: links to folders and files (followed,
 * as a user gathering archives in one folder by links expects), a link that leads back to a folder it is
 * in or to another folder of the archive (left out and said), and pipes or sockets (no articles: reading
 * one would wait for ever).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArchiveNames } from '../../src/corpus/list-archive';
import { buildIndex } from '../../src/search/build-index';
import { writeArchive } from '../support/small-archive';

const TALKS = 'date 2023-03-21 Talks in Moscow\n\nXi Jinping and Vladimir Putin held talks in the Kremlin on Tuesday.';
const CALL = 'date 2022-06-15 A phone call\n\nXi Jinping and Vladimir Putin spoke by phone on Wednesday.';

describe('an archive folder with links', () => {
  it('follows a link to a folder kept elsewhere, and to a file, and names the articles by the link', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'summit-elsewhere-'));
    mkdirSync(join(elsewhere, 'kremlin'));
    writeFileSync(join(elsewhere, 'kremlin', '2023-03-21-talks.txt'), TALKS);
    writeFileSync(join(elsewhere, 'call.txt'), CALL);
    const corpus = writeArchive({ 'a.txt': CALL.replace('A phone call', 'Another report') });
    symlinkSync(join(elsewhere, 'kremlin'), join(corpus, 'kremlin'));
    symlinkSync(join(elsewhere, 'call.txt'), join(corpus, 'linked-call.txt'));
    const report = buildIndex(corpus, join(corpus, '..', 'index'));
    expect(report.perArticle.map((a) => a.file).sort()).toEqual(['a.txt', 'kremlin/2023-03-21-talks.txt', 'linked-call.txt']);
    expect(report.problems).toEqual([]);
  });

  it('leaves out a link back to a folder it is in, saying so once, and lists the rest once', () => {
    const corpus = writeArchive({ 'a.txt': CALL, 'kremlin/b.txt': TALKS });
    symlinkSync(corpus, join(corpus, 'kremlin', 'all'));
    symlinkSync('..', join(corpus, 'kremlin', 'up'));
    expect(listArchiveNames(corpus)).toEqual(['a.txt', 'kremlin/b.txt']);
    const report = buildIndex(corpus, join(corpus, '..', 'index'));
    expect(report.articles).toBe(2);
    expect(report.problems).toEqual([
      { file: 'kremlin/all/', problem: 'a link to a folder it is in: left out', kept: false },
      { file: 'kremlin/up/', problem: 'a link to a folder it is in: left out', kept: false },
    ]);
  });

  it('leaves out a link to another folder of the archive, whose files are listed where they are', () => {
    const corpus = writeArchive({ 'a.txt': CALL, 'kremlin/2023/b.txt': TALKS });
    symlinkSync(join(corpus, 'kremlin', '2023'), join(corpus, 'latest'));
    // Named as the start of the folder it leads to: still another folder.
    symlinkSync(join(corpus, 'kremlin'), join(corpus, 'k'));
    const report = buildIndex(corpus, join(corpus, '..', 'index'));
    expect(report.perArticle.map((a) => a.file).sort()).toEqual(['a.txt', 'kremlin/2023/b.txt']);
    expect(report.problems).toEqual([
      { file: 'k/', problem: 'a link to kremlin/, whose files are listed there: left out', kept: false },
      { file: 'latest/', problem: 'a link to kremlin/2023/, whose files are listed there: left out', kept: false },
    ]);
  });

  it('reports a link to nothing among the problems, and lists no pipe', () => {
    const corpus = writeArchive({ 'a.txt': CALL });
    symlinkSync(join(corpus, 'gone.txt'), join(corpus, 'dangling.txt'));
    execFileSync('mkfifo', [join(corpus, 'pipe.txt')]);
    expect(listArchiveNames(corpus)).toEqual(['a.txt', 'dangling.txt']);
    const report = buildIndex(corpus, join(corpus, '..', 'index'));
    expect(report.articles).toBe(1);
    expect(report.problems.map((p) => [p.file, p.kept])).toEqual([['dangling.txt', false]]);
  });
});
