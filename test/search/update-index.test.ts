import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { askQuestion } from '../../src/answers';
import { openArchive } from '../../src/search/archive';
import { buildIndex } from '../../src/search/build-index';
import { updateIndex } from '../../src/search/update-index';
import { saveFileStats } from '../../src/search/file-stats';
import { statFiles } from '../../src/search/stat-files';
import { currentGeneration, openGeneration } from '../../src/search/index-generation';
import { readBuildReport } from '../../src/search/index-metadata';
import { listArchiveFiles } from '../../src/corpus/read-archive';

const ROOT = join(__dirname, '..', '..');
const NEW_ARTICLE =
  'date 2023-03-21 Xi and Putin hold talks in Moscow\n\nXi Jinping and Vladimir Putin held talks in the Kremlin on Tuesday, signing a statement on a new era.\n\nThe leaders discussed the Power of Siberia 2 pipeline.\n';

function builtCopy(): { corpus: string; index: string } {
  const root = mkdtempSync(join(tmpdir(), 'summit-update-'));
  cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
  buildIndex(join(root, 'corpus'), join(root, 'index'), { shardSize: 20 });
  return { corpus: join(root, 'corpus'), index: join(root, 'index') };
}

describe('updating a built index', () => {
  it('indexes a new article and a changed one, re-dates the timeline, and leaves an index that is not stale', () => {
    const { corpus, index } = builtCopy();
    writeFileSync(join(corpus, '005_new.txt'), NEW_ARTICLE);
    appendFileSync(join(corpus, '003_b7d4a532b33766fb.txt'), '\n\nA correction about the Siberia pipeline was added later.\n');
    const updated = updateIndex(corpus, index, { anyShare: true });
    if (!updated.updated) throw new Error(updated.fullBuildBecause);
    expect(updated.summary).toEqual({
      added: ['005_new'],
      changed: ['003_b7d4a532b33766fb'],
      reindexedShards: expect.arrayContaining(['002']),
    });
    expect(updated.summary.reindexedShards.length).toBeLessThan(4);

    const archive = openArchive(index);
    expect(archive.events.map((e) => [e.date, e.articles.map((a) => a.articleId)])).toEqual([
      ['2021-12-15', ['003_b7d4a532b33766fb']],
      ['2022-06-15', ['001_2a8c10d118161e22', '000_0f78933e213938ff']],
      ['2022-12-30', ['002_cff825e3b96a151e', '004_db6102cc610135d6']],
      ['2023-03-21', ['005_new']],
    ]);
    const ids = askQuestion(archive, 'Siberia pipeline', { limit: 5 }).results.map((r) => `${r.articleId}#${r.paragraph}`);
    expect(ids).toEqual(expect.arrayContaining(['005_new#1', '003_b7d4a532b33766fb#8']));
    // Every paragraph is found once: nothing lost or doubled in the shards written again.
    expect(archive.manifest.paragraphs).toBe(59 + 1 + 2);
    expect(askQuestion(archive, 'legally binding guarantees').results[0]).toMatchObject({
      articleId: '003_b7d4a532b33766fb',
      paragraph: 1,
    });
  });

  it('takes the archive named another way (a relative path for an absolute one) for the same archive', () => {
    const { corpus, index } = builtCopy();
    writeFileSync(join(corpus, '005_new.txt'), NEW_ARTICLE);
    const cwd = process.cwd();
    process.chdir(dirname(corpus));
    try {
      expect(updateIndex('corpus', index, { anyShare: true })).toMatchObject({ updated: true, summary: { added: ['005_new'] } });
      const generation = openGeneration(index);
      expect(generation.manifest.corpus).toBe('corpus');
      generation.close();
    } finally {
      process.chdir(cwd);
    }
  });

  it('leaves a removed article, another archive or no index to a full build, saying why', () => {
    const { corpus, index } = builtCopy();
    rmSync(join(corpus, '004_db6102cc610135d6.txt'));
    expect(updateIndex(corpus, index, { anyShare: true })).toEqual({
      updated: false,
      fullBuildBecause: '1 file(s) were removed, such as 004_db6102cc610135d6.txt',
    });
    expect(updateIndex(corpus, join(index, 'none'))).toEqual({ updated: false, fullBuildBecause: 'there is no index yet' });
    expect(updateIndex(join(ROOT, 'corpus'), index)).toMatchObject({
      updated: false,
      fullBuildBecause: expect.stringMatching(/^the index was built from another archive/),
    });
  });
});

