import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { currentGeneration } from '../../src/search/index-generation';
import { captureIo } from '../support/capture-io';

const ROOT = join(__dirname, '..', '..');
const NEW_ARTICLE =
  'date 2023-03-21 Xi and Putin hold talks in Moscow\n\nXi Jinping and Vladimir Putin held talks in the Kremlin on Tuesday.\n';

async function index(...args: string[]): Promise<{ code: number; out: string }> {
  const io = captureIo();
  const code = await runCli(['index', ...args], io);
  return { code, out: io.out() };
}

describe('index after a change: an update', () => {
  it('prints only the articles it added or changed; --report FILE still writes every article’s part', async () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-index-command-'));
    const corpus = join(root, 'corpus');
    const out = join(root, 'index');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
    expect((await index('--corpus', corpus, '--out', out, '--quiet')).code).toBe(0);

    writeFileSync(join(corpus, '005_new.txt'), NEW_ARTICLE);
    const updated = await index('--corpus', corpus, '--out', out, '--update');
    expect(updated.code).toBe(0);
    const articles = updated.out.slice(updated.out.indexOf('Articles added or changed'));
    expect(articles).toMatch(/^Articles added or changed.*\n {2}005_new {2}"Xi and Putin hold talks in Moscow"/);
    expect(articles).not.toMatch(/000_0f78933e213938ff {2}"/);
    expect(updated.out).toMatch(/Updated in .* 1 article\(s\) added, 0 changed/);

    const file = join(root, 'report.json');
    const unchanged = await index('--corpus', corpus, '--out', out, '--update', '--json', '--report', file);
    expect(JSON.parse(unchanged.out)).toMatchObject({ articles: 6, updated: { added: [], changed: [], reindexedShards: [] } });
    const report = JSON.parse(readFileSync(file, 'utf8')) as { perArticle: Array<{ id: string }>; articles: number };
    expect(report.perArticle.map((a) => a.id)).toEqual([
      '000_0f78933e213938ff',
      '001_2a8c10d118161e22',
      '002_cff825e3b96a151e',
      '003_b7d4a532b33766fb',
      '004_db6102cc610135d6',
      '005_new',
    ]);
  });

  it('leaves the index as it is when nothing changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-index-command-'));
    const corpus = join(root, 'corpus');
    const out = join(root, 'index');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
    await index('--corpus', corpus, '--out', out, '--quiet');
    const built = currentGeneration(out);
    const again = await index('--corpus', corpus, '--out', out, '--update', '--json');
    expect(JSON.parse(again.out)).toMatchObject({ articles: 5, paragraphs: 59, updated: { added: [], changed: [] } });
    expect(currentGeneration(out)).toEqual(built);
  });
});
