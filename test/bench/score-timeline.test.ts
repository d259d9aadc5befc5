/** The timeline's scoring against a reference read by hand (bench/score-timeline.ts, test/fixtures/reference/README.md). */
import { scoreTimeline, type ReferenceTimeline } from '../../bench/score-timeline';
import type { SummitEvent } from '../../src/events/types';

const found = (date: string, kind: SummitEvent['kind'], extra: Partial<SummitEvent> = {}): SummitEvent => ({
  date,
  kind,
  title: 't',
  articles: [{ articleId: `a-${date}`, title: 't', published: date, dateFrom: 'header' }],
  ...extra,
});
const reference: ReferenceTimeline = {
  archive: 'x',
  events: [
    { date: '2019-06-05', end: '2019-06-07', kind: 'state visit', articles: ['a-2019-06-05'] },
    { date: '2019-06-14', kind: 'multilateral', summit: 'SCO', articles: [] },
    { date: '2013-03-27', kind: 'multilateral', summit: 'BRICS', articles: [], namesXi: false },
    { date: '2019-06-15', kind: 'meeting on the sidelines', articles: [] },
    { date: '2019-12-02', kind: 'video call', articles: [], announcedOnly: true },
    { date: '2018-03-19', kind: 'phone call', articles: [] },
  ],
  notEvents: [{ article: 'a-2020-01-31', why: 'a written message' }],
};

describe('scoring a timeline', () => {
  it('matches on the same first and last day and the same kind family', () => {
    const s = scoreTimeline(
      [
        found('2019-06-05', 'visit', { end: '2019-06-07', format: 'state visit' }),
        found('2019-06-14', 'in-person talks', { format: 'multilateral' }),
        found('2019-06-15', 'in-person talks'),
        found('2018-03-19', 'phone call'),
      ],
      reference,
    );
    expect(s).toMatchObject({ precision: 1, recall: 1, required: 4, requiredMatched: 4, misses: [], falseEvents: [] });
  });

  it('counts a visit found on fewer days as a miss and a false event', () => {
    const s = scoreTimeline([found('2019-06-05', 'visit')], reference);
    expect(s.misses.map((m) => m.reference.date)).toContain('2019-06-05');
    expect(s.falseEvents[0]?.why).toMatch(/other days/);
  });

  it('counts a call found as a meeting as another kind', () => {
    const s = scoreTimeline([found('2018-03-19', 'in-person talks')], reference);
    expect(s.falseEvents[0]?.why).toMatch(/another kind/);
  });

  it('requires multilateral days, takes announced-only events and days Xi is not named as optional, and never a multilateral day as a meeting of the two', () => {
    const optional = scoreTimeline(
      [found('2013-03-27', 'in-person talks', { format: 'multilateral' }), found('2019-12-02', 'video call')],
      reference,
    );
    expect(optional.optionalFound.map((r) => r.date)).toEqual(['2013-03-27', '2019-12-02']);
    expect(optional.falseEvents).toEqual([]);
    expect(optional.misses.map((m) => m.reference.date)).toContain('2019-06-14');
    const mislabelled = scoreTimeline([found('2019-06-14', 'in-person talks', { format: 'meeting' })], reference);
    expect(mislabelled.falseEvents).toHaveLength(1);
  });

  it('names the reason a false event is wrong from the reference', () => {
    const s = scoreTimeline([found('2020-01-31', 'phone call')], reference);
    expect(s.falseEvents[0]?.why).toMatch(/not an event.*written message/);
    expect(s.precision).toBe(0);
  });
});
