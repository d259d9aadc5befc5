/**
 * Wire and news-site reports as agencies write them: a dateline's day is when the story was filed,
 * a page's time stamp is no sentence of the story, a contact recalled weeks later is a mention, and
 * "a week after Putin met Xi" is not a meeting on the day of publication.
 */
import { answerSummit, askQuestion } from '../../src/answers';
import { storyFrom, timelineOf } from '../support/small-archive';

const TODAY = '2026-11-25';
const timeline = (files: Record<string, string>) => timelineOf(files);
const md = storyFrom('Wire');

describe('datelines and time stamps', () => {
  it('dates a story filed the next day by its own "on Thursday", not by the dateline', () => {
    const { events } = timeline({
      'interfax.md': md(
        '2022-09-16',
        'Putin, Xi hold talks in Samarkand',
        'SAMARKAND. Sept 16 (Interfax) - Russian President Vladimir Putin and Chinese President Xi Jinping held talks on Thursday on the sidelines of the SCO summit.',
        '"We highly value the balanced position of our Chinese friends," Putin told Xi at the beginning of the meeting.',
      ),
    });
    expect(events).toEqual([{ date: '2022-09-15', kind: 'in-person talks', articles: ['interfax:report'] }]);
  });

  it('reads a name as the New York Times writes it: "Xi Jinping and Vladimir V. Putin met in Beijing on Friday"', () => {
    const { events } = timeline({
      'nyt.md': md(
        '2022-02-04',
        'Putin and Xi Unveil a Partnership as Olympics Open',
        'BEIJING — Xi Jinping and Vladimir V. Putin met in Beijing on Friday hours before the opening ceremony of the Winter Olympics.',
      ),
    });
    expect(events.map((e) => [e.date, e.kind])).toEqual([['2022-02-04', 'in-person talks']]);
  });

  it('still dates a same-day story whose lead has a dateline and no weekday', () => {
    const { events } = timeline({
      'xinhua.md': md(
        '2024-10-22',
        'Xi meets Putin in Kazan',
        'KAZAN, Russia, Oct. 22 (Xinhua) -- Chinese President Xi Jinping met with Russian President Vladimir Putin in Kazan, on the sidelines of the BRICS summit.',
      ),
    });
    expect(events.map((e) => e.date)).toEqual(['2024-10-22']);
  });

  it('reads "the afternoon of March 21" after a time stamp of the next morning', () => {
    const { events } = timeline({
      'readout.md': md(
        '2023-03-22',
        'President Xi Jinping Holds Talks with Russian President Vladimir Putin',
        '2023-03-22 06:15',
        'On the afternoon of March 21, 2023 local time, President Xi Jinping held talks with President Vladimir Putin at the Kremlin in Moscow.',
        'The two heads of state then jointly met the press.',
      ),
    });
    expect(events.map((e) => [e.date, e.kind])).toEqual([['2023-03-21', 'in-person talks']]);
  });

  it('reads a call held "on Friday" as reported though the sentence goes on to next spring', () => {
    const { archive, events } = timeline({
      'ria.md': md(
        '2022-12-30',
        'Putin invites Xi to Moscow for state visit in spring',
        'MOSCOW, December 30 - RIA Novosti. Russian President Vladimir Putin held talks with Chinese President Xi Jinping by video link on Friday and invited him to make a state visit to Moscow next spring.',
      ),
    });
    expect(events).toEqual([{ date: '2022-12-30', kind: 'video call', articles: ['ria:report'] }]);
    expect(archive.events[0]!.confidence).toBe('reported');
  });

  it('gives a headline that names no kind the lead’s call of the same day: one phone call, not a call and talks', () => {
    const { events } = timeline({
      'reuters.md': md(
        '2022-02-25',
        "China's Xi tells Putin he supports Russia-Ukraine negotiations",
        'BEIJING, Feb 25 (Reuters) - Chinese President Xi Jinping told Russian President Vladimir Putin in a phone call on Friday that China supports Russia and Ukraine resolving the issue through negotiations.',
      ),
    });
    expect(events).toEqual([{ date: '2022-02-25', kind: 'phone call', articles: ['reuters:report'] }]);
  });
});

describe('a transcript of statements after the talks', () => {
  it('reports the talks its title names beside both leaders, on its day; "Russian-Chinese talks" alone are not theirs', () => {
    const { events } = timeline({
      'statements.md': md(
        '2023-03-21',
        'Statements to the press by Vladimir Putin and Xi Jinping following Russian-Chinese talks',
        'President Putin: Mr Chairman, friends. The talks took place in a constructive and friendly atmosphere.',
        'President Xi Jinping (retranslated): I am very glad to be in Moscow on my first foreign trip after my re-election.',
      ),
      'ministers.md': md(
        '2023-06-01',
        'Russian-Chinese talks on trade',
        'Russian-Chinese talks on trade were held in Moscow on Thursday; Putin and Xi were not present.',
      ),
    });
    expect(events.map((e) => [e.date, e.kind, e.articles])).toEqual([['2023-03-21', 'in-person talks', ['statements:report']]]);
  });
});

