/**
 * Stories as Asian and European news sites and think tanks write them: a call told again without
 * saying how, a call with a third leader the other is briefed on, a place-only dateline, a headline
 * that reports what a leader said will happen, "every meeting", a "him" that is someone else, a day
 * whose year the sentence gives its month, and a "she" who is not Xi.
 */
import { answerSummit } from '../../src/answers';
import { statementsOf } from '../../src/quotes/statements-file';
import { storyFrom, timelineOf } from '../support/small-archive';

const TODAY = '2026-11-25';
const timeline = (files: Record<string, string>) => timelineOf(files, { place: true });
const md = storyFrom('News');

describe('a call told again without saying how', () => {
  it('is the call: "agreed on Monday" beside "talks by video link on Monday afternoon" makes one video call', () => {
    const { events } = timeline({
      'scmp.md': md(
        '2021-06-28',
        'Xi and Putin extend friendship treaty',
        'Beijing and Moscow hailed their ties as a model for relations between major powers.',
        'Both face mounting pressure from the West over trade and human rights.',
        'Chinese President Xi Jinping and his Russian counterpart Vladimir Putin agreed on Monday to extend a 20-year-old treaty of friendship.',
        'The two leaders held talks by video link on Monday afternoon, after which they issued a joint statement.',
      ),
    });
    expect(events).toEqual([{ date: '2021-06-28', kind: 'video call', articles: ['scmp:report'] }]);
  });

  it('reads "Dear friend, Chairman Xi" in a videoconference’s transcript as the call, not a meeting in person', () => {
    const { events } = timeline({
      'kremlin.txt':
        'date 2025-01-21 Conversation with President of China Xi Jinping\n\nVladimir Putin had a conversation with President of the People’s Republic of China Xi Jinping via videoconference.\n\nPresident of Russia Vladimir Putin: Dear friend, dear Chairman Xi Jinping,\n\nI am glad to see you again.\n',
    });
    expect(events.map((e) => [e.date, e.kind])).toEqual([['2025-01-21', 'video call']]);
  });

  it('gives a briefing on a call with a third leader no day of its own: "briefed Putin on his telephone conversation with Trump on Friday"', () => {
    const { events } = timeline({
      'hindu.txt':
        'date 2025-01-21 Xi, Putin hold video call a day after Trump’s inauguration\n\nRussian President Vladimir Putin and Chinese President Xi Jinping held a video call on Tuesday (January 21, 2025).\n\nMr. Ushakov said Mr. Xi had briefed Mr. Putin on his telephone conversation with Mr. Trump on Friday (January 17).\n',
    });
    expect(events.map((e) => [e.date, e.kind])).toEqual([['2025-01-21', 'video call']]);
  });
});

describe('datelines and headlines', () => {
  it('reads "ASTANA -- … met on Wednesday" in a story of Thursday as Wednesday’s meeting, not held in "the Kazakh" capital', () => {
    const { events } = timeline({
      'nikkei.md': md(
        '2024-07-04',
        'Xi and Putin meet in Astana',
        'ASTANA -- Chinese President Xi Jinping and Russian President Vladimir Putin met on Wednesday on the sidelines of the Shanghai Cooperation Organization summit in the Kazakh capital.',
        '"Russian-Chinese relations are experiencing the best period in their history," Putin told Xi at the start of the talks.',
      ),
    });
    expect(events.map((e) => [e.date, e.end ?? null, e.place ?? null])).toEqual([['2024-07-03', null, null]]);
  });

  it('reports talks whose headline says they were held ahead of an occasion: "Putin, Xi hold talks in Kremlin ahead of Victory Day"', () => {
    const { events } = timeline({
      'tass.md': md(
        '2025-05-08',
        'Putin, Xi hold talks in Kremlin ahead of Victory Day celebrations',
        'MOSCOW, May 8. /TASS/. Talks between Russian President Vladimir Putin and Chinese President Xi Jinping have ended in the Kremlin.',
      ),
    });
    expect(events.map((e) => [e.date, e.kind])).toEqual([['2025-05-08', 'in-person talks']]);
  });

  it('reports a call whose headline says what a leader will do: "Xi Tells Putin China Will Keep Backing Russia"', () => {
    const { events } = timeline({
      'rferl.md': md(
        '2022-06-15',
        'Xi Tells Putin China Will Keep Backing Russia On Sovereignty',
        'Chinese President Xi Jinping has told Russian President Vladimir Putin that Beijing is ready to continue supporting Moscow, in the two leaders’ second known phone call this year.',
      ),
    });
    expect(events.map((e) => [e.date, e.kind])).toEqual([['2022-06-15', 'phone call']]);
  });
});

