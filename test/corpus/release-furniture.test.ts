import { cleanArticle } from '../../src/corpus/clean-article';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';
import { removeStageDirections } from '../../src/corpus/stage-directions';

const md = (...paragraphs: string[]) => {
  const { article } = parseMarkdownArticle(`---\ndate: 2022-06-13\ntitle: Remarks\n---\n\n${paragraphs.join('\n\n')}`);
  return cleanArticle({ ...article, id: 'a', file: 'a.md' });
};
const rules = (a: ReturnType<typeof md>) => a.dropped.map((d) => [d.rule, d.text]);

describe('stage directions', () => {
  it('go from the end or the middle of a paragraph, and whole paragraphs of them are dropped', () => {
    const a = md(
      'THE PRESIDENT: Thank you all for coming. (Applause.)',
      'We will get it done. (Laughter and applause.) And we will do it together.',
      '(Cross-talk.)',
      'AUDIENCE MEMBER: (Inaudible.)',
      'THE PRESIDENT: Go ahead.',
    );
    expect(a.paragraphs).toEqual(['Thank you all for coming.', 'We will get it done. And we will do it together.', 'Go ahead.']);
    expect(rules(a)).toEqual([
      ['stage direction', '(Cross-talk.)'],
      ['stage direction', '(Inaudible.)'],
    ]);
    expect(a.repaired).toContainEqual({ rule: 'stage direction', count: 2, examples: ['(Applause.)', '(Laughter and applause.)'] });
  });

  it('reads a narrated sentence in brackets as one only inside a transcript', () => {
    expect(removeStageDirections('Now I will sign it. (The order is signed.)', true).text).toBe('Now I will sign it.');
    expect(removeStageDirections('He left early. (The talks went on without him.)', false).text).toBe(
      'He left early. (The talks went on without him.)',
    );
    expect(removeStageDirections('General Smith (Ret.) spoke.', true).text).toBe('General Smith (Ret.) spoke.');
    expect(removeStageDirections('Ask him. (Laughter. Applause.)', false).text).toBe('Ask him.');
  });
});

describe('signature, dateline and salutation lines', () => {
  it('drops a release’s signature and dateline lines and a transcript’s clock times', () => {
    const a = md(
      'WASHINGTON, D.C.',
      'East Room Washington, D.C.',
      '10:02 A.M. WITA',
      'The Order takes effect today in Washington, D.C.',
      'MARY A. JONES JR.',
      'THE WHITE HOUSE,',
      'March 3, 2023.',
      'THE WHITE HOUSE, June 13, 2022.',
      'END 10:40 A.M. EDT',
    );
    expect(a.paragraphs).toEqual(['The Order takes effect today in Washington, D.C.']);
    expect(a.dropped.map((d) => d.rule)).toEqual(Array(8).fill('signature or dateline'));
  });

  it('drops lines that only address the audience or the reader, and keeps greetings that say more', () => {
    const a = md(
      'Dear Madam Speaker:',
      'TO THE CONGRESS OF THE UNITED STATES:',
      'Colleagues,',
      'Good afternoon, friends,',
      'I write to report on the agreement.',
      'Thank you, Mr. President, for the invitation.',
      'Sincerely,',
    );
    expect(a.paragraphs).toEqual(['I write to report on the agreement.', 'Thank you, Mr. President, for the invitation.']);
    expect(a.dropped.every((d) => d.rule === 'salutation')).toBe(true);
  });

  it('keeps exclamations and list items that share their shape', () => {
    const a = md('Happy Easter!', 'Hello, Springfield!', 'Grants go to these cities:', 'Ann Arbor, MI', 'Acme Holdings, LLC', 'Goodbye!');
    expect(a.paragraphs).toEqual([
      'Happy Easter!',
      'Hello, Springfield!',
      'Grants go to these cities:',
      'Ann Arbor, MI',
      'Acme Holdings, LLC',
      'Goodbye!',
    ]);
  });
});

describe('teasers, advertisements, newsletter prompts and author bios', () => {
  it('drops them and says which rule did', () => {
    const a = md(
      'The leaders met for three hours in the Kremlin.',
      'Also read: How the two leaders built a partnership',
      'Advertisement',
      'Related: Five things to know',
      'They agreed to raise trade to a new record.',
      'Subscribe to our newsletter for the week’s top stories in your inbox.',
      'Sign up for our free daily email alerts.',
      'Jane Doe is a correspondent for The Daily Example in Beijing.',
      'John Roe covers energy and trade for The Daily Example.',
    );
    expect(a.paragraphs).toEqual(['The leaders met for three hours in the Kremlin.', 'They agreed to raise trade to a new record.']);
    expect(a.dropped.map((d) => d.rule)).toEqual([
      'read-more teaser',
      'advertisement',
      'link to more',
      'newsletter prompt',
      'newsletter prompt',
      'author bio',
      'author bio',
    ]);
  });

  it('keeps text that only looks like them: a sentence on signing up, a bio in the middle, a related fact', () => {
    const a = md(
      'Related talks will be held in May.',
      'Families can sign up for the programme at any post office.',
      'Ivan Petrov is a correspondent for the state news agency, the minister said.',
      'The talks ended at noon.',
    );
    expect(a.paragraphs).toHaveLength(4);
  });
});
