/** How claims become events: visits, summit trips, multilateral days, announcements, mentions (invented archives). */
import { buildTimeline } from '../../src/events/build-timeline';
import type { Article } from '../../src/corpus/types';

let n = 0;
const release = (published: string | null, title: string, paragraphs: string[], extra: Partial<Article> = {}): Article => ({
  id: `${published ?? 'undated'}-${++n}`,
  file: `${n}.md`,
  title,
  titleFrom: 'front matter',
  published,
  source: null,
  url: null,
  paragraphs,
  dropped: [],
  joined: [],
  ...extra,
});
const timeline = (articles: Article[]) => buildTimeline([...articles].sort((a, b) => (a.id < b.id ? -1 : 1)));
const days = (e: { date: string; end?: string }) => `${e.date}${e.end ? `..${e.end}` : ''}`;

describe('a visit', () => {
  it('is one event over its days, with every same-day report attached', () => {
    const announce = release('2016-06-20', 'Xi Jinping will make a state visit to Russia', [
      'On June 24–26, President of China Xi Jinping will pay a state visit to Russia at the invitation of Vladimir Putin.',
    ]);
    const talks = release('2016-06-24', 'Russian-Chinese talks', [
      'Vladimir Putin and President of China Xi Jinping held talks in the Kremlin.',
    ]);
    const order = release('2016-06-25', 'Executive Order on awarding the Order of Friendship to Xi Jinping', [
      'Vladimir Putin signed an Executive Order awarding the Order of Friendship to President of China Xi Jinping.',
    ]);
    const ceremony = release('2016-06-25', 'Presenting the Order', [
      'Vladimir Putin presented the Order of Friendship to President of China Xi Jinping.',
    ]);
    const train = release('2016-06-26', 'Train ride', ['Vladimir Putin and Xi Jinping travelled to Kazan by train.']);
    const { events } = timeline([announce, talks, order, ceremony, train]);
    expect(events.map(days)).toEqual(['2016-06-24..2016-06-26']);
    expect(events[0]).toMatchObject({ kind: 'visit', format: 'state visit', confidence: 'reported' });
    expect(Object.fromEntries(events[0]!.articles.map((a) => [a.articleId, a.role]))).toEqual({
      [announce.id]: 'announcement',
      [talks.id]: 'report',
      [order.id]: 'same visit',
      [ceremony.id]: 'report',
      [train.id]: 'report',
    });
    expect(events[0]!.evidence?.[0]).toMatchObject({ articleId: expect.any(String), how: expect.stringContaining('2016-06-2') });
  });

  it('is stretched by "a three-day visit" to the days it names', () => {
    const first = release('2023-03-20', 'Briefing', ['Today President Xi is visiting Russia to meet with President Putin.']);
    const after = release(
      '2023-03-22',
      'Briefing',
      ['Q Now that Xi’s three-day visit to Russia is over, what did President Putin get from it?'],
      { speakers: ['Q'] },
    );
    expect(timeline([first, after]).events.map(days)).toEqual(['2023-03-20..2023-03-22']);
  });
});

