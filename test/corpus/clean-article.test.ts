import { cleanArticle } from '../../src/corpus/clean-article';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';
import { parseTextArticle } from '../../src/corpus/parse-text-article';

const clean = (content: string, format: 'txt' | 'md' = 'txt') => {
  const { article } = format === 'md' ? parseMarkdownArticle(content) : parseTextArticle(content);
  return cleanArticle({ ...article, id: 'a', file: `a.${format}` });
};

describe('cleaning an article by general rules', () => {
  it('drops bylines, read times, "In this article", image credits and story status lines', () => {
    const a = clean(
      [
        'date 2023-03-21 Leaders meet in Moscow for talks',
        '',
        'Anna Petrova\n·4 min read\nIn this article:\nThe two presidents met in the Kremlin on Tuesday.',
        '',
        'They discussed trade and energy.',
        '',
        'Photo: Reuters',
        '',
        '(Developing story)',
      ].join('\n'),
    );
    expect(a.title).toBe('Leaders meet in Moscow for talks');
    expect(a.paragraphs).toEqual(['The two presidents met in the Kremlin on Tuesday.', 'They discussed trade and energy.']);
    expect(a.dropped.map((d) => d.rule)).toEqual(['byline', 'read time', 'in this article', 'image credit', 'story status']);
  });

  it('drops teasers to other articles, section labels, trust-project lines, live links and tag lists', () => {
    const a = clean(
      [
        '• Live: every update on the summit',
        'The talks opened with a long handshake and warm words from both sides.',
        'Read more',
        'Europe.',
        'Leaders agree on a new pipeline deal',
        '— By: JOHN SMITH (Correspondent) Paris',
        'Leaders agree on a new pipeline deal',
        'The summit ended with a joint statement on energy.',
        'According to the criteria of The Trust Project',
        '• Energy',
        '• Gas pipelines',
        '• Moscow',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual([
      'The talks opened with a long handshake and warm words from both sides.',
      'The summit ended with a joint statement on energy.',
    ]);
    expect(new Set(a.dropped.map((d) => d.rule))).toEqual(
      new Set(['live-blog link', 'link to more', 'section label', 'repeated teaser', 'byline', 'trust-project line', 'tag list']),
    );
  });

  it('joins a paragraph split mid-sentence across blank lines, and says so', () => {
    const a = clean(
      [
        'date 2020-01-01',
        '',
        '"This will show the world the',
        '',
        'strength of our ties',
        '',
        '," he said.',
        '',
        'Talks ended at noon.',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual(['"This will show the world the strength of our ties," he said.', 'Talks ended at noon.']);
    expect(a.joined).toEqual([
      { paragraph: 0, parts: ['"This will show the world the', 'strength of our ties', '," he said.'], rule: expect.any(String) },
    ]);
  });

  it('keeps a sub-heading that is not followed by its continuation apart from the next paragraph', () => {
    const a = clean(
      ['date 2020-01-01 A headline here', '', 'Both sides tell different stories', '', 'As per the statements, the accounts differ.'].join(
        '\n',
      ),
    );
    expect(a.paragraphs).toEqual(['Both sides tell different stories', 'As per the statements, the accounts differ.']);
  });

  it('joins hard-wrapped lines inside a Markdown paragraph and reads the front matter', () => {
    const a = clean(
      [
        '---',
        'date: 2013-03-22',
        'title: "Russian\\_Chinese talks"',
        'source_url: https://example.org/1',
        'source: Example',
        '---',
        '',
        'Vladimir Putin held talks with',
        'President of China Xi Jinping, who',
        'arrived on a state visit.',
        '',
        '(Applause.)',
        '',
        'A [joint statement](https://x.org) was **signed**.',
      ].join('\n'),
      'md',
    );
    // In YAML double quotes `\_` is a non-breaking space, as in the White House titles.
    expect(a.title).toBe('Russian Chinese talks');
    expect(a.titleFrom).toBe('front matter');
    expect(a.url).toBe('https://example.org/1');
    expect(a.source).toBe('Example');
    expect(a.paragraphs).toEqual([
      'Vladimir Putin held talks with President of China Xi Jinping, who arrived on a state visit.',
      'A joint statement was signed.',
    ]);
  });

  it('takes the title from the first line when it reads like a headline, else the first sentence, shortened', () => {
    expect(clean('date 2020-01-01 Putin and Xi hold talks\n\nThey met.').title).toBe('Putin and Xi hold talks');
    const long = clean(
      'date 2020-01-01 Despite everything, the two leaders spoke at length by telephone about trade, energy, security and the war, according to officials on both sides. Then more.',
    );
    expect(long.titleFrom).toBe('first sentence');
    expect(long.title.length).toBeLessThanOrEqual(90);
    expect(long.title).toMatch(/^Despite everything, the two leaders spoke at length by telephone about .*…$/);
    expect(long.title).not.toMatch(/\s…$/);
  });

  it("keeps the items of a legal list apart, and a transcript's short turns next to stage directions", () => {
    const a = clean(
      [
        'date 2021-01-20 An order on equity',
        '',
        'The head of each agency shall report on barriers to access; and',
        '',
        '(ii) any steps taken to remove them.',
        '',
        'THE PRESIDENT: Are we ready?',
        '',
        '(Laughter.)',
        '',
        'Yeah.',
        '',
        'Q Thank you.',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual([
      'The head of each agency shall report on barriers to access; and',
      '(ii) any steps taken to remove them.',
      'Are we ready?',
      'Yeah.',
      'Thank you.',
    ]);
    expect(a.speakers).toEqual([null, null, 'THE PRESIDENT', 'THE PRESIDENT', 'Q']);
    expect(a.dropped).toEqual([{ text: '(Laughter.)', rule: 'stage direction' }]);
  });
});