describe('where a meeting was held', () => {
  it('names the city a report gives rather than the hall another names', () => {
    const { events } = timeline({
      'euronews.md': md(
        '2022-02-04',
        'Putin and Xi meet before the Olympics',
        'Vladimir Putin and Xi Jinping held talks at the Diaoyutai State Guesthouse on Friday.',
      ),
      'tass.md': md('2022-02-04', 'Putin, Xi hold talks', 'Vladimir Putin and Xi Jinping held talks in Beijing on Friday.'),
    });
    expect(events.map((e) => [e.date, e.place])).toEqual([['2022-02-04', 'Beijing']]);
  });
});

describe('contacts that did not happen on the day', () => {
  it('reads "every meeting with Putin" in an interview as no meeting on its day', () => {
    const { events } = timeline({
      'meduza.md': md(
        '2023-02-24',
        'Wang Yi came to the Kremlin and Putin said he is waiting for Xi',
        'Xi Jinping and Putin last spoke on December 30, by video link, when Putin invited the Chinese leader to come to Moscow.',
        'Interviewer: So the visit could be postponed?',
        'Lebedeva: It could. Beijing is in no hurry. For Xi, every meeting with Putin is a cost in Europe, and China needs Europe economically.',
      ),
    });
    expect(events).toEqual([]);
  });

  it('does not make "him" Putin when the sentence opens with another man: "Macron will travel to Guangzhou, where Xi is expected to host him"', () => {
    const { events } = timeline({
      'politico.md': md(
        '2023-04-06',
        'Macron presses Xi on Ukraine',
        'Xi has so far resisted calls to condemn Putin over the invasion.',
        'Macron will travel to Guangzhou on Friday, where Xi is expected to host him for an informal dinner.',
      ),
    });
    expect(events).toEqual([]);
  });

  it('dates "in June 2019 — the official talks took place on June 5" in 2019, not in the year before publication', () => {
    const { events } = timeline({
      'carnegie.md': md(
        '2025-02-11',
        'Forty meetings',
        'During Xi’s state visit to Moscow in June 2019 — the official talks took place on June 5 — Xi described Putin as his best friend.',
      ),
    });
    expect(events.map((e) => e.date)).toEqual(['2019-06-05']);
  });

  it('does not date a week-old story’s account of talks it told as last week’s by its own day', () => {
    const { events } = timeline({
      'theeastafrican.md': md(
        '2024-10-28',
        'What Kazan meant for Africa',
        'Ethiopia and Egypt took their seats at the BRICS table for the first time last week, as leaders gathered in Kazan.',
        'The most closely watched meeting in Kazan was between Putin and Chinese President Xi Jinping, who held talks last week on the eve of the summit.',
        'Putin told Xi that cooperation between Moscow and Beijing was "an example" of how relations should be built, according to a Kremlin transcript.',
      ),
    });
    expect(events).toEqual([]);
  });

  it('does not date what the leaders agreed on a call by the day of an occasion one invited the other to', () => {
    const { events } = timeline({
      'reuters.md': md(
        '2025-01-21',
        'Xi tells Putin ties can reach new height in call',
        'Chinese President Xi Jinping told Russian President Vladimir Putin in a video call on Tuesday that China was ready to work with Russia.',
        '"The two leaders agreed to meet in person at least twice this year," Ushakov said, adding that Putin had invited Xi to Moscow for the May 9 Victory Day celebrations.',
      ),
    });
    expect(events.map((e) => [e.date, e.kind])).toEqual([['2025-01-21', 'video call']]);
  });
});

describe('who "she" is', () => {
  it('is not Xi: "Von der Leyen, who held talks with Xi, … she told a press conference"', () => {
    const paragraphs = [
      'Von der Leyen, who held separate talks with Xi and then joined a trilateral meeting, was blunter. “Arming the aggressor would be clearly against international law,” she told a press conference after the meetings.',
    ];
    const found = statementsOf([{ id: 'politico', paragraphs, published: '2023-04-06' }]).politico ?? [];
    expect(found.filter((s) => s.speaker === 'Xi Jinping')).toEqual([]);
  });

  it('is Zakharova when she is the one woman named: "Zakharova, asked about Xi and Putin, … she said"', () => {
    const paragraphs = ['Maria Zakharova, asked whether Xi would meet Putin in May, was brief. “The visit is being prepared,” she said.'];
    const found = statementsOf([{ id: 'mid', paragraphs, published: '2025-04-16' }]).mid ?? [];
    expect(found.map((s) => [s.speaker, s.text])).toEqual([['Maria Zakharova', '“The visit is being prepared”']]);
  });
});