describe('an interview about earlier talks', () => {
  it('is no report of talks on its own day: "Putin spoke about his talks with Xi"', () => {
    const { events } = timeline({
      'interview.md': md(
        '2023-03-28',
        'Putin interview with China Media Group',
        'In an exclusive interview with China Media Group recorded in the Kremlin, Russian President Vladimir Putin spoke about his talks with President Xi Jinping.',
      ),
      'met.md': md('2023-03-30', 'Talks', 'Vladimir Putin met on Thursday with Xi Jinping in Beijing.'),
    });
    expect(events.map((e) => [e.date, e.articles])).toEqual([['2023-03-30', ['met:report']]]);
  });
});

describe('a weekday in the present tense', () => {
  it('is the nearer one: "arrives in Beijing on Thursday" in a story of Wednesday announces the next day', () => {
    const { archive, events } = timeline({
      'preview.md': md(
        '2024-05-15',
        'Putin heads to China',
        'Russian President Vladimir Putin arrives in Beijing on Thursday for talks with Chinese President Xi Jinping.',
      ),
    });
    expect(events.map((e) => e.date)).toEqual(['2024-05-16']);
    expect(archive.events[0]!.confidence).toBe('announced');
  });
});

describe('contacts recalled in stories about something else', () => {
  const files = {
    'talks.md': md(
      '2022-02-04',
      'Xi holds talks with Putin',
      'BEIJING, Feb. 4 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir Putin at the Diaoyutai State Guesthouse on Friday afternoon.',
      'Putin said that Russia and China are good friends and good partners.',
    ),
    'biden.md': md(
      '2022-03-18',
      'Xi holds video call with U.S. President Biden',
      'BEIJING, March 18 (Xinhua) -- Chinese President Xi Jinping on Friday had a video call with U.S. President Joe Biden.',
      'Xi pointed out that the world is neither peaceful nor tranquil.',
      'The call came weeks after Xi hosted Russian President Vladimir Putin in Beijing on Feb. 4, when the two sides issued a joint statement.',
    ),
    'modi.md': md(
      '2024-07-09',
      'Putin, Modi hold talks in Moscow',
      'Russian President Vladimir Putin held talks with visiting Indian Prime Minister Narendra Modi in Moscow on Tuesday.',
      "Modi's trip came a week after Putin met Chinese President Xi Jinping in Astana on the sidelines of the SCO summit.",
      'At that meeting, Xi and Putin pledged to further deepen bilateral cooperation.',
    ),
  };

  it('makes the recalled meeting one event in person, which the later story only refers to', () => {
    const { events } = timeline(files);
    expect(events).toEqual([{ date: '2022-02-04', kind: 'in-person talks', articles: ['talks:report', 'biden:reference'] }]);
  });

  it('answers a question about that summit from its own reports before the story that recalls it', () => {
    const { archive } = timeline(files);
    const answer = askQuestion(archive, 'what did Xi say in Beijing on Feb. 4, 2022?', { today: TODAY, limit: 3 });
    expect(answer.scope?.events.map((e) => e.date)).toEqual(['2022-02-04']);
    expect(answer.results[0]!.articleId).toBe('talks');
  });

  it('puts the later story’s words with its own occasion, not at the summit it recalls', () => {
    const { archive } = timeline(files);
    const answer = answerSummit(archive, '2022-02-04', { today: TODAY });
    if (answer.kind !== 'date') throw new Error(answer.kind);
    const said = answer.event!.sides.flatMap((s) => s.statements.map((x) => `${x.speaker}: ${x.articleId}`));
    expect(said).toEqual(['Vladimir Putin: talks']);
    expect(answer.results[0]!.articleId).toBe('talks');
  });
});

describe('how Chinese readouts report speech', () => {
  it('gives "Xi pointed out that …" to Xi, as what follows "that", and reads "Dec. 15" inside a sentence', () => {
    const { archive } = timeline({
      'readout.md': md(
        '2021-12-15',
        'Xi holds virtual meeting with Putin',
        'BEIJING, Dec. 15 (Xinhua) -- Chinese President Xi Jinping on Wednesday held a virtual meeting with Russian President Vladimir Putin.',
        'Xi pointed out that China-Russia relations have withstood various tests this year.',
        'Xi recalled that the two had held a virtual meeting on Dec. 15 last year, and welcomed the progress made since.',
      ),
    });
    const answer = answerSummit(archive, '2021-12-15', { today: TODAY });
    if (answer.kind !== 'date') throw new Error(answer.kind);
    const xi = answer.event!.sides.find((s) => s.side === 'Chinese')!.statements.map((s) => s.text);
    expect(xi).toEqual([
      'China-Russia relations have withstood various tests this year.',
      'the two had held a virtual meeting on Dec. 15 last year, and welcomed the progress made since.',
    ]);
  });
});
