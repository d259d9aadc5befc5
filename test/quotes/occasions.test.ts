/**
 * Issue 12, "One meeting's words only": words are listed under a summit only when they were said at
 * it. An interview that announces the visit, a news conference after it, a briefing elsewhere and a
 * sentence that names another occasion keep their own occasion and day, after the summit's words; a
 * sentence that names a summit the timeline has ("Last May, during the state visit in Beijing") is
 * listed under that summit. Invented articles; what is checked is what a person reads.
 */
import { answerQuotes, answerSummit } from '../../src/answers';
import { placeStatement, summitSides } from '../../src/answers/summit-sides';
import type { Answer } from '../../src/answers/types';
import { findStatements } from '../../src/quotes';
import { linkOccasion, occasionWindow, ownOccasionTitle } from '../../src/quotes/link-occasion';
import { occasionOf } from '../../src/quotes/occasion';
import { renderSlackMessage } from '../../src/render/slack';
import { renderForTerminal } from '../../src/render/terminal';
import type { SummitEvent } from '../../src/events/types';
import { buildSmallArchive } from '../support/small-archive';

const TODAY = '2031-06-01';

const { archive } = buildSmallArchive({
  'a-interview.txt': [
    'date 2030-05-10 Interview with China Central Television',
    'Vladimir Putin will pay a state visit to China on May 14–16 at the invitation of President Xi Jinping. Ahead of the visit, he gave an interview to China Central Television.',
    'Question: What do you expect from the visit?',
    'Vladimir Putin: I have always valued the friendship of the Chinese people, and I look forward to seeing my friend again.',
  ].join('\n\n'),
  'b-talks.txt': [
    'date 2030-05-14 Russian-Chinese talks',
    'Vladimir Putin and President of China Xi Jinping held talks in Beijing.',
    'President of the People’s Republic of China Xi Jinping: Dear friend, I am glad to welcome you to Beijing again at the start of your state visit.',
    'President of Russia Vladimir Putin: Mr President, my dear friend!',
    'Our trade has grown by a third this year, and we will build a new bridge across the Amur together.',
  ].join('\n\n'),
  'c-press.txt': [
    'date 2030-05-17 News conference following state visit to China',
    'Vladimir Putin answered journalists’ questions following his state visit to China, where he held talks with Xi Jinping.',
    'Question: How were the talks with the Chinese leader?',
    'Vladimir Putin: Very productive. We agreed on the bridge and on the gas prices for the next ten years.',
  ].join('\n\n'),
  'd-call.txt': [
    'date 2031-02-10 Telephone conversation with President of China Xi Jinping',
    'Vladimir Putin had a telephone conversation with President of China Xi Jinping.',
    'The leaders discussed the construction of the bridge across the Amur.',
    'Xi Jinping said that the talks on the gas prices would be finished by the summer.',
    'Last May, during the state visit in Beijing, Xi Jinping said that the bridge would open in 2032.',
    'Back in 2025, at a summit in Kazan, Xi Jinping said that the two countries would never be rivals.',
  ].join('\n\n'),
  'e-remarks.txt': [
    'date 2030-05-15 Remarks on the situation in Asia',
    'MR. PRICE: President Xi Jinping and President Putin held talks in Beijing yesterday. We are watching their talks closely, and we do not think they change anything for us.',
  ].join('\n\n'),
});

const terminal = (answer: Answer) => renderForTerminal(answer, { color: false });
const quotes = (text: string) => terminal(answerQuotes(archive, text, { today: TODAY, limit: 10 }));
const summit = (date: string) => terminal(answerSummit(archive, date, { today: TODAY, limit: 1 }));
/** The "What each side said" part of a date page. */
const sides = (page: string) => page.slice(page.indexOf('What each side said'), page.indexOf('\n\n  1. '));

describe('an announcement, an interview, a news conference after the visit: their own occasion, never the summit', () => {
  it('lists the summit’s own words first, then the interview and the news conference, each with its occasion and day', () => {
    const page = quotes('Putin 2030-05-14');
    expect(page).toContain('Statements by Vladimir Putin on 14 May 2030 (1 statement at this summit, 2 said on other occasions):');
    const lines = page.split('\n');
    expect(lines[2]).toBe('  1. “Our trade has grown by a third this year, and we will build a new bridge across the Amur together.”');
    expect(lines[4]).toBe('*Said on other occasions, in the coverage of this summit:*');
    expect(lines[5]).toBe(
      '  2. “I have always valued the friendship of the Chinese people, and I look forward to seeing my friend again.” (said on another occasion: Interview with China Central Television, published 10 May 2030)',
    );
    expect(lines[6]).toContain('— Interview with China Central Television · source unknown · published 2030-05-10');
    expect(lines[7]).toBe(
      '  3. “Very productive. We agreed on the bridge and on the gas prices for the next ten years.” (said on another occasion: News conference following state visit to China, published 17 May 2030)',
    );
  });

  it('keeps them out of “What each side said” on the date page', () => {
    const shown = sides(summit('2030-05-15'));
    expect(shown).toContain('Vladimir Putin: “Our trade has grown by a third this year');
    expect(shown).not.toContain('I have always valued');
    expect(shown).not.toContain('Very productive');
  });

  it('a transcript where neither side speaks (remarks in another capital) is its own occasion', () => {
    expect(quotes('Price 2030-05-14')).toContain(
      '  1. “President Xi Jinping and President Putin held talks in Beijing yesterday. We are watching their talks closely, and we do not think they change anything for us.” (said on another occasion: Remarks on the situation in Asia, published 15 May 2030)',
    );
    expect(sides(summit('2030-05-15'))).not.toContain('Ned Price');
  });

  it('the same trip’s other business (a meeting with another leader) is its own occasion, not the summit’s', () => {
    const visit = archive.events.find((e) => e.date === '2030-05-14')!;
    const sameVisit = {
      ...visit,
      articles: visit.articles.map((a) => (a.articleId === 'b-talks' ? { ...a, role: 'same visit' as const } : a)),
    };
    expect(summitSides(archive, sameVisit).flatMap((s) => s.statements.map((st) => st.articleId))).not.toContain('b-talks');
    const n = archive.articleIndex.get('b-talks')!;
    const putin = archive.statements.get(n)!.find((st) => st.speaker === 'Vladimir Putin')!;
    expect(placeStatement(archive, n, putin, sameVisit)).toEqual({
      at: false,
      saidAt: 'Russian-Chinese talks',
      saidOn: { of: 'publication', date: '2030-05-14' },
    });
  });

  it('a turn that only addresses people (“Mr President, my dear friend!”) is no statement', () => {
    expect(quotes('Putin 2030-05-14')).not.toContain('my dear friend');
    expect(
      findStatements({
        paragraphs: ['Ladies and gentlemen, friends,', 'Thank you, Mr President.'],
        speakers: ['Vladimir Putin', 'Vladimir Putin'],
      }).map((s) => s.text),
    ).toEqual(['Thank you, Mr President.']);
  });
});

