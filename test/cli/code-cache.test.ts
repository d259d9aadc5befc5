/**
 * The CLI bundle runs from V8's code cache (scripts/code-cache.js): the first run leaves the cache
 * beside the bundle, later runs start from it, and a cache that does not fit is replaced. Whichever
 * way the code was compiled, the command prints the same answer. Run on a copy of the bundle, so the
 * project's own .build/ is left alone.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../src/search/build-index';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBundle } = require('../../scripts/bundle') as { ensureBundle: (name: string, o: object) => Promise<string> };

describe('the CLI bundle', () => {
  let dir: string;
  const cacheFiles = () => readdirSync(dir).filter((f) => f.endsWith('.cache'));
  const ask = () =>
    spawnSync(process.execPath, [join(dir, 'cli.js'), 'ask', 'legally binding guarantees', '--json', '--index', join(dir, 'index')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    });

  beforeAll(async () => {
    await ensureBundle('cli', { sourceMaps: false });
    dir = mkdtempSync(join(tmpdir(), 'summit-bundle-'));
    for (const file of ['cli.js', 'cli.code.js']) copyFileSync(join(ROOT, '.build', file), join(dir, file));
    buildIndex(join(ROOT, 'corpus'), join(dir, 'index'));
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves its code cache beside it, starts from it, and replaces one that does not fit: the answer is the same', () => {
    const first = ask();
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ results: [{ articleId: '003_b7d4a532b33766fb' }] });
    const [cache] = cacheFiles();
    expect(cacheFiles()).toEqual([expect.stringMatching(/^cli\.code\.[0-9a-f]{16}\.cache$/)]);
    const path = join(dir, cache!);
    const written = statSync(path).mtimeMs;

    const second = ask();
    expect([second.status, second.stdout, second.stderr]).toEqual([0, first.stdout, '']);
    expect(statSync(path).mtimeMs).toBe(written); // taken, not written again

    writeFileSync(path, 'not a code cache');
    const third = ask();
    expect([third.status, third.stdout, third.stderr]).toEqual([0, first.stdout, '']);
    expect(readFileSync(path).length).toBeGreaterThan(1000);
  }, 60_000);

  it('keeps apart the cache of `index`, made under other V8 flags: neither replaces the other', () => {
    expect(ask().status).toBe(0);
    const [askCache] = cacheFiles();
    const written = statSync(join(dir, askCache!)).mtimeMs;
    const index = () =>
      spawnSync(
        process.execPath,
        [join(dir, 'cli.js'), 'index', '--corpus', join(ROOT, 'corpus'), '--out', join(dir, 'index'), '--quiet'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
        },
      );
    expect(index().status).toBe(0);
    expect(cacheFiles().sort()).toEqual([askCache, askCache!.replace(/\.cache$/, '.index.cache')]);
    const indexCache = join(dir, askCache!.replace(/\.cache$/, '.index.cache'));
    const indexWritten = statSync(indexCache).mtimeMs;
    expect(index().status).toBe(0);
    expect(ask().status).toBe(0);
    expect([statSync(join(dir, askCache!)).mtimeMs, statSync(indexCache).mtimeMs]).toEqual([written, indexWritten]);
  }, 60_000);

  it('reads the .env of the folder it runs in, and runs without one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'summit-dotenv-'));
    const { INDEX_DIR: _set, ...withoutIndexDir } = process.env; // dotenv never overrides a variable already set
    const run = () =>
      spawnSync(process.execPath, [join(dir, 'cli.js'), 'events', '--json'], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...withoutIndexDir, NODE_PATH: join(ROOT, 'node_modules') },
      });
    const without = run();
    expect([without.status, without.stderr]).toEqual([1, expect.stringMatching(/^summit: No index in index\/\./)]);
    writeFileSync(join(folder, '.env'), `INDEX_DIR=${join(dir, 'index')}\n`);
    const withEnv = run();
    expect(withEnv.status).toBe(0);
    expect(JSON.parse(withEnv.stdout)).toMatchObject({ events: expect.arrayContaining([expect.objectContaining({ date: '2022-06-15' })]) });
    rmSync(folder, { recursive: true, force: true });
  });
});