describe('an update reads only the files whose size or time changed', () => {
  /** Every file dated a minute back: older than the racy window, so its stats are kept. */
  function settled(corpus: string): void {
    const then = new Date(Date.now() - 60_000);
    for (const f of readdirSync(corpus)) utimesSync(join(corpus, f), then, then);
  }
  const saveStats = (corpus: string, index: string) =>
    saveFileStats(index, currentGeneration(index)!.name, statFiles(listArchiveFiles(corpus)), Date.now());

  it('trusts a file with the same size and time (so it never reads it), and reads one whose time changed', () => {
    const { corpus, index } = builtCopy();
    settled(corpus);
    saveStats(corpus, index);
    // Same size, same time, other bytes: only a read could see it, and the update must not read it.
    const quiet = join(corpus, '000_0f78933e213938ff.txt');
    const { atime, mtime } = statSync(quiet);
    writeFileSync(quiet, readFileSync(quiet, 'utf8').replace('Putin', 'PUTIN'));
    utimesSync(quiet, atime, mtime);
    // Touched, same bytes: read again, found unchanged.
    const touched = join(corpus, '001_2a8c10d118161e22.txt');
    utimesSync(touched, new Date(), new Date());
    const unchanged = updateIndex(corpus, index, { anyShare: true });
    if (!unchanged.updated) throw new Error(unchanged.fullBuildBecause);
    expect(unchanged.summary).toEqual({ added: [], changed: [], reindexedShards: [] });

    // Its time changed: read, hashed and indexed again.
    utimesSync(quiet, new Date(), new Date());
    const changed = updateIndex(corpus, index, { anyShare: true });
    if (!changed.updated) throw new Error(changed.fullBuildBecause);
    expect(changed.summary.changed).toEqual(['000_0f78933e213938ff']);
  });

  it('reads every file when the saved stats are another generation’s, or were taken within the racy window', () => {
    const { corpus, index } = builtCopy();
    settled(corpus);
    saveFileStats(index, 'g-0000000000000000', statFiles(listArchiveFiles(corpus)), Date.now());
    const quiet = join(corpus, '000_0f78933e213938ff.txt');
    const { atime, mtime } = statSync(quiet);
    writeFileSync(quiet, readFileSync(quiet, 'utf8').replace('Putin', 'PUTIN'));
    utimesSync(quiet, atime, mtime);
    const other = updateIndex(corpus, index, { anyShare: true });
    if (!other.updated) throw new Error(other.fullBuildBecause);
    expect(other.summary.changed).toEqual(['000_0f78933e213938ff']);

    // Stats of files modified just before they were taken are not kept: the next update reads them.
    const fresh = builtCopy();
    saveStats(fresh.corpus, fresh.index);
    const sneaky = join(fresh.corpus, '000_0f78933e213938ff.txt');
    const times = statSync(sneaky);
    writeFileSync(sneaky, readFileSync(sneaky, 'utf8').replace('Putin', 'PUTIN'));
    utimesSync(sneaky, times.atime, times.mtime);
    const racy = updateIndex(fresh.corpus, fresh.index, { anyShare: true });
    if (!racy.updated) throw new Error(racy.fullBuildBecause);
    expect(racy.summary.changed).toEqual(['000_0f78933e213938ff']);
  });
});

