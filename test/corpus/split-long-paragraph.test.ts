import { cleanArticle } from '../../src/corpus/clean-article';
import { parseTextArticle } from '../../src/corpus/parse-text-article';
import { LONGEST_PARAGRAPH, splitLongParagraph } from '../../src/corpus/split-long-paragraph';

const sentence = (n: number) =>
  `Sentence ${n} says that Mr. Li and the U.S. delegation met at 10 a.m. in the hall and talked about trade, energy and the bridge.`;

describe('a paragraph too long to show', () => {
  it('is cut at sentence boundaries into parts of about equal length, none over the bound', () => {
    const text = Array.from({ length: 40 }, (_, i) => sentence(i + 1)).join(' ');
    const parts = splitLongParagraph(text);
    expect(parts.length).toBe(Math.ceil(text.length / LONGEST_PARAGRAPH));
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(LONGEST_PARAGRAPH);
      expect(p).toMatch(/^Sentence \d+ says/);
      expect(p).toMatch(/bridge\.$/);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('does not end a sentence after a title, an initial or an abbreviation', () => {
    const parts = splitLongParagraph('Talks went on. Mr. Li spoke. Then Joseph R. Smith of the U.S. Treasury spoke.', 50);
    expect(parts).toEqual(['Talks went on. Mr. Li spoke.', 'Then Joseph R. Smith of the U.S. Treasury spoke.']);
  });

  it('cuts a single sentence over the bound at a clause, else at a space', () => {
    const long = `The list covers ${Array.from({ length: 60 }, (_, i) => `item number ${i + 1}`).join(', ')}.`;
    const parts = splitLongParagraph(long, 200);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(200);
    expect(parts.join(' ')).toBe(long);
    expect(parts[0]).toMatch(/,$/);
  });

  it('is split while cleaning, says so in the report, and each part keeps its speaker', () => {
    const speech = Array.from({ length: 30 }, (_, i) => sentence(i + 1)).join(' ');
    const { article } = parseTextArticle(`date 2023-01-01\n\nQ: Is it true?\n\nPRESIDENT SMITH: ${speech}`);
    const a = cleanArticle({ ...article, id: 'a', file: 'a.txt' });
    expect(a.paragraphs.length).toBe(3);
    expect(a.speakers).toEqual(['Q', 'PRESIDENT SMITH', 'PRESIDENT SMITH']);
    expect(a.repaired?.find((r) => r.rule === 'long paragraph split at sentences')).toMatchObject({ count: 1 });
  });
});
