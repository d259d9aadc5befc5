/**
 * The worker thread a one-shot command lists a large archive's names in (names-check.ts), run from
 * its bundle as the CLI runs it: it says what the same listing in this thread says.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listedNames, namesHash, type NamesResult, type NamesTask } from '../../src/search/names-hash';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBundle } = require('../../scripts/bundle') as { ensureBundle: (name: string, o: object) => Promise<string> };

function inWorker(task: NamesTask): Promise<NamesResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(ROOT, '.build', 'names-worker.js'));
    worker.once('message', (r: NamesResult) => {
      resolve(r);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(task);
  });
}

describe('the names worker', () => {
  beforeAll(async () => {
    await ensureBundle('cli', { sourceMaps: false });
  }, 60_000);

  it('finds the names the manifest expects, and lists them when one was added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-names-worker-'));
    for (const f of ['kremlin/2019-06-05-60672.md', 'kremlin/2019-06-05-60673.md', 'whitehouse/2023/briefing.md']) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), 'x');
    }
    const expected = {
      count: 3,
      names: namesHash(['kremlin/2019-06-05-60672.md', 'kremlin/2019-06-05-60673.md', 'whitehouse/2023/briefing.md']),
    };
    expect(await inWorker({ corpusDir: dir, expected })).toEqual({ found: true, same: true });
    writeFileSync(join(dir, 'kremlin', '2019-06-06-60680.md'), 'x');
    const changed = await inWorker({ corpusDir: dir, expected });
    expect(changed).toEqual(listedNames({ corpusDir: dir, expected }));
    expect(changed).toMatchObject({ same: false, listed: expect.arrayContaining(['kremlin/2019-06-06-60680.md']) });
  });
});
