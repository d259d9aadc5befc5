/**
 * Cleaning rules fixed after the hand audit of the bench archives' build reports
 * (docs/build-report-audit.md). All text here is invented.
 */
import { cleanArticle } from '../../src/corpus/clean-article';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';
import { parseTextArticle } from '../../src/corpus/parse-text-article';
import { removeStageDirections } from '../../src/corpus/stage-directions';

const md = (body: string) => {
  const { article } = parseMarkdownArticle(`---\ndate: 2023-04-05\ntitle: Briefing\n---\n\n${body}`);
  return cleanArticle({ ...article, id: 'a', file: 'a.md' });
};

describe('a dash at the start of a wrapped Markdown line', () => {
  it('is the speaker’s pause, not a list item: the paragraph, its dash and its speaker stay whole', () => {
    const a = md(
      [
        'MS. RIVERA:  The ministers met for two hours and looked at the whole',
        '— the whole list of questions.  Nothing was signed.',
        '',
        'We expect the next round of',
        '— of talks in May.  That is all I have.',
        '',
        'Q    Is the date fixed?',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual([
      'The ministers met for two hours and looked at the whole — the whole list of questions. Nothing was signed.',
      'We expect the next round of — of talks in May. That is all I have.',
      'Is the date fixed?',
    ]);
    expect(a.speakers).toEqual(['MS. RIVERA', 'MS. RIVERA', 'Q']);
    expect(a.joined).toEqual([]);
  });

  it('leaves Markdown list items and pasted bullets as items of their own', () => {
    const a = md('The agenda:\n\n-   Trade and energy.\n-   Transport links.\n• Culture and sport.');
    expect(a.paragraphs).toEqual(['The agenda:', 'Trade and energy.', 'Transport links.', 'Culture and sport.']);
  });
});

describe('a thematic break', () => {
  it('is reported as the line it was, in Markdown and in plain text', () => {
    expect(md('The talks ended at noon.\n\n* * *\n\nThe leaders then met the press.').dropped).toEqual([
      { text: '* * *', rule: 'separator' },
    ]);
    expect(md('The talks ended at noon.\n* * *\nThe leaders then met the press.').paragraphs).toEqual([
      'The talks ended at noon.',
      'The leaders then met the press.',
    ]);
    const { article } = parseTextArticle(
      'date 2023-04-05 Talks end in the capital\n\nThe talks ended at noon.\n\n- - -\n\nThe leaders then met the press.',
    );
    const a = cleanArticle({ ...article, id: 'b', file: 'b.txt' });
    expect(a.dropped).toEqual([{ text: '- - -', rule: 'separator' }]);
    expect(a.paragraphs).toEqual(['The talks ended at noon.', 'The leaders then met the press.']);
  });
});

describe('a stage direction with a full stop of its own', () => {
  it('goes with its stop when the sentence before had already ended', () => {
    expect(removeStageDirections('The bridge will stand for a century. (Laughter). Then we go on.', true).text).toBe(
      'The bridge will stand for a century. Then we go on.',
    );
    expect(removeStageDirections('Is there no end to your questions? (Laughter).', true).text).toBe('Is there no end to your questions?');
  });

  it('leaves the stop that ends the sentence when the direction stood inside it', () => {
    expect(removeStageDirections('The river is wide here (Laughter).', true).text).toBe('The river is wide here.');
    expect(removeStageDirections('Thank you. (Applause.) Next question.', true).text).toBe('Thank you. Next question.');
  });
});

describe('salutation-only lines', () => {
  const paragraphs = (...lines: string[]) => md(lines.join('\n\n')).paragraphs;

  it('drop a greeting to the room closed by a full stop, and a greeting alone that leads in', () => {
    expect(
      paragraphs(
        'Friends, colleagues.',
        'Good evening, friends.',
        'Good morning,',
        'Mr Chairman, my dear friend! Ladies and gentlemen, colleagues,',
        'We have met to open the new bridge.',
      ),
    ).toEqual(['We have met to open the new bridge.']);
  });

  it('keep a reply, a greeting to one person, a thanks and a one-word answer', () => {
    expect(paragraphs('Good evening.', 'Good evening, Mr Novak.', 'Thank you, colleagues.', 'All of them.', 'Women.')).toEqual([
      'Good evening.',
      'Good evening, Mr Novak.',
      'Thank you, colleagues.',
      'All of them.',
      'Women.',
    ]);
  });
});

describe('a name alone on its line', () => {
  it('is a byline or venue at the top and a signature at the end, but an item or heading in between', () => {
    const a = md(
      [
        'Blue Room',
        '',
        'The task force has these members:',
        '',
        '-   Department of Trade',
        '-   Federal Water Commission',
        '-   Office of the Budget',
        '',
        'Builds Safer Towns',
        '',
        'The plan funds new bridges in every county.',
        '',
        'Maria Lopez',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual([
      'The task force has these members:',
      'Department of Trade',
      'Federal Water Commission',
      'Office of the Budget',
      'Builds Safer Towns',
      'The plan funds new bridges in every county.',
    ]);
    expect(a.dropped).toEqual([
      { text: 'Blue Room', rule: 'byline' },
      { text: 'Maria Lopez', rule: 'byline' },
    ]);
  });
});

describe('a paragraph of narration in brackets inside a transcript', () => {
  it('has no speaker, and the turn goes on after it', () => {
    const a = md(
      [
        'Minister Anna Orlova: The heating season has begun in most regions.',
        '',
        '(The Minister went on to speak about repairs to the water supply and the debts of the regions.)',
        '',
        'We will be ready by November.',
        '',
        'Vladimir Petrov: Thank you.',
      ].join('\n'),
    );
    expect(a.speakers).toEqual(['Minister Anna Orlova', null, 'Minister Anna Orlova', 'Vladimir Petrov']);
  });
});

describe('a paragraph of one sentence too long to show', () => {
  it('is reported as cut at a clause, not at sentences', () => {
    const names = Array.from({ length: 90 }, (_, i) => `Minister of Region ${i + 1} Ivan Ivanov`).join(', ');
    const a = md(`Messages of congratulations came from ${names}.`);
    expect(a.paragraphs.length).toBe(2);
    expect(a.repaired?.map((r) => r.rule)).toEqual(['long sentence cut at a clause']);
  });
});
