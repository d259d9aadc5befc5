import { parse } from 'yaml';
import { readSimpleFrontMatter } from '../../src/corpus/simple-front-matter';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';

/** What the YAML parser reads, or that it refuses the text. */
function yamlReads(text: string): unknown {
  try {
    return parse(text) as unknown;
  } catch {
    return 'refused';
  }
}

describe('front matter read without the YAML parser', () => {
  it('reads the shapes the archives write as YAML does', () => {
    const shapes = [
      'date: 1999-12-31\ntitle: "President Boris Yeltsin announced his resignation"\nsource: Kremlin (en.kremlin.ru, CC BY 4.0)\nurl: http://en.kremlin.ru/events/president/news/37381',
      'date: \'2024-10-29\'\nmodified_time: 2024-10-31 14:03:42-04:00\npublished_time: 2024-10-29 23:59:00-04:00\ntags: speeches-remarks\ntitle: "Remarks by Vice President Harris at a Campaign\\_Event"',
      'title: "Remarks by President Biden and Prime Minister Kishida of Japan\\\n  \\ Before Bilateral\\_Meeting"',
      'title: "Remarks by President\\_Biden After Briefing on the Federal Government\\u2019\\\n  s Response"',
      'title: "A long title folded\n  over two lines"',
      "title: 'Fact Sheet: it''s folded\n  over two lines'",
      'title: "Quotes \\"inside\\" and a slash \\/ here"',
      "title: 'single ''quoted'''",
    ];
    for (const text of shapes) {
      expect(readSimpleFrontMatter(text)).not.toBeNull();
      expect(readSimpleFrontMatter(text)).toEqual(yamlReads(text));
    }
  });

  it('leaves to the YAML parser what YAML reads as something else than a string, or refuses', () => {
    const others = [
      'title: 2024',
      'title: 1e3',
      'title: true',
      'title: null',
      'title: ~',
      'title:',
      'title: a: b',
      'title: text # a comment',
      'title: [a, b]',
      'title: "unclosed',
      'title: "two"\ntitle: "keys"',
      'title: "wrapped\nwithout indentation"',
      'title: >\n  folded block',
      '- a list',
      'title: "\\x41 escape"',
      'title: "\\ud83d half"',
      'title: wrapped plain\n  over two lines',
    ];
    for (const text of others) expect(readSimpleFrontMatter(text)).toBeNull();
  });

  it('reads random front matter as YAML does whenever it reads it at all', () => {
    const pieces = [
      'a',
      'B',
      ' ',
      '  ',
      ':',
      ': ',
      '#',
      ' #',
      "'",
      "''",
      '"',
      '\\',
      '\\_',
      '\\ ',
      '\\u2019',
      '\n  ',
      '\n',
      '-',
      '2024-01-02',
      '1',
      '.',
      'é',
      '—',
      'null',
      'http://x.y/z',
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    let read = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const value = Array.from({ length: 1 + random(6) }, () => pieces[random(pieces.length)]).join('');
      const quote = ['', "'", '"'][random(3)]!;
      const text = `title: ${quote}${value}${random(4) ? quote : ''}\nurl: x`;
      const mine = readSimpleFrontMatter(text);
      if (mine === null) continue;
      read += 1;
      expect([text, mine]).toEqual([text, yamlReads(text)]);
    }
    expect(read).toBeGreaterThan(2_000);
  });

  it('gives an article the same title, date, source and address either way', () => {
    const md =
      '---\ndate: 2019-06-05\ntitle: "Talks with\\_Xi\n  \\ Jinping"\nsource: Kremlin\nurl: http://en.kremlin.ru/1\n---\n\nText.\n';
    const { article, problems } = parseMarkdownArticle(md);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      published: '2019-06-05',
      title: 'Talks with Xi Jinping',
      source: 'Kremlin',
      url: 'http://en.kremlin.ru/1',
    });
  });
});
