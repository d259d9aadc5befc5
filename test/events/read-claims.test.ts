/** How one article's sentences are read as claims of contact, by general rules (invented sentences, no archive text). */
import { readClaims } from '../../src/events/read-claims';
import type { ArticleClaim } from '../../src/events/types';

const article = (
  published: string | null,
  title: string,
  paragraphs: string[],
  extra: { speakers?: Array<string | null>; dropped?: Array<{ text: string; rule: string }> } = {},
) => ({
  id: 'a',
  title,
  published,
  paragraphs,
  ...extra,
});
const brief = (c: ArticleClaim) => [c.what, c.date ?? null, c.tense, c.format ?? null];
const claims = (...args: Parameters<typeof article>) =>
  readClaims(article(...args)).filter((c) => c.what === 'contact' || c.what === 'presence');

describe('who a sentence names', () => {
  it('reads "the President of Russia" and "the Chinese leader" as the two when the article names them', () => {
    const found = claims('2019-05-10', 'Vladimir Putin meets Xi Jinping', [
      'The President of Russia held talks with the Chinese leader in the Kremlin.',
    ]);
    expect(found.map(brief)).toContainEqual(['contact', '2019-05-10', 'past', 'talks']);
  });

  it('continues "He" from the sentence before, with its day', () => {
    const found = claims('2018-09-07', 'Summit in Tashkent', [
      'Vladimir Putin arrived in Tashkent the day before. He has met with President of China Xi Jinping, who is also attending the summit.',
    ]);
    expect(found.find((c) => c.what === 'contact')).toMatchObject({ date: '2018-09-06', tense: 'past' });
    expect(found.find((c) => c.what === 'presence')).toMatchObject({ date: '2018-09-07', tense: 'present' });
  });

  it('reads "the two leaders" after a sentence naming both', () => {
    const found = claims('2020-03-20', 'Call', [
      'Xi Jinping and Vladimir Putin discussed the epidemic.',
      'The phone call between the two leaders took place on March 19.',
    ]);
    expect(found.map(brief)).toContainEqual(['contact', '2020-03-19', 'present', 'phone call']);
  });

  it('does not take "President of China Media Group" or "Chinese President Hu Jintao" for Xi', () => {
    expect(claims('2015-01-10', 'Interview', ['Vladimir Putin met with President of China Media Group Wang Feng.'])).toEqual([]);
    expect(claims('2015-01-10', 'History', ['Vladimir Putin met Chinese President Hu Jintao in Beijing.'])).toEqual([]);
  });
});