describe('a summit trip', () => {
  it('with a meeting reported without its day is one meeting on the sidelines over the summit’s days', () => {
    const day1 = release(
      '2021-07-01',
      'Leaders’ meeting of the forum',
      ['Vladimir Putin took part in the leaders’ meeting of the SCO summit.'],
      { speakers: ['President of Russia Vladimir Putin'], dropped: [{ text: 'Mr Xi Jinping, colleagues,', rule: 'salutation' }] },
    );
    const day2 = release('2021-07-02', 'Second day of the SCO summit', ['Vladimir Putin took part in the SCO summit sessions.']);
    const press = release(
      '2021-07-02',
      'Answers to journalists’ questions',
      [
        'Question: You had a meeting with the Chinese leader on the sidelines of the summit. What did you discuss?',
        'Vladimir Putin: Trade, mostly.',
      ],
      { speakers: ['Question', 'Vladimir Putin'] },
    );
    const { events } = timeline([day1, day2, press]);
    expect(events.map((e) => [days(e), e.format, e.summit])).toEqual([['2021-07-01..2021-07-02', 'meeting on the sidelines', 'SCO']]);
  });

  it('with a dated meeting on one day and a session both attended the next is a meeting and a multilateral day', () => {
    const meeting = release('2021-07-01', 'Meeting with President of China Xi Jinping', [
      'Vladimir Putin met with President of China Xi Jinping on the sidelines of the BRICS summit.',
    ]);
    const session = release('2021-07-02', 'BRICS summit', [
      'Vladimir Putin attended the BRICS summit.',
      'The session was also attended by President of Brazil Lula da Silva, President of China Xi Jinping and Prime Minister of India Narendra Modi.',
    ]);
    const { events } = timeline([meeting, session]);
    expect(events.map((e) => [days(e), e.kind, e.format])).toEqual([
      ['2021-07-01', 'in-person talks', 'meeting on the sidelines'],
      ['2021-07-02', 'in-person talks', 'multilateral'],
    ]);
    expect(events[1]!.title).toBe('Xi Jinping and Vladimir Putin at the BRICS summit (no meeting of their own reported)');
  });

  it('names a meeting beside a gathering held before a larger summit after the larger summit; a day at the gathering alone keeps its name', () => {
    const meeting = release('2021-09-04', 'Meeting with President of China Xi Jinping', [
      'An informal meeting of BRICS leaders took place in Hangzhou before the G20 summit.',
      'Vladimir Putin met with President of China Xi Jinping in Hangzhou.',
    ]);
    const brics = release('2022-07-07', 'BRICS leaders’ meeting', [
      'Before the start of the G20 summit in Hamburg, Vladimir Putin attended an informal meeting of the BRICS leaders.',
      'The meeting was also attended by President of Brazil Michel Temer, President of China Xi Jinping and Prime Minister of India Narendra Modi.',
    ]);
    const { events } = timeline([meeting, brics]);
    expect(events.map((e) => e.title)).toEqual([
      'Xi Jinping–Vladimir Putin meeting on the sidelines, Hangzhou (G20 summit)',
      'Xi Jinping and Vladimir Putin at the BRICS summit, Hamburg (no meeting of their own reported)',
    ]);
  });

  it('takes the release announcing Putin at the summit, and his arrival the day before, as its announcements; they make no event', () => {
    const notice = release('2021-06-28', 'Vladimir Putin will take part in the BRICS summit on July 1–2', [
      'On July 1–2, the President will take part in the BRICS summit in Johannesburg.',
    ]);
    const arrival = release('2021-06-30', 'Vladimir Putin arrived in Johannesburg', [
      'The President of Russia arrived in Johannesburg to take part in the BRICS summit.',
    ]);
    const meeting = release('2021-07-01', 'Meeting with President of China Xi Jinping', [
      'Vladimir Putin met with President of China Xi Jinping on the sidelines of the BRICS summit.',
    ]);
    const elsewhere = release('2021-09-01', 'Vladimir Putin will take part in the SCO summit on September 16–17', [
      'On September 16–17, the President will take part in the SCO summit.',
    ]);
    const { events, datings } = timeline([notice, arrival, meeting, elsewhere]);
    expect(events.map(days)).toEqual(['2021-07-01']);
    expect(Object.fromEntries(events[0]!.articles.map((a) => [a.articleId, a.role]))).toEqual({
      [meeting.id]: 'report',
      [notice.id]: 'announcement',
      [arrival.id]: 'announcement',
    });
    // The event's dating evidence is the meeting's own sentence, not the notices'.
    expect(events[0]!.evidence!.map((e) => e.articleId)).toEqual([meeting.id]);
    expect(datings.find((d) => d.articleId === elsewhere.id)).toMatchObject({ eventDate: null, kind: null });
  });
});