describe('an update writes what changed, and the index answers as after a build', () => {
  const change = (corpus: string) => {
    writeFileSync(join(corpus, '005_new.txt'), NEW_ARTICLE);
    appendFileSync(join(corpus, '003_b7d4a532b33766fb.txt'), '\n\nA correction about the Siberia pipeline was added later.\n');
  };
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

  it('adds a page bundle (posts/x/index.md) under its folder’s name, found by its id through the revised lookup', () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-update-bundles-'));
    const corpus = join(root, 'corpus');
    const page = (title: string, text: string) => `---\ntitle: ${title}\ndate: 2023-03-21\n---\n\n${text}`;
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
    mkdirSync(join(corpus, 'posts', 'state-dinner'), { recursive: true });
    writeFileSync(
      join(corpus, 'posts', 'state-dinner', 'index.md'),
      page('State dinner', 'Vladimir Putin hosted a dinner for Xi Jinping.'),
    );
    buildIndex(corpus, join(root, 'index'));
    mkdirSync(join(corpus, 'posts', 'talks-in-moscow'));
    writeFileSync(
      join(corpus, 'posts', 'talks-in-moscow', 'index.md'),
      page('Talks in Moscow', 'Xi Jinping and Vladimir Putin discussed grain corridors.'),
    );
    const updated = updateIndex(corpus, join(root, 'index'), { anyShare: true });
    if (!updated.updated) throw new Error(updated.fullBuildBecause);
    expect(updated.summary.added).toEqual(['talks-in-moscow']);
    const archive = openArchive(join(root, 'index'));
    try {
      const n = archive.articleNumber('talks-in-moscow')!;
      expect(archive.article(n)).toMatchObject({ id: 'talks-in-moscow', file: 'posts/talks-in-moscow/index.md' });
      expect(archive.article(archive.articleNumber('state-dinner')!)).toMatchObject({ file: 'posts/state-dinner/index.md' });
      expect(askQuestion(archive, 'grain corridors').results[0]?.articleId).toBe('talks-in-moscow');
    } finally {
      archive.close();
    }
  });

  it('writes no generation when nothing changed', () => {
    const { corpus, index } = builtCopy();
    const before = currentGeneration(index);
    const outcome = updateIndex(corpus, index, { anyShare: true });
    expect(outcome).toMatchObject({ updated: true, summary: { added: [], changed: [], reindexedShards: [] } });
    expect(outcome.updated && outcome.report).toMatchObject({ articles: 5, files: 5, paragraphs: 59, perArticle: [] });
    expect(currentGeneration(index)).toEqual(before);
  });

  it('reports the lines of the articles it read; the whole report kept in the index is a fresh build’s', () => {
    const { corpus, index } = builtCopy();
    change(corpus);
    const updated = updateIndex(corpus, index, { anyShare: true });
    if (!updated.updated) throw new Error(updated.fullBuildBecause);
    expect(updated.report.perArticle.map((a) => a.id)).toEqual(['003_b7d4a532b33766fb', '005_new']);

    const fresh = buildIndex(corpus, join(corpus, '..', 'fresh'), { shardSize: 20 });
    const kept = readBuildReport(index);
    expect(byId(kept.perArticle)).toEqual(byId(fresh.perArticle));
    const totals = ({ articles, dropped, joined, repaired, events, inferred }: typeof kept) => ({
      articles,
      dropped,
      joined,
      repaired,
      events,
      inferred,
    });
    expect(totals(kept)).toEqual(totals(fresh));
    expect(totals(updated.report)).toEqual(totals(fresh));
  });

  /** A built index large enough for the compact form; most of its articles say nothing of a summit. */
  function largeCopy(): { root: string; corpus: string } {
    const root = mkdtempSync(join(tmpdir(), 'summit-update-large-'));
    const corpus = join(root, 'corpus');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
    for (let i = 0; i < 1000; i += 1)
      writeFileSync(
        join(corpus, `filler-${String(i).padStart(4, '0')}.txt`),
        `Note ${i} on the harvest\n\nThe harvest of year ${i} was counted.\n`,
      );
    buildIndex(corpus, join(root, 'index'));
    return { root, corpus };
  }
  const savedText = (dir: string, file: string) => {
    const g = openGeneration(dir);
    try {
      return g.file(file).readAll().toString('utf8');
    } finally {
      g.close();
    }
  };

  it('adds a new summit article’s paragraphs and statements to the saved files as a fresh build writes them', () => {
    const { root, corpus } = largeCopy();
    writeFileSync(
      join(corpus, '005_new.txt'),
      `${NEW_ARTICLE}\nPresident Xi Jinping said: “We will build the Power of Siberia 2 pipeline together with our Russian friends.”\n`,
    );
    const updated = updateIndex(corpus, join(root, 'index'), { anyShare: true });
    if (!updated.updated) throw new Error(updated.fullBuildBecause);
    buildIndex(corpus, join(root, 'fresh'));
    for (const file of ['summit-paragraphs.json', 'statements.json'])
      expect(savedText(join(root, 'index'), file)).toBe(savedText(join(root, 'fresh'), file));
    expect(Object.keys(JSON.parse(savedText(join(root, 'index'), 'statements.json')) as object)).toContain('005_new');
  }, 60_000);

  it('keeps out of the saved summit files, as a fresh build does, an article that only places Putin at a summit', () => {
    const { root, corpus } = largeCopy();
    // Read by the timeline (Putin at the G20 that day) but reporting no contact with Xi.
    writeFileSync(
      join(corpus, '006_g20.txt'),
      'date 2016-09-04 Meeting with the Deputy Crown Prince of Saudi Arabia\n\nThe President met with the Deputy Crown Prince of Saudi Arabia on the sidelines of the G20 summit in Hangzhou.\n\nPresident of Russia Vladimir Putin: I am very glad to see you again.\n',
    );
    buildIndex(corpus, join(root, 'index'));
    writeFileSync(join(corpus, '005_new.txt'), NEW_ARTICLE);
    const updated = updateIndex(corpus, join(root, 'index'), { anyShare: true });
    if (!updated.updated) throw new Error(updated.fullBuildBecause);
    buildIndex(corpus, join(root, 'fresh'));
    for (const file of ['summit-paragraphs.json', 'statements.json'])
      expect(savedText(join(root, 'index'), file)).toBe(savedText(join(root, 'fresh'), file));
    expect(Object.keys(JSON.parse(savedText(join(root, 'index'), 'summit-paragraphs.json')) as object)).not.toContain('006_g20');
  }, 60_000);

  it('keeps every article’s entry as a fresh build does in a large index (articles.json written compact)', () => {
    const { root, corpus } = largeCopy();
    change(corpus);
    const updated = updateIndex(corpus, join(root, 'index'), { anyShare: true });
    if (!updated.updated) throw new Error(updated.fullBuildBecause);
    buildIndex(corpus, join(root, 'fresh'));
    const entries = (dir: string) => {
      const g = openGeneration(dir);
      try {
        const bytes = g.file('articles.json').readAll().toString('utf8');
        expect(bytes.startsWith('[{')).toBe(true);
        return JSON.parse(bytes) as Array<{ id: string }>;
      } finally {
        g.close();
      }
    };
    const after = entries(join(root, 'index'));
    expect(after.map((a) => a.id).slice(-1)).toEqual(['005_new']);
    expect(byId(after)).toEqual(byId(entries(join(root, 'fresh'))));
    const archive = openArchive(join(root, 'index'));
    expect(archive.articles.find((a) => a.id === '005_new')).toMatchObject({ eventDate: '2023-03-21' });
    expect(askQuestion(archive, 'Siberia pipeline', { limit: 5 }).results.map((r) => r.articleId)).toContain('005_new');
    archive.close();
  }, 60_000);
});
