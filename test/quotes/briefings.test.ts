/**
 * Spokespeople's briefings as ministries print them: "Question:" and "Answer:" under a title that
 * names who answers, and reporters labelled by their outlet ("AFP: … Can you confirm?"). The answers
 * are the spokesperson's; a reporter's question is nobody's statement.
 */
import { cleanArticle } from '../../src/corpus/clean-article';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';
import { statementsOf } from '../../src/quotes/statements-file';

const said = (title: string, ...paragraphs: string[]) => {
  const { article } = parseMarkdownArticle(`---\ndate: 2025-04-16\ntitle: "${title}"\n---\n\n${paragraphs.join('\n\n')}`);
  const a = cleanArticle({ ...article, id: 'briefing', file: 'briefing.md' });
  return (
    statementsOf([{ id: a.id, title: a.title, paragraphs: a.paragraphs, published: a.published, speakers: a.speakers }]).briefing ?? []
  ).map((s) => [s.speaker, s.text]);
};

describe('a briefing transcript', () => {
  it('gives "Answer:" to the spokeswoman its title names, and no statement to "Question:"', () => {
    expect(
      said(
        'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 16, 2025',
        'Question: Is President Xi Jinping coming to Moscow in May?',
        'Answer: I have already said that the visit is being prepared.',
        'Question: Will there be a call before then?',
        'Answer: We will inform you in due course.',
      ),
    ).toEqual([
      ['Maria Zakharova', 'I have already said that the visit is being prepared.'],
      ['Maria Zakharova', 'We will inform you in due course.'],
    ]);
  });

  it('gives "Answer:" to nobody when the title names no one', () => {
    expect(said('Briefing, April 16, 2025', 'Question: Is a visit planned?', 'Answer: The visit is being prepared.')).toEqual([]);
  });

  it('reads an outlet that asks ("AFP: … Can you confirm?") as a reporter’s label, not the spokeswoman’s words', () => {
    expect(
      said(
        'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on December 20, 2024',
        'China Daily: How does China review the relationship with Russia this year?',
        'Mao Ning: This year, China-Russia relations have maintained sound and steady development.',
        'AFP: Russian media reported that President Xi and President Putin may hold a video call before the end of the year. Can you confirm?',
        'Mao Ning: I have no information to release at the moment.',
      ),
    ).toEqual([
      ['Mao Ning', 'This year, China-Russia relations have maintained sound and steady development.'],
      ['Mao Ning', 'I have no information to release at the moment.'],
    ]);
  });

  it('reads an interview’s one-word labels, the one who asks and the one who answers', () => {
    expect(
      said(
        'Will Xi come to Moscow? An analyst explains',
        'Interviewer: Putin says he is waiting for Xi. Is a date already set?',
        'Lebedeva: Not publicly. The Chinese side never confirms these trips until a few days before.',
        'Interviewer: So the visit could be postponed?',
        'Lebedeva: It could. Beijing is in no hurry.',
      ).map(([speaker]) => speaker),
    ).toEqual(['Lebedeva', 'Lebedeva']);
  });

  it('ends the last turn at the page’s report of an aide who told reporters: his words are his, not the last speaker’s', () => {
    const found = said(
      'Conversation with President of China Xi Jinping',
      'President of China Xi Jinping: I am ready to work with you to lead our relations to a new height.',
      'Presidential Aide Yuri Ushakov told reporters afterwards that the conversation had lasted an hour. “Both leaders said they are ready to build relations with Washington,” Ushakov said.',
    );
    expect(found.map(([speaker]) => speaker)).toEqual(['Xi Jinping', 'Yuri Ushakov', 'Yuri Ushakov']);
  });
});