describe('a sentence that names its occasion', () => {
  it('is listed under the summit the timeline has for it, with the words that name it and that summit’s days', () => {
    const page = quotes('Xi 2030-05-14');
    expect(page).toContain('Statements by Xi Jinping on 14 May 2030 (2 statements):');
    expect(page).toContain(
      '  2. the bridge would open in 2032. (reported) (said last May, during the state visit in Beijing: the summit of 14–16 May 2030)\n     — Telephone conversation with President of China Xi Jinping · source unknown · published 2031-02-10',
    );
    expect(sides(summit('2030-05-14'))).toContain(
      'Xi Jinping: the bridge would open in 2032. (reported) (said last May, during the state visit in Beijing: the summit of 14–16 May 2030) — Telephone conversation with President of China Xi Jinping · ¶ 4',
    );
  });

  it('is never shown as said at the call its article reports: after the call’s words, with its own occasion', () => {
    const page = quotes('Xi 2031-02-10');
    expect(page).toContain('(1 statement at this summit, 2 said on other occasions)');
    const lines = page.split('\n');
    expect(lines[2]).toBe('  1. the talks on the gas prices would be finished by the summer. (reported)');
    expect(lines[4]).toBe('*Said on other occasions, in the coverage of this summit:*');
    expect(page).toContain(
      '  3. the two countries would never be rivals. (reported) (said on another occasion: Back in 2025, at a summit in Kazan)',
    );
    const shown = sides(summit('2031-02-10'));
    expect(shown).toContain('the talks on the gas prices');
    expect(shown).not.toContain('would never be rivals');
    expect(shown).not.toContain('would open in 2032');
  });

  it('Slack shows the same words, the heading over the other occasions and the citation', () => {
    const message = renderSlackMessage(answerQuotes(archive, 'Xi 2031-02-10', { today: TODAY, limit: 10 }));
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('(1 statement at this summit, 2 said on other occasions)');
    expect(text).toContain('*Said on other occasions, in the coverage of this summit:*');
    expect(text).toContain('(said last May, during the state visit in Beijing: the summit of 14–16 May 2030)');
  });

  it('reads “at our meeting in Moscow in March” as an occasion, and links it by month, place and kind', () => {
    expect(occasionOf('As Xi told me at our meeting in Moscow in March, trade is growing.')).toBe('at our meeting in Moscow in March');
    expect(occasionWindow('last September, in Uzbekistan', '2022-12-30')).toEqual({ from: '2022-09-01', to: '2022-09-30' });
    expect(occasionWindow('Last September', '2022-09-20')).toEqual({ from: '2021-09-01', to: '2021-09-30' });
    const event = (date: string, kind: SummitEvent['kind'], place?: string): SummitEvent => ({
      date,
      kind,
      title: `Xi Jinping–Vladimir Putin ${kind}${place ? `, ${place}` : ''}`,
      articles: [],
      ...(place ? { place } : {}),
    });
    const events = [
      event('2022-09-15', 'in-person talks', 'Samarkand, Uzbekistan'),
      event('2023-03-20', 'visit', 'Moscow'),
      event('2023-03-28', 'phone call'),
    ];
    expect(linkOccasion('Last September, during a regional summit in Uzbekistan', '2022-12-30', events)?.date).toBe('2022-09-15');
    expect(linkOccasion('at our meeting in Moscow in March', '2023-06-01', events)?.date).toBe('2023-03-20');
    // A call is not a meeting; someone else's call is never theirs; nothing to go by, no link.
    expect(linkOccasion('during the call in March', '2023-06-01', events)?.date).toBe('2023-03-28');
    expect(linkOccasion('During the U.S.-Russia call in March', '2023-06-01', events)).toBeNull();
    expect(linkOccasion('at an earlier meeting', '2023-06-01', events)).toBeNull();
  });

  it('tells an article that is an occasion of its own by its title, not the leaders’ joint appearance', () => {
    expect(ownOccasionTitle('Interview with China Media Group')).toBe(true);
    expect(ownOccasionTitle('Answers to journalists’ questions')).toBe(true);
    expect(ownOccasionTitle('Message of greetings to President of China')).toBe(true);
    expect(ownOccasionTitle('Joint news conference with President of China')).toBe(false);
    expect(ownOccasionTitle('News conference following Russian-Chinese talks')).toBe(false);
    expect(ownOccasionTitle('Russian-Chinese talks')).toBe(false);
  });
});
