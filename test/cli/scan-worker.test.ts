/**
 * The worker thread that takes its share of an update's file stats (archive-scan.ts), run from its bundle
 * as the CLI runs it: it gives what the same scan in this thread gives.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listArchiveFiles } from '../../src/corpus/list-archive';
import { postedScanTask, startArchiveScan, statTask } from '../../src/search/archive-scan';
import { takeStats, type FileStats } from '../../src/search/stat-files';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBundle } = require('../../scripts/bundle') as { ensureBundle: (name: string, o: object) => Promise<string> };

/** The stats of `corpusDir`'s files as archive-scan.ts takes them, this thread taking its share or (`share` false) none. */
function inWorker(corpusDir: string, share: boolean): Promise<FileStats> {
  const files = listArchiveFiles(corpusDir);
  const task = statTask(files);
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(ROOT, '.build', 'scan-worker.js'));
    worker.once('message', (m: unknown) => {
      expect(m).toBe('scanned');
      resolve({ files: files.map((f) => f.file), sizes: [...task.sizes], mtimes: [...task.mtimes] });
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(postedScanTask(task));
    if (share) takeStats(task.paths, task, task.next);
  });
}

describe('the scan worker', () => {
  beforeAll(async () => {
    await ensureBundle('cli', { sourceMaps: false });
  }, 60_000);

  it("takes each article file's size and modification time, as a scan in this thread does, whichever thread took them", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-scan-worker-'));
    const files = ['kremlin/2019-06-05-60672.md', 'kremlin/Пресс-релиз.md', 'whitehouse/2023/briefing.txt', 'notes.pdf'];
    files.forEach((f, i) => {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), 'x'.repeat(i + 1));
    });
    // Under jest the scan runs in this thread.
    const inThread = (await startArchiveScan(dir).finished()).stats;
    for (const share of [false, true]) {
      const scanned = await inWorker(dir, share);
      expect(scanned.files).toEqual(['kremlin/2019-06-05-60672.md', 'kremlin/Пресс-релиз.md', 'whitehouse/2023/briefing.txt']);
      expect(scanned.sizes).toEqual([1, 2, 3]);
      expect(scanned).toEqual({ files: inThread.files, sizes: Array.from(inThread.sizes), mtimes: Array.from(inThread.mtimes) });
    }
  });

  it('is what an update from the bundle starts from: the added article is found and indexed', () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-scan-update-'));
    const corpus = join(root, 'corpus');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
    // Run as a user runs it: not under jest, where no worker thread is started.
    const { JEST_WORKER_ID: _jest, ...env } = process.env;
    const index = () =>
      spawnSync(
        process.execPath,
        [join(ROOT, '.build', 'cli.js'), 'index', '--corpus', corpus, '--out', join(root, 'index'), '--update', '--json'],
        {
          cwd: root,
          encoding: 'utf8',
          env,
        },
      );
    expect(index().status).toBe(0);
    writeFileSync(
      join(corpus, '005_new.txt'),
      'date 2023-03-21 Xi and Putin hold talks in Moscow\n\nXi Jinping and Vladimir Putin held talks in the Kremlin.\n',
    );
    const updated = index();
    expect([updated.status, updated.stderr]).toEqual([0, '']);
    expect(JSON.parse(updated.stdout)).toMatchObject({ files: 6, articles: 6, updated: { added: ['005_new'], changed: [] } });
  }, 60_000);
});