describe('announcements, mentions and present tenses', () => {
  it('a present tense the day before a report announces the meeting; it adds no day', () => {
    const eve = release('2022-02-03', 'Gaggle', ['Q There’s a meeting today with Presidents Putin and Xi — any reaction?'], {
      speakers: ['Q'],
    });
    const report = release('2022-02-04', 'Briefing', ['Q President Xi and Putin met today and released a long statement.'], {
      speakers: ['Q'],
    });
    const { events, datings } = timeline([eve, report]);
    expect(events.map(days)).toEqual(['2022-02-04']);
    expect(events[0]!.articles.find((a) => a.articleId === eve.id)?.role).toBe('announcement');
    // Its dating says the day it was read and the event it announces, not that it happened that day.
    expect(datings.find((d) => d.articleId === eve.id)).toMatchObject({
      eventDate: '2022-02-04',
      how: expect.stringMatching(/2022-02-03.*before the event of 2022-02-04 it announces/),
    });
  });

  it('a mention a week later refers to the event; it makes none', () => {
    const call = release('2022-06-15', 'Call', ['Vladimir Putin had a telephone conversation with President of China Xi Jinping.']);
    const later = release(
      '2022-06-21',
      'Meeting with a minister',
      ['Vladimir Putin: I spoke with President Xi Jinping about this recently.'],
      { speakers: ['Vladimir Putin'] },
    );
    const { events, datings } = timeline([call, later]);
    expect(events.map(days)).toEqual(['2022-06-15']);
    expect(datings.find((d) => d.articleId === later.id)).toMatchObject({
      role: 'reference',
      dateFrom: 'reference',
      eventDate: '2022-06-15',
    });
  });

  it('an announcement with a day that nothing reports is an event marked announced', () => {
    const { events } = timeline([
      release('2019-11-29', 'Gas ceremony', [
        'On December 2, Vladimir Putin and Xi Jinping will take part via teleconference in the launch of the pipeline.',
      ]),
    ]);
    expect(events.map((e) => [days(e), e.kind, e.confidence])).toEqual([['2019-12-02', 'video call', 'announced']]);
  });

  it('an undated mention with nothing before it stays undated and is listed', () => {
    const { events, datings } = timeline([
      release('2023-11-14', 'Gaggle', ['Q President Xi has met with President Putin. Does that worry you?'], { speakers: ['Q'] }),
    ]);
    expect(events).toEqual([]);
    expect(datings[0]).toMatchObject({ eventDate: null, kind: 'in-person talks' });
  });
});

describe('resemblance', () => {
  it('never attaches an article whose own words say another weekday', () => {
    const call = release('2020-05-08', 'Xi and Putin talk by phone', [
      'Xi Jinping and Vladimir Putin spoke by phone on Friday about the pandemic, vaccines and medical supplies.',
    ]);
    const undated = release(null, 'Leaders talk', [
      'Vladimir Putin and Xi Jinping spoke by phone on Tuesday about the pandemic, vaccines and medical supplies.',
    ]);
    const { datings } = timeline([call, undated]);
    expect(datings.find((d) => d.articleId === undated.id)).toMatchObject({
      eventDate: null,
      evidence: expect.stringMatching(/says tuesday.*left undated/),
    });
  });
});

describe("an event's articles", () => {
  it('of one day are listed by id in code-point order, whatever the locale of the machine that builds the index', () => {
    const talks = (id: string) =>
      release('2019-06-05', 'Russian-Chinese talks', ['Vladimir Putin and President of China Xi Jinping held talks in the Kremlin.'], {
        id,
      });
    // localeCompare would put "a_1" before "a1" and "b-report" before "B-report".
    const { events } = timeline(['b-report', 'a_1', 'B-report', 'a1'].map(talks));
    expect(events.map(days)).toEqual(['2019-06-05']);
    expect(events[0]!.articles.map((a) => a.articleId)).toEqual(['B-report', 'a1', 'a_1', 'b-report']);
  });
});
