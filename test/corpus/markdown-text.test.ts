import { cleanArticle } from '../../src/corpus/clean-article';
import { markdownToText } from '../../src/corpus/markdown-inline';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';
import { RepairTally } from '../../src/corpus/repair-tally';

const md = (body: string, front = 'date: 2024-05-16\ntitle: Talks') => {
  const { article } = parseMarkdownArticle(`---\n${front}\n---\n\n${body}`);
  return cleanArticle({ ...article, id: 'a', file: 'a.md' });
};

describe('Markdown read to plain words', () => {
  it('keeps the words of a link and drops its URL, also when the link is wrapped over two lines', () => {
    const a = md('The two leaders signed a [joint\nstatement on energy](https://example.org/joint-statement)\nin the Great Hall.');
    expect(a.paragraphs).toEqual(['The two leaders signed a joint statement on energy in the Great Hall.']);
    expect(a.repaired).toEqual([
      { rule: 'markdown link', count: 1, examples: ['[joint statement on energy](https://example.org/joint-statement)'] },
    ]);
  });

  it('drops autolinks and images, unwraps footnote links and links whose URL has a bracket inside', () => {
    expect(markdownToText('Read the text at <https://example.org/text> today.')).toBe('Read the text at  today.');
    expect(markdownToText('![A handshake](https://example.org/p.jpg)The talks began.')).toBe('The talks began.');
    expect(markdownToText('as agreed in 2019.[[3]](#note-3) Then')).toBe('as agreed in 2019.[3] Then');
    expect(markdownToText('prices [fell](https://example.org/a#:~:text=Fuel%20(diesel,down.) sharply')).toBe('prices fell sharply');
  });

  it('takes emphasis markers away but leaves a footnote asterisk and underscores inside words alone', () => {
    expect(markdownToText('**The talks lasted three hours.** Both sides *praised* the _new_ route.')).toBe(
      'The talks lasted three hours. Both sides praised the new route.',
    );
    expect(markdownToText('Trade grew by 30%* in the year; see trade_figures_2023.')).toBe(
      'Trade grew by 30%* in the year; see trade_figures_2023.',
    );
    expect(markdownToText('Energy ** The new pipeline opens in May.**')).toBe('Energy The new pipeline opens in May.');
  });

  it('unescapes backslash escapes in the text and in the title', () => {
    const a = md('The Power of Siberia\\_2 pipeline \\*was\\* discussed.', "date: 2024-05-16\ntitle: 'Talks on Power of Siberia\\_2'");
    expect(a.title).toBe('Talks on Power of Siberia_2');
    expect(a.paragraphs).toEqual(['The Power of Siberia_2 pipeline *was* discussed.']);
  });

  it('reads character references as the characters they name, in the text and in the title, and leaves "AT&T" and "R&D;" as words', () => {
    const a = md(
      'Graduates of North Carolina A&amp;T met the&nbsp;delegation &mdash; the President&#8217;s guests &#x2014; in the &quot;Great Hall&quot;.\n\nAT&T and basic R&D; &lt;p&gt; is a tag&#39;s name.',
      'date: 2024-05-16\ntitle: Xi &amp; Putin',
    );
    expect(a.title).toBe('Xi & Putin');
    expect(a.paragraphs).toEqual([
      'Graduates of North Carolina A&T met the delegation — the President’s guests — in the "Great Hall".',
      "AT&T and basic R&D; <p> is a tag's name.",
    ]);
  });

  it('reads a quotation without its "> " markers, a footnote mark without the mark, and drops the placeholder of an embedded post', () => {
    const a = md(
      [
        '> “The Bill is the largest, most\n> consequential tax cut ever.”\n>> — the Deputy Press Secretary',
        'Xi said China would support Russia on sovereignty.[^1]',
        '> [Loading…](https://twitter.com/RapidResponse47/status/1903105044523655445)',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual([
      '“The Bill is the largest, most consequential tax cut ever.” — the Deputy Press Secretary',
      'Xi said China would support Russia on sovereignty.',
    ]);
    expect(a.dropped).toEqual([{ text: 'Loading…', rule: 'embed placeholder' }]);
  });

  it('makes each row of an HTML table its own paragraph and drops pictures and comments', () => {
    const a = md(
      '<table><tr><td>Country</td><td>Trade</td></tr>\n<tr><td>China</td><td>240 billion</td></tr></table>\n\n<figure><img src="a.jpg" alt="The leaders (Photo by someone)" /></figure>\n\n<!-- -->\n\nThe figures come from customs data.',
    );
    expect(a.paragraphs).toEqual(['Country | Trade', 'China | 240 billion', 'The figures come from customs data.']);
    expect(a.dropped.map((d) => d.rule)).toEqual(['markup only', 'markup only']);
  });

  it('counts what each rule changed, with the first few examples', () => {
    const tally = new RepairTally();
    markdownToText('[one](https://a.org) and [two](https://b.org) and [three](https://c.org) and [four](https://d.org)', tally);
    expect(tally.list()).toEqual([
      { rule: 'markdown link', count: 4, examples: ['[one](https://a.org)', '[two](https://b.org)', '[three](https://c.org)'] },
    ]);
  });
});

describe('lines of white space', () => {
  it('separate paragraphs whatever the space, non-breaking included', () => {
    const a = md(
      'MS. SMITH:\u00a0 Good afternoon.\u00a0 I have two things for you.\n\u00a0\nQ\u00a0 \u00a0 Thank you.\u00a0 A question on the trip.\n \u00a0 \nMS. SMITH:\u00a0 Go ahead.',
    );
    expect(a.paragraphs).toEqual(['Good afternoon. I have two things for you.', 'Thank you. A question on the trip.', 'Go ahead.']);
  });
});
