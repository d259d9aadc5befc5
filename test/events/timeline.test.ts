import { buildSmallArchive, bundledArchive } from '../support/small-archive';

const summits = (files: Record<string, string>) => {
  const { archive, report } = buildSmallArchive(files);
  return {
    events: archive.events.map((e) => ({
      date: e.date,
      ...(e.end ? { end: e.end } : {}),
      kind: e.kind,
      articles: e.articles.map((a) => `${a.articleId}:${a.dateFrom}`),
    })),
    report,
  };
};

describe('the timeline of the bundled archive', () => {
  it('is 2021-12-15 video call (003), 2022-06-15 phone call (000, 001), 2022-12-30 video call (002, 004 inferred)', () => {
    const events = bundledArchive().events.map((e) => [
      e.date,
      e.kind,
      e.articles.map((a) => `${a.articleId.slice(0, 3)}${a.dateFrom === 'inferred' ? ' inferred' : ''}`).sort(),
    ]);
    expect(events).toEqual([
      ['2021-12-15', 'video call', ['003']],
      ['2022-06-15', 'phone call', ['000', '001']],
      ['2022-12-30', 'video call', ['002', '004 inferred']],
    ]);
  });
});

describe('finding a summit and its date by general rules', () => {
  it('reads a weekday against the publication date, not the publication date itself', () => {
    const { events } = summits({
      // Friday 2024-05-17: "on Thursday" is 2024-05-16
      'fri.txt':
        'date 2024-05-17 Putin and Xi hold talks\n\nVladimir Putin and Xi Jinping held talks in Beijing on Thursday, the Kremlin said.',
    });
    expect(events).toEqual([{ date: '2024-05-16', kind: 'in-person talks', articles: ['fri:weekday'] }]);
  });

  it('reads "this afternoon (Wednesday)" as the day of publication and "on June 15" as June 15', () => {
    const { events } = summits({
      'a.txt': 'date 2022-06-15 Xi and Putin speak\n\nXi Jinping this afternoon (Wednesday) held a phone conversation with Vladimir Putin.',
      'b.txt':
        'date 2022-06-20 A week of diplomacy\n\nThe phone call between Xi Jinping and Vladimir Putin on June 15 was the second since February.',
    });
    expect(events).toEqual([{ date: '2022-06-15', kind: 'phone call', articles: ['a:relative', 'b:explicit'] }]);
  });

  it('points an announcement forward and keeps every day of a visit', () => {
    const { events } = summits({
      'announce.txt':
        'date 2023-05-20 Xi to visit Moscow\n\nXi Jinping will make a state visit to Russia on June 5–7 at the invitation of Vladimir Putin, the ministry said.',
      'report.txt':
        'date 2023-06-07 Xi wraps up Moscow visit\n\nXi Jinping and Vladimir Putin signed agreements on Tuesday, the second day of the state visit to Moscow.',
    });
    expect(events).toEqual([{ date: '2023-06-05', end: '2023-06-07', kind: 'visit', articles: ['announce:announced', 'report:weekday'] }]);
  });

  it('leaves articles that report no Xi–Putin summit out of the timeline', () => {
    const { events, report } = summits({
      'summit.txt': 'date 2021-06-28 Leaders talk\n\nXi Jinping and Vladimir Putin held a video call on Monday.',
      'other.txt': 'date 2021-06-29 Grain prices\n\nWheat prices rose on Tuesday as traders weighed the harvest.',
    });
    expect(events).toHaveLength(1);
    expect(report.perArticle.find((a) => a.id === 'other')).toMatchObject({ eventDate: null, kind: null });
  });

  it('attaches an undated article to the summit whose coverage it resembles, marked inferred', () => {
    const { events, report } = summits({
      'call.txt':
        'date 2020-05-08 Xi and Putin talk by phone\n\nXi Jinping and Vladimir Putin spoke by phone on Friday about the coronavirus pandemic, vaccines and medical supplies.\n\nThey praised cooperation of doctors and the delivery of masks.',
      'visit.txt':
        'date 2019-06-05 Xi in Moscow\n\nXi Jinping arrived in Moscow on Wednesday for a state visit; Vladimir Putin welcomed him with pandas and ice cream.\n\nThe leaders signed energy deals and an Arctic gas agreement.',
      'undated.txt':
        'Vladimir Putin and Xi Jinping spoke by telephone about the pandemic.\n\nThe leaders discussed vaccines, medical supplies and masks sent by doctors.',
    });
    expect(events.find((e) => e.date === '2020-05-08')?.articles).toEqual(['call:weekday', 'undated:inferred']);
    expect(report.perArticle.find((a) => a.id === 'undated')).toMatchObject({
      eventDate: '2020-05-08',
      dateFrom: 'inferred',
      evidence: expect.stringMatching(/resembles the coverage of 2020-05-08/),
    });
  });

  it('leaves an undated article undated when nothing resembles it closely enough', () => {
    const { report } = summits({
      'call.txt':
        'date 2020-05-08 Xi and Putin talk by phone\n\nXi Jinping and Vladimir Putin spoke by phone on Friday about the coronavirus pandemic and vaccines.',
      'undated.txt': 'Vladimir Putin and Xi Jinping met to discuss football, chess tournaments and the Olympic torch relay.',
    });
    expect(report.perArticle.find((a) => a.id === 'undated')).toMatchObject({
      eventDate: null,
      dateFrom: null,
      evidence: expect.stringMatching(/left undated/),
    });
    expect(report.undatedSummitArticles).toBe(1);
  });

  it('does not take a mention of both leaders for their summit', () => {
    const { events } = summits({
      'briefing.md':
        '---\ndate: 2021-10-12\ntitle: Press briefing\n---\n\nQ On the G20 call this morning, it was reported that neither Vladimir Putin nor Xi Jinping were on the call.\n\nMS. PSAKI: Yesterday, I spoke with the members of the EU about it.',
      'apec.md':
        '---\ndate: 2023-11-14\ntitle: Gaggle\n---\n\nThe Admiral joins me to speak to tomorrow’s summit with Xi and anything else on APEC.\n\nQ And Putin?',
    });
    expect(events).toEqual([]);
  });
});
