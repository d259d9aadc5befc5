import { answerSummit, onThisDate } from '../../src/answers';
import { buildSmallArchive, bundledArchive } from '../support/small-archive';

const archive = bundledArchive();
const TODAY = '2026-11-25';

describe('/summit <date>', () => {
  it.each(['2022-06-15', 'June 15, 2022', '15 June 2022', 'Jun 15 2022', '2022/06/15', '15/06/2022', 'on June 15, 2022'])(
    'reads %s as 2022-06-15',
    (typed) => {
      const answer = answerSummit(archive, typed, { today: TODAY });
      expect(answer).toMatchObject({ kind: 'date', date: '2022-06-15', event: { date: '2022-06-15', kind: 'phone call' } });
    },
  );

  it('reads "Dec 30 2022" and "yesterday" (against the injected today)', () => {
    expect(answerSummit(archive, 'Dec 30 2022', { today: TODAY })).toMatchObject({ date: '2022-12-30', event: { kind: 'video call' } });
    expect(answerSummit(archive, 'yesterday', { today: '2022-12-31' })).toMatchObject({
      date: '2022-12-30',
      event: { kind: 'video call' },
    });
  });

  it("shows each covering article's best excerpt first, then more on the next page", () => {
    const answer = answerSummit(archive, '2022-06-15', { today: TODAY });
    if (answer.kind !== 'date') throw new Error(answer.kind);
    expect(
      answer.results
        .slice(0, 2)
        .map((r) => r.articleId)
        .sort(),
    ).toEqual(['000_0f78933e213938ff', '001_2a8c10d118161e22']);
    expect(answer.results.every((r) => r.eventDate === '2022-06-15')).toBe(true);
    expect(answer.page.total).toBeGreaterThan(answer.results.length);
    const more = answerSummit(archive, '2022-06-15', { today: TODAY, offset: answer.results.length });
    expect(more.kind === 'date' && more.results.length).toBeGreaterThan(0);
  });

  it('names the nearest summits before and after a day without one, with their distance', () => {
    const answer = answerSummit(archive, '2022-06-20', { today: TODAY });
    expect(answer).toMatchObject({ kind: 'date', event: null, results: [] });
    if (answer.kind !== 'date') return;
    expect(answer.nearest.map((e) => [e.date, e.distanceDays])).toEqual([
      ['2022-06-15', -5],
      ['2022-12-30', 193],
    ]);
  });

  it('says which summit the articles published that day report', () => {
    const answer = answerSummit(archive, '2022-06-17', { today: TODAY });
    expect(answer).toMatchObject({ event: null, publishedThatDay: [{ articleId: '000_0f78933e213938ff', eventDate: '2022-06-15' }] });
  });

  it.each(['2022-13-45', 'February 30, 2023', '2023-02-29', '31 June 2022'])(
    'treats the impossible date %s as an input error that shows what to type',
    (typed) => {
      const answer = answerSummit(archive, typed, { today: TODAY });
      expect(answer).toMatchObject({ kind: 'input-error', query: typed, hint: expect.stringContaining('2022-06-15') });
      if (answer.kind === 'input-error') expect(answer.message).toContain(typed);
    },
  );

  it('treats other text as a question', () => {
    expect(answerSummit(archive, 'what did Xi say about sovereignty', { today: TODAY })).toMatchObject({ kind: 'question' });
  });
});

describe('on this date', () => {
  it('gives the events of that month and day in earlier years, with how many years ago', () => {
    const answer = onThisDate(archive, '06-15', { today: TODAY });
    expect(answer).toMatchObject({ kind: 'on-this-date', day: '06-15', events: [{ date: '2022-06-15', yearsAgo: 4, kind: 'phone call' }] });
    if (answer.kind === 'on-this-date') expect(answer.events[0]!.excerpts.length).toBeGreaterThanOrEqual(1);
  });

  it('defaults to today, is empty on a day without a summit, and names the next anniversary', () => {
    const answer = onThisDate(archive, undefined, { today: '2026-12-01' });
    expect(answer).toMatchObject({ day: '12-01', events: [], next: { date: '2021-12-15', day: '12-15', yearsAgo: 5 } });
    expect(onThisDate(archive, '02-29', { today: TODAY })).toMatchObject({ events: [] });
  });

  it('does not count the summit of today as "on this date", but counts a past date\'s own summit', () => {
    expect(onThisDate(archive, '2022-06-15', { today: '2022-06-15' })).toMatchObject({ events: [] });
    expect(onThisDate(archive, '2022-06-15', { today: TODAY })).toMatchObject({ events: [{ date: '2022-06-15', yearsAgo: 0 }] });
  });

  it('shows an event of February 29 on February 28 in other years, and on February 29 in leap years', () => {
    const { archive: leap } = buildSmallArchive({
      'leap.txt': 'date 2024-03-01 Xi and Putin talk\n\nXi Jinping and Vladimir Putin held a phone call on February 29, the Kremlin said.',
    });
    expect(leap.events.map((e) => e.date)).toEqual(['2024-02-29']);
    expect(onThisDate(leap, '2025-02-28', { today: TODAY })).toMatchObject({ events: [{ date: '2024-02-29', yearsAgo: 1 }] });
    expect(onThisDate(leap, '2028-02-28', { today: TODAY })).toMatchObject({ events: [] });
    expect(onThisDate(leap, '2028-02-29', { today: TODAY })).toMatchObject({ events: [{ date: '2024-02-29', yearsAgo: 4 }] });
  });

  it.each(['13-45', '2022-02-30', 'tomorrow-ish'])('refuses the day %s with what to type', (day) => {
    expect(onThisDate(archive, day, { today: TODAY })).toMatchObject({ kind: 'input-error', hint: expect.stringContaining('MM-DD') });
  });
});
