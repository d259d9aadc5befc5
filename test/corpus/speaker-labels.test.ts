import { cleanArticle } from '../../src/corpus/clean-article';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';
import { parseTextArticle } from '../../src/corpus/parse-text-article';

const md = (body: string) => {
  const { article } = parseMarkdownArticle(`---\ndate: 2023-03-21\ntitle: Briefing\n---\n\n${body}`);
  return cleanArticle({ ...article, id: 'a', file: 'a.md' });
};
const txt = (body: string) => {
  const { article } = parseTextArticle(`date 2023-03-21\n\n${body}`);
  return cleanArticle({ ...article, id: 'a', file: 'a.txt' });
};

describe('transcript speaker labels, kept as data', () => {
  it('lifts a one-word name that answers question after question ("Question: … Peskov: …"), and not a one-word heading', () => {
    const a = txt(
      [
        'Question: How long did the conversation last?',
        'Peskov: About an hour and a half.',
        'Question: Was Ukraine discussed?',
        'Peskov: Of course it was touched upon.',
        'Kyiv: the capital was calm.',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual([
      'How long did the conversation last?',
      'About an hour and a half.',
      'Was Ukraine discussed?',
      'Of course it was touched upon.',
      'Kyiv: the capital was calm.',
    ]);
    expect(a.speakers).toEqual(['Question', 'Peskov', 'Question', 'Peskov', 'Peskov']);
  });

  it('lifts briefing labels and Q out of the text; the paragraphs after a label are that speaker’s', () => {
    const a = md(
      [
        'MS. LANE: Good afternoon. Two items today.',
        'First, the President spoke with the Prime Minister.',
        'Q Did they discuss the summit?',
        'MS. LANE: They did.',
        'MR. ORTIZ: I would add one thing.',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual([
      'Good afternoon. Two items today.',
      'First, the President spoke with the Prime Minister.',
      'Did they discuss the summit?',
      'They did.',
      'I would add one thing.',
    ]);
    expect(a.speakers).toEqual(['MS. LANE', 'MS. LANE', 'Q', 'MS. LANE', 'MR. ORTIZ']);
    expect(a.repaired).toEqual([{ rule: 'speaker label kept as data', count: 4, examples: ['MS. LANE', 'Q', 'MR. ORTIZ'] }]);
  });

  it('reads a reporter cutting in ("Q– since he took office …") as a question, not the end of the answer before it', () => {
    const a = md(
      [
        'Q    But — but he was —',
        'MR. ORTIZ:  It is something that they have been —',
        'Q– since he took office, has he talked tough?',
      ].join('\n\n'),
    );
    expect(a.speakers).toEqual(['Q', 'MR. ORTIZ', 'Q']);
    expect(a.paragraphs[1]).toBe('It is something that they have been —');
  });

  it('reads long title-case labels with a "(retranslated)" note, and a label standing on its own line', () => {
    const a = txt(
      [
        'The two presidents made statements after the talks.',
        'President of Russia Ivan Petrov: We agreed on a new route for gas.',
        'President of the People’s Republic of Chinaland Li Wei (retranslated): We thank our hosts.',
        'Li Wei (retranslated): And we look forward to the next visit.',
        'President of Russia Ivan Petrov:',
        'It was a good day.',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual([
      'The two presidents made statements after the talks.',
      'We agreed on a new route for gas.',
      'We thank our hosts.',
      'And we look forward to the next visit.',
      'It was a good day.',
    ]);
    expect(a.speakers).toEqual([
      null,
      'President of Russia Ivan Petrov',
      'President of the People’s Republic of Chinaland Li Wei',
      'Li Wei',
      'President of Russia Ivan Petrov',
    ]);
  });

  it('never glues a new turn to the last one, even after a line cut without punctuation', () => {
    const a = txt(
      ['Olga Frolova: And the second question is about the', 'Ivan Petrov: bridge, I know.', 'Olga Frolova: Yes.'].join('\n\n'),
    );
    expect(a.paragraphs).toEqual(['And the second question is about the', 'bridge, I know.', 'Yes.']);
    expect(a.joined).toEqual([]);
  });

  it('keeps short turns that would look like a list of tags or a section label at the end of a page', () => {
    const a = md(['MS. LANE: Any other questions?', 'Q Thanks, Lane', 'MS. LANE: Sure thing'].join('\n\n'));
    expect(a.paragraphs).toEqual(['Any other questions?', 'Thanks, Lane', 'Sure thing']);
    expect(a.dropped).toEqual([]);
  });

  it('ends a turn at a heading: what follows is the page’s own text again', () => {
    const a = txt(
      [
        'Ivan Petrov: Thank you, colleagues. We will now begin.',
        'Ivan Petrov: The meeting is open.',
        'Statements to the press after the talks',
        'The leaders then spoke to reporters.',
      ].join('\n\n'),
    );
    expect(a.speakers).toEqual(['Ivan Petrov', 'Ivan Petrov', null, null]);
  });

  it('leaves a dateline, a one-word run-in, a lead-in and a heading that never opens a turn in the text', () => {
    const a = txt(
      [
        'Kyiv: The two leaders met on Friday.',
        'First: the talks were long.',
        'The statement reads, in part: “We will work together.”',
        'TRADE AND ENERGY:',
        'Both sides agreed on prices.',
      ].join('\n\n'),
    );
    expect(a.speakers).toBeUndefined();
    expect(a.paragraphs[0]).toBe('Kyiv: The two leaders met on Friday.');
    expect(a.paragraphs[1]).toBe('First: the talks were long.');
    expect(a.paragraphs).toContain('TRADE AND ENERGY:');
  });

  it('keeps the speaker of a salutation-only line while dropping the line', () => {
    const a = txt(
      [
        'Ivan Petrov: Mr Li Wei, dear friends,',
        'It is an honour to welcome you in Moscow.',
        'Li Wei (retranslated): Mr Petrov, ladies and gentlemen,',
        'Thank you for the warm words.',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual(['It is an honour to welcome you in Moscow.', 'Thank you for the warm words.']);
    // "Ivan Petrov" counts as a speaker because the other label, with its translator's note, makes this a transcript.
    expect(a.speakers).toEqual(['Ivan Petrov', 'Li Wei']);
    expect(a.dropped).toEqual([
      { text: 'Mr Li Wei, dear friends,', rule: 'salutation' },
      { text: 'Mr Petrov, ladies and gentlemen,', rule: 'salutation' },
    ]);
  });
});