describe('what counts as a contact', () => {
  it.each([
    [
      'attended an opening ceremony together',
      'Vladimir Putin and President of China Xi Jinping attended the opening ceremony of the cultural festival.',
    ],
    ['a walk', 'Vladimir Putin and Xi Jinping took a walk along the embankment.'],
    ['an order awarded', 'President of China Xi Jinping awarded the Order of Friendship to Vladimir Putin.'],
    ['an order presented', 'Vladimir Putin presented the Order of Honour to President of China Xi Jinping.'],
    [
      'a birthday visit',
      'Before the session, the President of Russia came to the residence of the President of China to wish him a happy birthday.',
    ],
    ['a hockey game watched together', 'Vladimir Putin and Xi Jinping watched a hockey game between junior teams.'],
  ])('%s', (_what, sentence) => {
    expect(claims('2019-06-15', 'Vladimir Putin and Xi Jinping', [sentence]).map(brief)).toContainEqual([
      'contact',
      '2019-06-15',
      'past',
      null,
    ]);
  });

  it.each([
    [
      'a teleconference',
      'On Monday, Vladimir Putin and Xi Jinping took part via teleconference in the launch of the pipeline.',
      'video call',
    ],
    ['a video link', 'Putin and Xi spoke by video link on Monday.', 'video call'],
    ['a videoconference', 'Xi Jinping held talks with Vladimir Putin via videoconference on Monday.', 'video call'],
    ['a telephone conversation', 'Vladimir Putin had a telephone conversation with Xi Jinping on Monday.', 'phone call'],
  ])('%s is a call', (_what, sentence, format) => {
    expect(claims('2021-06-30', 'Leaders talk', [sentence]).find((c) => c.what === 'contact')).toMatchObject({
      format,
      date: '2021-06-28',
    });
  });

  it('finds Xi in a list of congratulation calls, and not in the list of written messages', () => {
    const found = claims('2024-03-18', 'Foreign leaders congratulate Vladimir Putin', [
      'Vladimir Putin had telephone conversations with President of Kazakhstan Kassym-Jomart Tokayev, President of Belarus Alexander Lukashenko, President of Uzbekistan Shavkat Mirziyoyev, President of the People’s Republic of China Xi Jinping and Prime Minister of India Narendra Modi.',
      'Messages of congratulations were received from President of the People’s Republic of China Xi Jinping and many others.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ what: 'contact', relation: 'bilateral', format: 'phone call', date: '2024-03-18', paragraph: 0 });
  });

  it('reads several leaders at a summit session as a co-presence, not a meeting of the two', () => {
    const found = claims('2019-06-14', 'Summit session', [
      'President of Brazil Jair Bolsonaro, Vladimir Putin, Prime Minister of India Narendra Modi and Xi Jinping posed for a group photo.',
    ]);
    expect(found[0]).toMatchObject({ what: 'presence', relation: 'several', format: 'multilateral' });
  });

  it('reads a meeting with one other leader as a trilateral', () => {
    const found = claims('2019-06-28', 'Three leaders meet', [
      'Vladimir Putin had a meeting with Prime Minister of India Narendra Modi and President of China Xi Jinping.',
    ]);
    expect(found[0]).toMatchObject({ what: 'contact', relation: 'trilateral', format: 'trilateral' });
  });

  it('reads an address to Xi in Putin’s speech, even when cleaning dropped the line, as both being there', () => {
    const found = claims('2017-05-14', 'Speech at the opening of the forum', ['I am glad to welcome you all.'], {
      speakers: ['President of Russia Vladimir Putin'],
      dropped: [{ text: 'Mr Xi Jinping, heads of state, colleagues,', rule: 'salutation' }],
    });
    expect(found[0]).toMatchObject({ what: 'presence', relation: 'several', date: '2017-05-14' });
  });

  it('reads Xi thanked as "our colleague" in Putin’s speech to a summit as both being there', () => {
    const found = claims(
      '2017-07-07',
      'Leaders’ meeting',
      [
        'An informal meeting of the heads of state of the five countries took place before the summit.',
        'Friends,',
        'To conclude, I would like to thank our colleague, President of China Xi Jinping, for his chairmanship.',
      ],
      { speakers: [null, 'President of Russia Vladimir Putin', 'President of Russia Vladimir Putin'] },
    );
    expect(found[0]).toMatchObject({ what: 'presence', relation: 'several', format: 'multilateral', date: '2017-07-07' });
    // Thanking him for a letter says nothing of where he was.
    expect(
      claims('2017-07-07', 'Meeting with the Government', ['I thank President Xi Jinping for his letter.'], {
        speakers: ['President of Russia Vladimir Putin'],
      }),
    ).toEqual([]);
  });

  it('reads a list of leaders after "came together" today as both at that gathering', () => {
    const found = claims('2021-04-22', 'Briefing on the climate summit', [
      'The importance of today is this: the world came together. President Xi, Prime Minister Modi, President Putin, President Macron — all agreed.',
    ]);
    expect(found[0]).toMatchObject({ what: 'presence', relation: 'several', format: 'multilateral', date: '2021-04-22' });
    // An invitation list a month ahead is no gathering.
    expect(
      claims('2021-03-26', 'Invitations', [
        'The President invited 40 leaders. President Xi, President Putin and President Macron are among them.',
      ]),
    ).toEqual([]);
  });
});

describe('questions, hypotheticals, denials and other leaders’ meetings are no reports', () => {
  it.each([
    ['neither … nor', 'Neither Vladimir Putin nor Xi Jinping will attend the gathering.'],
    ['a condition', 'If Xi meets Putin next month, what will that mean for the talks?'],
    ['a wish', 'We encourage President Xi to speak with President Putin about the war.'],
    ['a denial', 'Xi Jinping has not spoken with Vladimir Putin since the spring.'],
    ['a possibility', 'Putin could meet Xi at some point this year.'],
  ])('%s', (_what, sentence) => {
    const found = claims('2022-04-01', 'Briefing', [sentence]);
    expect(found.filter((c) => c.date && c.tense !== 'future')).toEqual([]);
  });

  it('keeps other leaders’ meetings with one of the two out', () => {
    expect(
      claims('2022-04-01', 'Briefing', ['The President met with Xi last week, and Chancellor Scholz spoke with Putin on Friday.']),
    ).toEqual([]);
  });

  it('takes a reporter’s question that states a contact as fact, and not one about a contact that might come', () => {
    const q = claims(
      '2022-06-15',
      'Press briefing',
      ['Q Following the latest Xi-Putin call, has China moved closer to Russia?', 'Q And will Putin meet Xi again this summer?'],
      { speakers: ['Q', 'Q'] },
    );
    expect(q[0]).toMatchObject({ what: 'contact', date: '2022-06-15', format: 'phone call', question: true });
    expect(q.filter((c) => c.tense === 'future').every((c) => !c.date)).toBe(true);
  });

  it('gives no day to a habitual or long-ago contact', () => {
    const found = claims(
      '2019-04-25',
      'Interview',
      ['You have met with President Xi Jinping many times.', 'In May 2015, President Xi Jinping and I agreed to link the two projects.'],
      { speakers: ['Question', 'Vladimir Putin'] },
    );
    expect(found.every((c) => !c.date)).toBe(true);
  });

  it('dates nothing to the day of a written message', () => {
    expect(
      claims('2017-10-01', 'Congratulations to President Xi Jinping', [
        'Vladimir Putin sent a message of congratulations to President of China Xi Jinping.',
        'He recalled their latest meetings with the President of China.',
      ]).filter((c) => c.date),
    ).toEqual([]);
  });
});

describe('announcements and days', () => {
  it('resolves an announcement forward: "The President of Russia will meet…" on a day', () => {
    const found = claims('2017-05-12', 'Vladimir Putin will visit Beijing', [
      'On May 14–15, the President will make a working visit to Beijing. The President of Russia will also meet with President of China Xi Jinping.',
    ]);
    expect(found.find((c) => c.paragraph === 0)).toMatchObject({
      tense: 'future',
      date: '2017-05-14',
      end: '2017-05-15',
      dateFrom: 'announced',
    });
  });

  it('reads "the day before yesterday" and "on Tuesday" against publication', () => {
    expect(claims('2023-06-09', 'x', ['Putin and Xi met the day before yesterday.'])[0]).toMatchObject({ date: '2023-06-07' });
    expect(claims('2023-06-09', 'x', ['Putin and Xi met on Tuesday.'])[0]).toMatchObject({ date: '2023-06-06' });
  });

  it('reads "the second day of a three-day visit"', () => {
    expect(
      claims('2023-06-07', 'x', [
        'Xi Jinping and Vladimir Putin signed agreements on Tuesday, the second day of a three-day state visit.',
      ])[0],
    ).toMatchObject({ date: '2023-06-06', visitDay: 2, visitDays: 3, format: 'state visit' });
  });

  it('keeps a present tense ("is headed to Russia this week to meet Putin") as a plan', () => {
    expect(
      claims('2022-09-12', 'Gaggle', ['Xi Jinping is headed to Russia this week to meet Putin.']).every(
        (c) => c.tense === 'future' && !c.date,
      ),
    ).toBe(true);
  });
});