describe('who said it, as news sites write it', () => {
  const said = (paragraph: string) =>
    (statementsOf([{ id: 'story', paragraphs: [paragraph], published: '2024-05-16' }]).story ?? []).map((s) => [s.speaker, s.text]);

  it('gives the words to the one before an aside that names the other: "Putin, speaking alongside Xi, said …"', () => {
    expect(said('Putin, speaking to reporters alongside Xi, said the relationship was not aimed at third countries.')).toEqual([
      ['Vladimir Putin', 'Putin, speaking to reporters alongside Xi, said the relationship was not aimed at third countries.'],
    ]);
  });

  it('keeps "As President Xi said today, …" the words of the one quoting him, and "he" the one just quoted', () => {
    expect(
      said(
        'Putin, speaking to reporters alongside Xi, said the relationship was “not opportunistic.” “As President Xi said today, our cooperation is not directed against anyone,” he said.',
      ).map(([speaker]) => speaker),
    ).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('gives "…,” Xinhua quoted Xi as saying" to Xi, relayed by Xinhua', () => {
    const found = statementsOf([
      {
        id: 'story',
        paragraphs: ['“All parties should push for a proper settlement of the crisis,” Xinhua quoted Xi as saying.'],
        published: '2022-06-15',
      },
    ]).story!;
    expect(found.map((s) => [s.speaker, s.reportedBy, s.text])).toEqual([
      ['Xi Jinping', 'Xinhua', '“All parties should push for a proper settlement of the crisis”'],
    ]);
  });

  it('gives "Chinese Foreign Ministry spokesman Lin Jian told" to the spokesman, on the Chinese side', () => {
    const found = statementsOf([
      {
        id: 'story',
        paragraphs: ['Chinese Foreign Ministry spokesman Lin Jian told a regular briefing that the two heads of state would meet.'],
      },
    ]).story!;
    expect(found.map((s) => [s.speaker, s.side])).toEqual([['Lin Jian', 'Chinese']]);
  });

  it('reads past an aside with a quote in it, and a tag that goes on "after the talks"', () => {
    expect(
      said('Xi, who called Putin his “old friend,” said that the two sides should uphold their friendship.').map(([speaker]) => speaker),
    ).toEqual(['Xi Jinping']);
    expect(said('Putin spoke after the talks. “Our cooperation is a stabilising factor,” he told reporters after the talks.')).toEqual([
      ['Vladimir Putin', '“Our cooperation is a stabilising factor”'],
    ]);
  });

  it('makes "he" before any quote the one the sentence before opened with: "Putin thanked Xi. “…,” he said"', () => {
    expect(
      said(
        'Opening the meeting, Vladimir Putin thanked Xi Jinping for his support. “Our cooperation is one of the main stabilising factors,” he said.',
      ),
    ).toEqual([['Vladimir Putin', '“Our cooperation is one of the main stabilising factors”']]);
  });

  it('reads a tag that goes on "addressing Xi as his dear friend" as a tag: the words are the quote before it', () => {
    expect(
      said(
        '“In the current difficult conditions, we need close foreign policy coordination,” Putin said in the televised part of the meeting, addressing Xi as his “dear friend.”',
      ),
    ).toEqual([['Vladimir Putin', '“In the current difficult conditions, we need close foreign policy coordination”']]);
  });
});

describe('a summit reported on its day', () => {
  it('still answers its date page from the story', () => {
    const { archive } = timeline({
      'nikkei.md': md(
        '2024-07-04',
        'Xi and Putin meet in Astana',
        'ASTANA -- Chinese President Xi Jinping and Russian President Vladimir Putin met on Wednesday on the sidelines of the Shanghai Cooperation Organization summit.',
      ),
    });
    const answer = answerSummit(archive, '2024-07-03', { today: TODAY });
    expect(answer.kind).toBe('date');
    if (answer.kind === 'date') expect(answer.event?.date).toBe('2024-07-03');
  });
});
