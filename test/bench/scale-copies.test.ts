import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scalesOf } from '../../bench/bench-args';
import { copyArticleText, copyFileName, makeScaledArchive } from '../../bench/scale-copies';
import { growthExponent } from '../../bench/scale-table';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';
import { parseTextArticle } from '../../src/corpus/parse-text-article';
import { listArchiveFiles } from '../../src/corpus/read-archive';

const MD = [
  '---',
  'date: 2019-12-07',
  'title: "Greetings to Union State Sambo Cup guests"',
  'source: Kremlin',
  '---',
  '',
  'Vladimir Putin sent a message of greetings to the participants.',
  '',
  'THE PRESIDENT:  Good evening, everyone.  Good evening.  And thank you for',
  'taking the time out of your busy lives.',
  '',
  '   ',
  'Applause.',
  '',
].join('\n');

const TXT = 'date 2022-06-15 Xi and Putin talk by phone\n\nThe two leaders spoke on Wednesday.\n\nThey discussed trade.\n';

const blocksOf = (text: string) =>
  text
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
const wordsOf = (block: string) => block.split(/\s+/).filter(Boolean);

describe('the copies of npm run bench -- --scale N', () => {
  it('appends "(copy k)" to a Markdown title, inside its quotes', () => {
    const copy = copyArticleText(MD, 3, 'a/2019-12-07-62267.md');
    const { article } = parseMarkdownArticle(copy);
    expect(article.title).toBe('Greetings to Union State Sambo Cup guests (copy 3)');
    expect(copy).toContain('date: 2019-12-07\n');
    expect(copy).toContain('\nsource: Kremlin\n---\n');
    expect(copyArticleText("---\ntitle: 'It''s here'\n---\n\nOne two.\n", 2, 'k').split('\n')[1]).toBe("title: 'It''s here (copy 2)'");
    expect(copyArticleText('---\ntitle: Plain title\n---\n\nOne two.\n', 2, 'k').split('\n')[1]).toBe('title: Plain title (copy 2)');
    const folded = '---\ntitle: "Prices Fall as Workers See Relief in President\\\n  \\ Trump\\u2019s Economy"\ntags: x\n---\n\nOne two.\n';
    expect(parseMarkdownArticle(copyArticleText(folded, 2, 'k')).article.title).toBe(
      `${parseMarkdownArticle(folded).article.title} (copy 2)`,
    );
  });

  it('appends ", copy k" to the title of a plain-text article', () => {
    const copy = copyArticleText(TXT, 2, 'b.txt');
    const { article } = parseTextArticle(copy);
    expect(article.title).toBe('Xi and Putin talk by phone, copy 2');
    expect(article.published).toBe('2022-06-15');
    expect(blocksOf(copy)).toHaveLength(blocksOf(TXT).length);
  });

  it('adds exactly one word, from the same article, to each paragraph of two words or more', () => {
    const copy = copyArticleText(MD, 2, 'a/2019-12-07-62267.md');
    const body = (t: string) => t.slice(t.indexOf('---', 4) + 3);
    const before = blocksOf(body(MD));
    const after = blocksOf(body(copy));
    expect(after).toHaveLength(before.length);
    const vocabulary = new Set(wordsOf(body(MD)).map((w) => w.replace(/[^\p{L}'’-]/gu, '')));
    before.forEach((block, i) => {
      const was = wordsOf(block);
      const now = wordsOf(after[i]!);
      if (was.length < 2) return expect(now).toEqual(was);
      expect(now).toHaveLength(was.length + 1);
      // The new word stands before the last one: the first words and the final punctuation are kept.
      expect(now.slice(0, -2)).toEqual(was.slice(0, -1));
      expect(now[now.length - 1]).toBe(was[was.length - 1]);
      expect(vocabulary.has(now[now.length - 2]!)).toBe(true);
    });
  });

  it('is deterministic: the same copy, file and seed give the same text; others differ', () => {
    const key = 'a/2019-12-07-62267.md';
    expect(copyArticleText(MD, 2, key)).toBe(copyArticleText(MD, 2, key));
    const long = `${MD}\n${Array.from({ length: 40 }, (_, i) => `Paragraph ${i} has several different words inside it today.`).join('\n\n')}\n`;
    expect(copyArticleText(long, 2, key)).not.toBe(copyArticleText(long, 3, key).replace('(copy 3)', '(copy 2)'));
    expect(copyArticleText(long, 2, key, 1)).not.toBe(copyArticleText(long, 2, key, 2));
  });

  it('renames each copy to a new article id', () => {
    expect(copyFileName('x/2019-12-07-62267.md', 4)).toBe('x/2019-12-07-62267-copy4.md');
    expect(copyFileName('a.txt', 2)).toBe('a-copy2.txt');
  });

  it('makes an N× archive of N copies, the first one the original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-scale-'));
    try {
      const source = join(dir, 'src');
      mkdirSync(join(source, 'sub'), { recursive: true });
      writeFileSync(join(source, 'sub', '2019-12-07-1.md'), MD);
      writeFileSync(join(source, '2022-06-15-2.txt'), TXT);
      makeScaledArchive(source, join(dir, 'copies'), join(dir, 'x3'), 3);
      const files = listArchiveFiles(join(dir, 'x3')).map((f) => f.file);
      expect(files).toEqual([
        'copy-1/2022-06-15-2.txt',
        'copy-1/sub/2019-12-07-1.md',
        'copy-2/2022-06-15-2-copy2.txt',
        'copy-2/sub/2019-12-07-1-copy2.md',
        'copy-3/2022-06-15-2-copy3.txt',
        'copy-3/sub/2019-12-07-1-copy3.md',
      ]);
      expect(readFileSync(join(dir, 'x3', 'copy-1', '2022-06-15-2.txt'), 'utf8')).toBe(TXT);
      expect(readFileSync(join(dir, 'x3', 'copy-3', 'sub', '2019-12-07-1-copy3.md'), 'utf8')).toBe(
        copyArticleText(MD, 3, 'sub/2019-12-07-1.md'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the scale table', () => {
  it('lists the scales of --scale', () => {
    expect(scalesOf('8')).toEqual([1, 2, 4, 8]);
    expect(scalesOf('1')).toEqual([1]);
    expect(scalesOf('4,1')).toEqual([1, 4]);
    expect(() => scalesOf('0')).toThrow();
  });

  it('fits the growth exponent', () => {
    expect(growthExponent([1, 2, 4, 8].map((scale) => ({ scale, value: 3 * scale })))).toBeCloseTo(1, 6);
    expect(growthExponent([1, 4].map((scale) => ({ scale, value: 5 })))).toBeCloseTo(0, 6);
    expect(growthExponent([{ scale: 1, value: 2 }])).toBeUndefined();
  });
});
