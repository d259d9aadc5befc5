import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { askQuestion } from '../../src/answers/ask-question';
import { openArchive } from '../../src/search/archive';
import { BuildError, buildIndex } from '../../src/search/build-index';
import { buildSmallArchive, writeArchive } from '../support/small-archive';

const GOOD = 'date 2022-06-17 Xi and Putin speak by phone\n\nChinese President Xi Jinping spoke with Vladimir Putin by phone on Wednesday.';

describe('reading an archive', () => {
  it('reads both formats recursively; the article id is the file name without its extension', () => {
    const { archive } = buildSmallArchive({
      'a.txt': GOOD,
      'deep/er/b.md':
        '---\ndate: 2023-03-21\ntitle: Talks in Moscow\n---\n\nXi Jinping and Vladimir Putin held talks in the Kremlin on Tuesday.',
    });
    expect(archive.articles.map((a) => [a.id, a.file])).toEqual([
      ['a', 'a.txt'],
      ['b', 'deep/er/b.md'],
    ]);
  });

  it('names the site of an article’s web address as its source when the front matter has no source', () => {
    const { archive } = buildSmallArchive({
      'site.md':
        '---\ndate: 2023-03-21\ntitle: Briefing\nsource_url: https://www.example.gov/briefing-room/2023/03/21/briefing/\n---\n\nXi Jinping and Vladimir Putin met in Moscow today.',
      'named.md':
        '---\ndate: 2023-03-21\ntitle: Talks\nsource: Wire\nurl: https://example.org/x\n---\n\nXi Jinping and Vladimir Putin held talks.',
      'none.md': '---\ndate: 2023-03-21\ntitle: Note\n---\n\nXi Jinping and Vladimir Putin held talks.',
    });
    expect(Object.fromEntries(archive.articles.map((a) => [a.id, a.source]))).toEqual({ site: 'example.gov', named: 'Wire', none: null });
  });

  it('reports each broken input with its file and builds the rest', () => {
    const corpus = writeArchive({
      'a.txt': GOOD,
      'dup/a.md': '---\ntitle: Same id\n---\n\nText.',
      'empty.txt': '',
      'bad-date.txt': 'date 2022-13-45 Some headline here\n\nXi Jinping and Vladimir Putin held talks.',
      'bad-yaml.md': '---\ntitle: [unclosed\ndate: 2020-01-01\n---\n\nXi Jinping met Vladimir Putin.',
      'locked.txt': 'text',
    });
    chmodSync(join(corpus, 'locked.txt'), 0o000);
    const report = buildIndex(corpus, join(corpus, '..', 'index'));
    const byFile = Object.fromEntries(report.problems.map((p) => [p.file, p.problem]));
    expect(byFile['dup/a.md']).toMatch(/duplicate article id "a".*a\.txt/);
    expect(byFile['empty.txt']).toMatch(/empty/);
    expect(byFile['bad-date.txt']).toMatch(/malformed date "2022-13-45"/);
    expect(byFile['bad-yaml.md']).toMatch(/malformed front matter/);
    if (process.getuid?.() !== 0) expect(byFile['locked.txt']).toMatch(/cannot be read|permission/);
    expect(report.articles).toBe(process.getuid?.() === 0 ? 4 : 3);
    expect(report.perArticle.find((a) => a.id === 'bad-date')?.published).toBeNull();
  });

  it('says to rename a file whose name is not UTF-8, and builds the rest', () => {
    const corpus = writeArchive({ 'a.txt': GOOD });
    // "café.txt" as an old Latin-1 archive names it: é is the one byte 0xE9.
    writeFileSync(Buffer.concat([Buffer.from(`${corpus}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), GOOD);
    const report = buildIndex(corpus, join(corpus, '..', 'index'));
    expect(report.problems).toEqual([
      {
        file: 'caf\uFFFD.txt',
        problem: 'its name is not UTF-8 (shown with �), so it cannot be opened: rename it to index it; skipped',
        kept: false,
      },
    ]);
    expect(report.articles).toBe(1);
  });

  it('reads a Windows "Unicode" export, a file with a UTF-8 byte-order mark and an older Windows-1252 file as the text they hold', () => {
    const corpus = writeArchive({});
    const call = 'date 2022-06-15 A phone call\n\nXi Jinping said: “We will deepen our cooperation,” in the café.';
    writeFileSync(join(corpus, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(call, 'utf16le')]));
    writeFileSync(join(corpus, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(call, 'utf16le').swap16()]));
    writeFileSync(
      join(corpus, 'bom.md'),
      `\ufeff---\ntitle: Talks in Moscow\ndate: 2023-03-21\n---\n\nXi Jinping and Vladimir Putin held talks.`,
    );
    // “ ” and é as Windows-1252 writes them: one byte each, none of them UTF-8.
    writeFileSync(join(corpus, 'cp1252.txt'), Buffer.from(call.replace('“', '\x93').replace('”', '\x94'), 'latin1'));
    const report = buildIndex(corpus, join(corpus, '..', 'index'));
    expect(report.problems).toEqual([]);
    const archive = openArchive(join(corpus, '..', 'index'));
    try {
      const byId = Object.fromEntries(archive.articles.map((a) => [a.id, a]));
      expect(byId.bom).toMatchObject({ title: 'Talks in Moscow', published: '2023-03-21' });
      for (const id of ['utf16', 'utf16be', 'cp1252']) expect(byId[id]).toMatchObject({ title: 'A phone call', published: '2022-06-15' });
      const found = askQuestion(archive, 'deepen cooperation café', { limit: 10 }).results;
      expect(found.map((r) => [r.articleId, r.text]).sort()).toEqual(
        ['cp1252', 'utf16', 'utf16be'].map((id) => [id, 'Xi Jinping said: “We will deepen our cooperation,” in the café.']),
      );
    } finally {
      archive.close();
    }
  });

  it('dates an article by its front matter as scraped archives write the date, and says which dates it cannot read', () => {
    const written: Record<string, string> = {
      iso: '2022-06-15',
      'iso-time': '2022-06-15T10:30:00+03:00',
      slashes: '2022/06/15',
      'month-first': 'June 15, 2022',
      abbreviated: 'Jun. 15 2022',
      'day-first': '15th June 2022',
      rss: 'Wed, 15 Jun 2022 23:30:00 +0000',
      ambiguous: '06/15/2022',
      'no-such-day': 'June 31, 2022',
    };
    const { report } = buildSmallArchive({
      ...Object.fromEntries(
        Object.entries(written).map(([id, date]) => [
          `${id}.md`,
          `---\ntitle: A call\ndate: "${date}"\n---\n\nXi Jinping and Vladimir Putin spoke by phone.`,
        ]),
      ),
      // A feed's name for the field.
      'feed.md': '---\ntitle: A call\npubDate: Wed, 15 Jun 2022 10:30:00 GMT\n---\n\nXi Jinping and Vladimir Putin spoke by phone.',
    });
    expect(Object.fromEntries(report.perArticle.map((a) => [a.id, a.published]))).toEqual({
      iso: '2022-06-15',
      'iso-time': '2022-06-15',
      slashes: '2022-06-15',
      'month-first': '2022-06-15',
      abbreviated: '2022-06-15',
      'day-first': '2022-06-15',
      rss: '2022-06-15',
      ambiguous: null,
      'no-such-day': null,
      feed: '2022-06-15',
    });
    expect(report.problems.map((p) => [p.file, p.problem])).toEqual([
      ['ambiguous.md', 'malformed date "06/15/2022" in the front matter (write it as YYYY-MM-DD); read as undated'],
      ['no-such-day.md', 'malformed date "June 31, 2022" in the front matter (write it as YYYY-MM-DD); read as undated'],
    ]);
  });

  it("reads Hugo's TOML front matter, its date as written whatever its offset", () => {
    const { report } = buildSmallArchive({
      'talks.md':
        '+++\ntitle = "Talks in Moscow"\ndate = 2023-03-21T01:00:00+03:00\nsource = "Wire"\n+++\n\nXi Jinping and Vladimir Putin held talks in the Kremlin.',
      'open.md': '+++\ntitle = "Unclosed"\n\nXi Jinping and Vladimir Putin spoke by phone.',
    });
    expect(report.perArticle.find((a) => a.id === 'talks')).toMatchObject({ title: 'Talks in Moscow', published: '2023-03-21' });
    expect(report.problems).toEqual([{ file: 'open.md', problem: 'front matter is not closed with +++; read without it', kept: true }]);
  });

  it('names a page bundle (posts/talks-in-moscow/index.md, as site generators keep a page) for its folder', () => {
    const page = (title: string) =>
      `---\ntitle: ${title}\ndate: 2023-03-21\n---\n\nXi Jinping and Vladimir Putin held talks in the Kremlin.`;
    const { report } = buildSmallArchive({
      'posts/talks-in-moscow/index.md': page('Talks in Moscow'),
      'posts/state-dinner/index.md': page('State dinner'),
      'posts/_index.md': page('Posts'),
      'index.md': page('Home'),
    });
    expect(report.problems).toEqual([]);
    expect(report.perArticle.map((a) => [a.id, a.file]).sort()).toEqual([
      ['index', 'index.md'],
      ['posts', 'posts/_index.md'],
      ['state-dinner', 'posts/state-dinner/index.md'],
      ['talks-in-moscow', 'posts/talks-in-moscow/index.md'],
    ]);
  });

  it('fails with a message that says so when nothing is readable', () => {
    const corpus = writeArchive({ 'empty.txt': '', 'notes.pdf': 'x' });
    expect(() => buildIndex(corpus, join(corpus, '..', 'index'))).toThrow(BuildError);
    expect(() => buildIndex(corpus, join(corpus, '..', 'index'))).toThrow(/Nothing to index in .*empty\.txt: empty file/);
    const none = writeArchive({ 'readme.pdf': 'x' });
    expect(() => buildIndex(none, join(none, '..', 'index'))).toThrow(
      /holds no \.txt or \.md files \(it holds 1 \.pdf file: convert them to text or Markdown\)\./,
    );
    const pages = writeArchive({ 'a.html': '<p>x</p>', 'b/c.HTML': '<p>x</p>', 'd.pdf': 'x', notes: 'x' });
    expect(() => buildIndex(pages, join(pages, '..', 'index'))).toThrow(
      /holds no \.txt or \.md files \(it holds 2 \.html files, 1 \(no extension\) file, 1 \.pdf file: convert them to text or Markdown\)\./,
    );
    // The failed build leaves no index folder behind for the next command to mistake for an index.
    expect(existsSync(join(none, '..', 'index'))).toBe(false);
  });
});
