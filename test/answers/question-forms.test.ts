/**
 * Question forms (issue 13): "how long", "how many times", "when" and "who" are answered by the
 * paragraph that answers in that form, and word forms people expect to match (met / meet, ally /
 * alliance, import / imports) do. Invented paragraphs; each test asserts the
 * excerpt a person would see first.
 */
import { askQuestion } from '../../src/answers';
import { answerWords, evenly, formsOf, withoutForms } from '../../src/answers/question-forms';
import { moreVariants } from '../../src/answers/word-forms';
import { queryTerms } from '../../src/search/terms';
import { buildSmallArchive, bundledArchive } from '../support/small-archive';

const TODAY = '2026-11-25';
const article = (date: string, title: string, paragraphs: string[]) => [`date ${date} ${title}`, ...paragraphs].join('\n\n');

const { archive } = buildSmallArchive({
  'talks.txt': article('2024-05-16', 'Xi and Putin hold talks in Beijing', [
    'Xi Jinping and Vladimir Putin held talks in Beijing, and the talks in Beijing covered energy, trade and the talks in Moscow.',
    'The talks in Beijing came a week after the Moscow talks, the Kremlin said.',
    'The talks in Beijing were long and frank, the Kremlin said of the talks in Beijing.',
    'The talks lasted three hours, longer than planned.',
    'Xi and Putin met in the Great Hall of the People as old friends.',
    'It was the third meeting between the two leaders this year.',
    'Putin and Xi spoke through a translator.',
    'The translator at the talks was thanked by both delegations at the end of the talks.',
    'The translator for the talks, Anna Petrova, said the conversation was warm.',
    'Relations are the best in their history, Putin said.',
    'Relations in history were discussed, the aide Sergei Ivanov told reporters.',
  ]),
  'gas.txt': article('2024-05-17', 'Gas deal signed by Russia and China', [
    'Putin and Xi said the gas deal would be good for both, and the gas deal for Putin and Xi was welcomed by Putin and Xi.',
    'The gas deal was signed on Tuesday, May 14, after months of talks.',
    'The gas deal was signed by the two gas companies; the gas deal was signed in Beijing.',
    'China imports more oil from Russia than from any other country, customs data show.',
    'Russia and China are not building a military alliance, the Kremlin said.',
    'Russia and China said Russia and China would work together, and that Russia and China are close.',
    'Russia and China held military drills; the military drills of Russia and China were large.',
  ]),
  'visits.txt': article('2024-05-18', 'Putin in Harbin', [
    'Putin visited Harbin after Beijing, and Putin said Harbin and Beijing were close to Russia.',
    'Putin has met Xi more than 40 times since 2013.',
    'Xi came to Moscow for the first time since 2019, the Kremlin noted.',
  ]),
});

const first = (q: string) => askQuestion(archive, q, { today: TODAY, limit: 3 }).results[0]!;

describe('question forms', () => {
  it('"how long": the paragraph with a duration ranks first, not "long" nor "a week after"', () => {
    const top = first('how long did the talks in Beijing last?');
    expect(top.excerpt).toContain('lasted three hours');
  });

  it('"how many times": a count or an ordinal of meetings ranks first', () => {
    expect(first('how many times have Xi and Putin met?').excerpt).toMatch(/third meeting|40 times/);
    expect(first('how many times did Putin meet Xi this year?').excerpt).toContain('third meeting');
  });

  it('"how many times": "for the first time since" answers a count of visits', () => {
    expect(first('how many times has Xi come to Moscow?').excerpt).toContain('for the first time since 2019');
  });

  it('"when": the dated sentence ranks first and its date is marked', () => {
    const top = first('when was the gas deal signed?');
    expect(top.excerpt).toContain('on Tuesday, May 14');
    const marked = top.highlights.map(([s, e]) => top.excerpt.slice(s, e));
    // "May" is a stop word: the weekday and the day are marked.
    expect(marked).toEqual(expect.arrayContaining(['Tuesday', '14']));
  });

  it('"who": the paragraph naming a person other than the leaders ranks first', () => {
    const top = first('who was the translator at the talks?');
    expect(top.excerpt).toContain('Anna Petrova');
  });

  it('"who said …" asks for a speaker (often a leader): a paragraph naming someone else does not rank first for it', () => {
    expect(formsOf('who said relations are the best in history?')).toEqual([]);
    expect(first('who said relations are the best in history?').excerpt).toContain('Putin said');
  });
});

describe('question forms on the bundled archive', () => {
  it('"how much … grow": the paragraph with the change ("have doubled") ranks first', () => {
    const top = askQuestion(bundledArchive(), "how much did China's imports from Russia grow?", { today: TODAY, limit: 3 }).results[0]!;
    expect(top.excerpt).toContain('imports from Russia have doubled');
  });

  it('"when is Xi\'s birthday?" shows and marks the date', () => {
    const top = askQuestion(bundledArchive(), "when is Xi's birthday?", { today: TODAY, limit: 3 }).results[0]!;
    expect(top.excerpt).toContain('69th birthday on June 15');
    expect(top.highlights.map(([s, e]) => top.excerpt.slice(s, e))).toEqual(expect.arrayContaining(['birthday', 'June', '15']));
  });
});

describe('word forms', () => {
  it('"met" finds "meet" and "meeting" (irregular verbs)', () => {
    expect(queryTerms('met').terms).toEqual(['met']);
    expect([...moreVariants(archive, ['met']).keys()]).toContain('meet');
  });

  it('"ally" finds "alliance": "are Russia and China military allies?" ranks the alliance first', () => {
    expect([...moreVariants(archive, queryTerms('allied').terms).keys()]).toEqual(['allianc']);
    expect(first('are Russia and China military allies?').excerpt).toContain('military alliance');
  });

  it('"import" finds "imports"', () => {
    expect(first('does China import Russian oil?').excerpt).toContain('China imports more oil from Russia');
  });
});

describe('reading the form of a question', () => {
  it.each([
    ['how long did the call last?', ['duration']],
    ['How many times did they meet?', ['count']],
    ['how often do they talk?', ['count']],
    ['when did Xi visit Moscow?', ['date']],
    ['what year was the treaty signed?', ['date']],
    ['who moderated the session?', ['person']],
    ['what did Xi say about NATO?', []],
  ])('%s', (q, kinds) => {
    expect(formsOf(q).map((f) => f.kind)).toEqual(kinds);
  });

  it('does not search the words that only say the form', () => {
    expect(queryTerms(withoutForms('how many times did Putin meet Xi?')).terms).toEqual(['putin', 'meet', 'xi']);
    expect(queryTerms(withoutForms('how much did imports grow?')).terms).toEqual(['import', 'grow']);
  });

  it('a date the question names is no answer to it', () => {
    const forms = formsOf('when did Xi visit Russia in 2017?');
    const terms = evenly(['xi', 'visit', 'russia', '2017']);
    expect(answerWords('Xi thanked Putin for the visit in 2017.', forms, terms)).toEqual([]);
    expect(answerWords('Xi will visit Russia in July.', forms, terms)).toEqual(['July']);
  });

  it('the leaders and titles are not the person a "who" question asks for', () => {
    const forms = formsOf('who moderated the session?');
    const terms = evenly(['moder', 'session']);
    expect(answerWords('Vladimir Putin and President Xi Jinping spoke at the session.', forms, terms)).toEqual([]);
    expect(answerWords('The session was moderated by RT presenter Sophie Shevardnadze.', forms, terms)).toEqual(['Sophie Shevardnadze']);
  });
});
