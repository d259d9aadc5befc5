/**
 * A folder under the archive that cannot be read (a `lost+found` only root may open, a path longer
 * than the system allows) is left out: the build says so once in its report, and no command stops on it.
 * An archive folder that cannot be listed at all is not checked against the index, as a missing one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { walkArchive } from '../../src/corpus/list-archive';
import { createLogger } from '../../src/logger';
import { openArchive } from '../../src/search/archive';
import { buildIndex } from '../../src/search/build-index';
import { FULL_CHECK_BYTES } from '../../src/search/freshness';
import { watchArchive } from '../../src/search/watch-archive';
import { captureIo } from '../support/capture-io';

const ROOT = join(__dirname, '..', '..');
const roots: string[] = [];

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** A day's page and a question, answered from the index as usual. */
async function expectAnswers(index: string): Promise<void> {
  const summit = await cli('summit', '2022-06-15', '--index', index, '--json');
  expect([summit.code, summit.err]).toEqual([0, '']);
  expect(JSON.parse(summit.out)).toMatchObject({ date: '2022-06-15', event: { kind: 'phone call' } });
  const asked = await cli('ask', 'What did Xi and Putin discuss by phone?', '--index', index, '--json');
  expect([asked.code, asked.err]).toEqual([0, '']);
  expect((JSON.parse(asked.out) as { results: unknown[] }).results.length).toBeGreaterThan(0);
}

/**
 * The bundled archive with a folder nested so deep that its path is longer than PATH_MAX: it cannot be
 * listed, even by root (for whom no permission bit would do). Made one short relative step at a time.
 */
function archiveWithDeepFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'summit-unreadable-'));
  roots.push(root);
  const corpus = join(root, 'corpus');
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  const name = 'd'.repeat(200);
  const made = spawnSync('bash', [
    '-c',
    `cd "$1" && for i in $(seq 25); do mkdir ${name} && cd ${name} || exit 1; done && echo x > a.md`,
    '_',
    corpus,
  ]);
  expect(made.status).toBe(0);
  return corpus;
}

type Problem = { file: string; problem: string; kept: boolean };
const folderProblems = (out: string) => (JSON.parse(out) as { problems: Problem[] }).problems.filter((p) => p.file.endsWith('/'));

afterAll(() => {
  // rm walks a tree deeper than PATH_MAX; Node's recursive rmSync cannot.
  for (const root of roots) spawnSync('rm', ['-rf', root]);
});

describe('a folder of the archive that cannot be read', () => {
  it('is left out of the build, said once in its report, and answers are given as before', async () => {
    const corpus = archiveWithDeepFolder();
    const index = join(corpus, '..', 'index');
    const built = await cli('index', '--corpus', corpus, '--out', index, '--json');
    expect(built.code).toBe(0);
    expect(JSON.parse(built.out)).toMatchObject({ files: 5, articles: 5 });
    const [problem, ...more] = folderProblems(built.out);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ file: expect.stringMatching(/^(d{200}\/)+$/), kept: false });
    expect(problem!.problem).toBe('a folder that cannot be read (ENAMETOOLONG): its files are left out');

    // The checks against the archive list it the same way: the index is not stale, and nothing stops.
    await expectAnswers(index);
  });

  it('is still said, once, after an update', async () => {
    const corpus = archiveWithDeepFolder();
    const index = join(corpus, '..', 'index');
    expect((await cli('index', '--corpus', corpus, '--out', index, '--quiet')).code).toBe(0);
    writeFileSync(join(corpus, '005_new.txt'), 'date 2023-03-21 Talks\n\nXi Jinping and Vladimir Putin held talks in the Kremlin.\n');
    const updated = await cli('index', '--corpus', corpus, '--out', index, '--update', '--json');
    expect(updated.code).toBe(0);
    expect(JSON.parse(updated.out)).toMatchObject({ files: 6, updated: { added: ['005_new'] } });
    expect(folderProblems(updated.out)).toHaveLength(1);
  });

  it('stops the listing when it is the archive folder itself', () => {
    const gone = join(tmpdir(), 'summit-unreadable-no-such-folder');
    expect(() => walkArchive(gone, () => undefined)).toThrow(/ENOENT/);
    const left: string[] = [];
    walkArchive(ROOT, () => undefined, {
      entries: (path, prefix) => {
        if (prefix === 'b/') throw new Error('EACCES: permission denied');
        return prefix === '' ? ['a/', 'b/', 'c.md'] : [];
      },
      leftOut: (prefix) => left.push(prefix),
    });
    expect(left).toEqual(['b/']);
  });
});

/** The bundled archive indexed, then its folder replaced by a file: there, but not a folder anyone can list. */
function archiveNoLongerAFolder({ large }: { large: boolean }): { corpus: string; index: string } {
  const root = mkdtempSync(join(tmpdir(), 'summit-unlistable-'));
  roots.push(root);
  const corpus = join(root, 'corpus');
  const index = join(root, 'index');
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  // A file the build skips, which makes the archive too large to hash at every start.
  if (large) writeFileSync(join(corpus, 'zz-scans.txt'), Buffer.alloc(FULL_CHECK_BYTES + 1));
  buildIndex(corpus, index);
  renameSync(corpus, `${corpus}.moved`);
  writeFileSync(corpus, 'not a folder\n');
  return { corpus, index };
}

describe('an archive folder that cannot be listed', () => {
  it.each([
    ['small (hashed at every start)', false],
    ['large (names listed)', true],
  ])('leaves a %s archive unchecked: commands answer from the index', async (_, large) => {
    const { index } = archiveNoLongerAFolder({ large });
    await expectAnswers(index);
  });

  it("is said once in the bot's log, which checks a large archive in the background", async () => {
    const { corpus, index } = archiveNoLongerAFolder({ large: true });
    const logs: Array<Record<string, unknown>> = [];
    const logger = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
    const archive = openArchive(index);
    try {
      watchArchive(archive, logger);
      await archive.searchable;
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      archive.close();
    }
    const said = logs.filter((l) => (l.level as number) >= 40).map((l) => [l.msg, l.corpus]);
    expect(said).toEqual([['the archive folder cannot be read: the index is not checked against it', corpus]]);
  });
});
