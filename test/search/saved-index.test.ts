import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askQuestion } from '../../src/answers';
import { ArchiveError, openArchive } from '../../src/search/archive';
import { buildIndex } from '../../src/search/build-index';
import { fingerprintOf, hashFiles } from '../../src/search/fingerprint';

const ROOT = join(__dirname, '..', '..');
const tmp = () => mkdtempSync(join(tmpdir(), 'summit-index-'));

/** The index's files. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out[`${prefix}${e.name}`] = readFileSync(join(d, e.name)).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

describe('the saved index', () => {
  it('is committed, built from corpus/ as it is now (the suite catches a stale index/)', () => {
    const generation = readFileSync(join(ROOT, 'index', 'CURRENT'), 'utf8').trim();
    const manifest = JSON.parse(readFileSync(join(ROOT, 'index', generation, 'manifest.json'), 'utf8')) as {
      corpusFingerprint: string;
      corpus: string;
    };
    expect(manifest.corpus).toBe('corpus');
    expect(manifest.corpusFingerprint).toBe(fingerprintOf(hashFiles(join(ROOT, 'corpus'))));
    expect(() => openArchive(join(ROOT, 'index'))).not.toThrow();
  });

  it('is deterministic: the same archive gives byte-identical files, and the committed ones', () => {
    const root = tmp();
    cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
    buildIndex(join(root, 'corpus'), join(root, 'a'));
    buildIndex(join(root, 'corpus'), join(root, 'b'));
    const a = filesOf(join(root, 'a'));
    expect(filesOf(join(root, 'b'))).toEqual(a);
    // The committed index is what `npm run -s cli -- index` builds from the project root, wherever it writes.
    process.chdir(ROOT);
    buildIndex('corpus', join(root, 'fresh'));
    const fresh = filesOf(join(root, 'fresh'));
    const committed = filesOf(join(ROOT, 'index'));
    expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort());
    for (const name of Object.keys(fresh)) expect([name, committed[name]]).toEqual([name, fresh[name]]);
  });

  it('is refused when the archive changed since the build, with a message naming the change and how to rebuild', () => {
    const root = tmp();
    cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
    buildIndex(join(root, 'corpus'), join(root, 'index'));
    appendFileSync(join(root, 'corpus', '001_2a8c10d118161e22.txt'), '\n\nA late correction.');
    writeFileSync(join(root, 'corpus', 'new.txt'), 'date 2023-01-01 New piece\n\nText.');
    const error = (() => {
      try {
        openArchive(join(root, 'index'));
      } catch (e) {
        return e as ArchiveError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ArchiveError);
    expect(error?.code).toBe('stale');
    expect(error?.message).toMatch(
      /stale.*added new\.txt, changed 001_2a8c10d118161e22\.txt.*Rebuild it: npm run -s cli -- index --corpus .* --out /,
    );
  });

  it('says how to build it when it is missing', () => {
    const root = tmp();
    expect(() => openArchive(join(root, 'nothing'))).toThrow(
      /No index in .*nothing\/\. Build it from the archive: npm run -s cli -- index/,
    );
  });

  it('splits paragraphs into shards that answer as one index does', () => {
    const root = tmp();
    cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
    const report = buildIndex(join(root, 'corpus'), join(root, 'sharded'), { shardSize: 7 });
    expect(report.shards).toBe(Math.ceil(report.paragraphs / 7));
    const sharded = openArchive(join(root, 'sharded'));
    const whole = openArchive(join(ROOT, 'index'));
    for (const q of ['stabilizing factor', 'legally binding guarantees', 'Zhejiang drills']) {
      const top = (a: typeof whole) => askQuestion(a, q, { limit: 1 }).results[0];
      expect([q, top(sharded)?.articleId, top(sharded)?.paragraph]).toEqual([q, top(whole)?.articleId, top(whole)?.paragraph]);
    }
  });
});
