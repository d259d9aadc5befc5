/**
 * A one-shot command over an archive too large to hash at every start: it compares the names a
 * directory listing gives with the build's (src/search/names-check.ts), and an answer is shown only once
 * the files it cites are checked against the build (src/search/freshness.ts).
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { buildIndex } from '../../src/search/build-index';
import { FULL_CHECK_BYTES } from '../../src/search/freshness';
import { captureIo } from '../support/capture-io';

const ROOT = join(__dirname, '..', '..');
// The module object itself, which the sources call through: a spy on it sees their calls.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('node:fs') as typeof import('node:fs');

/** The bundled archive and a file of scans the build skips (binary), which makes the archive large. */
function largeArchive(): { corpus: string; index: string } {
  const root = mkdtempSync(join(tmpdir(), 'summit-large-'));
  const corpus = join(root, 'corpus');
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  writeFileSync(join(corpus, 'zz-scans.txt'), Buffer.alloc(FULL_CHECK_BYTES + 1));
  const index = join(root, 'index');
  buildIndex(corpus, index);
  return { corpus, index };
}

async function ask(index: string, question: string): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runCli(['ask', question, '--json', '--index', index], io);
  return { code, out: io.out(), err: io.err() };
}

describe('a command over a large archive', () => {
  it('answers reading no archive file but those it cites, and stat-ing none (a folder, for its names, at most)', async () => {
    const { corpus, index } = largeArchive();
    const touched: string[] = [];
    const spies = (['statSync', 'lstatSync', 'readFileSync', 'openSync'] as const).map((name) => {
      const real = fs[name] as (...args: unknown[]) => unknown;
      return jest.spyOn(fs, name).mockImplementation(((path: unknown, ...rest: unknown[]) => {
        if (String(path).startsWith(corpus)) touched.push(`${name} ${String(path).slice(corpus.length + 1)}`);
        return real(path, ...rest);
      }) as never);
    });
    let answered: Awaited<ReturnType<typeof ask>>;
    try {
      answered = await ask(index, 'legally binding guarantees');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(answered.code).toBe(0);
    const cited = (JSON.parse(answered.out) as { results: Array<{ articleId: string }> }).results.map((r) => `${r.articleId}.txt`);
    expect(cited).toContain('003_b7d4a532b33766fb.txt');
    const statted = touched.filter((t) => t.startsWith('stat') || t.startsWith('lstat')).map((t) => t.slice(t.indexOf(' ') + 1));
    expect(statted.filter((path) => !fs.statSync(join(corpus, path)).isDirectory())).toEqual([]);
    const files = touched.filter((t) => !t.startsWith('stat') && !t.startsWith('lstat')).map((t) => t.split(' ')[1]);
    expect(new Set(files)).toEqual(new Set(cited));
  });

  it('refuses an answer citing a file edited since the build, naming the file and the rebuild', async () => {
    const { corpus, index } = largeArchive();
    appendFileSync(join(corpus, '003_b7d4a532b33766fb.txt'), '\n\nA late correction.');
    const refused = await ask(index, 'legally binding guarantees');
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(
      /^summit: The index in .*\/ is stale: the archive in .*corpus\/ changed since it was built \(changed 003_b7d4a532b33766fb\.txt\)\. Rebuild it: npm run -s cli -- index --corpus .*corpus --out .*index\n$/,
    );
  });

  it('refuses every command once a file is added, removed or renamed', async () => {
    const { corpus, index } = largeArchive();
    writeFileSync(join(corpus, 'new.txt'), 'date 2023-01-01 New piece\n\nText.');
    rmSync(join(corpus, '000_0f78933e213938ff.txt'));
    const io = captureIo();
    expect(await runCli(['events', '--index', index], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/stale: .*changed since it was built \(added new\.txt, removed 000_0f78933e213938ff\.txt\)\. Rebuild it/);
  });
});
