/** The order of a date page's excerpts: the day's reports, the visit, announcements, mentions. */
import { answerSummit } from '../../src/answers';
import { articleOrder, standings, summitCoverage, type CoverageArticle } from '../../src/answers/summit-coverage';
import type { ArticleDating, ArticleRole, SummitEvent } from '../../src/events/types';
import type { Archive } from '../../src/search/archive';
import { buildSmallArchive } from '../support/small-archive';

const TODAY = '2031-01-01';
const VISIT = { date: '2030-05-14', end: '2030-05-16' };

/** Invented articles of a three-day visit, named by what they are. */
const articles: Record<string, CoverageArticle> = {
  announcement: { role: 'announcement', published: '2030-05-10', eventDate: '2030-05-14', end: '2030-05-16' },
  talks: { role: 'report', published: '2030-05-14', eventDate: '2030-05-14' },
  harbin: { role: 'report', published: '2030-05-15', eventDate: '2030-05-15' },
  dinner: { role: 'same visit', published: '2030-05-14', eventDate: '2030-05-14' },
  talksNextDay: { role: 'report', published: '2030-05-15', eventDate: '2030-05-14' },
  pressConference: { role: 'reference', published: '2030-05-16', eventDate: '2030-05-14', end: '2030-05-16' },
  recalled: { role: 'reference', published: '2030-06-20', eventDate: '2030-05-14', end: '2030-05-16' },
  undated: { role: 'resemblance', published: null, eventDate: '2030-05-14' },
};

const ordered = (names: string[], day: string) =>
  articleOrder(
    VISIT,
    names.map((n) => articles[n]!),
    day,
  ).map((i) => names[i]);

describe('the order of the articles on a date page', () => {
  it("puts the day's reports before the visit's other days, whatever the order of publication", () => {
    expect(ordered(['talks', 'harbin'], '2030-05-15')).toEqual(['harbin', 'talks']);
    expect(ordered(['harbin', 'talks'], '2030-05-14')).toEqual(['talks', 'harbin']);
  });

  it("puts the visit's reports of other days before its same-visit releases, the nearest day first", () => {
    expect(ordered(['dinner', 'talks', 'harbin'], '2030-05-16')).toEqual(['harbin', 'talks', 'dinner']);
    expect(ordered(['dinner', 'harbin'], '2030-05-14')).toEqual(['harbin', 'dinner']);
  });

  it('puts announcements after every report, and articles that only refer to the visit after those', () => {
    expect(ordered(['recalled', 'announcement', 'dinner', 'talks'], '2030-05-14')).toEqual(['talks', 'dinner', 'announcement', 'recalled']);
    expect(standings(VISIT, [articles.announcement!, articles.recalled!], '2030-05-14')).toEqual(['announcement', 'mention']);
  });

  it('among the reports of the day, puts the one published that day first', () => {
    expect(ordered(['talksNextDay', 'talks'], '2030-05-14')).toEqual(['talks', 'talksNextDay']);
  });

  it("makes a report published on a day no dated report covers, during the visit, that day's report", () => {
    expect(ordered(['talks', 'harbin', 'pressConference'], '2030-05-16')).toEqual(['pressConference', 'harbin', 'talks']);
    // A day with a dated report of its own keeps it first; the press conference is then a mention.
    expect(ordered(['pressConference', 'harbin', 'announcement'], '2030-05-15')).toEqual(['harbin', 'announcement', 'pressConference']);
    // Published after the visit, a report without its day never leads.
    expect(standings(VISIT, [articles.recalled!, articles.announcement!], '2030-05-16')).toEqual(['mention', 'announcement']);
  });

  it('counts an undated article attached by resemblance as a report of the day, after the dated ones', () => {
    expect(ordered(['announcement', 'undated', 'talks'], '2030-05-14')).toEqual(['talks', 'undated', 'announcement']);
  });

  it('among articles of one standing and day, puts the one whose best paragraph speaks most closely of the summit first', () => {
    const plain = { role: 'report' as const, published: '2030-05-14', eventDate: '2030-05-14' };
    expect(
      articleOrder(
        VISIT,
        [
          { ...plain, score: 101 },
          { ...plain, score: 302 },
        ],
        '2030-05-14',
      ),
    ).toEqual([1, 0]);
  });
});

/** Invented articles of one event, as an index would hold them (no shards: excerpts weigh every word alike). */
function archiveOf(
  event: Omit<SummitEvent, 'articles' | 'title'>,
  articles: Array<{ id: string; role: ArticleRole; published: string; eventDate: string; paragraphs: string[]; dated?: number }>,
): Archive {
  const summit: SummitEvent = {
    ...event,
    title: 'Xi Jinping–Vladimir Putin state visit',
    articles: articles.map((a) => ({ articleId: a.id, title: a.id, published: a.published, dateFrom: 'header', role: a.role })),
  };
  const datings = new Map<string, ArticleDating>(
    articles.map((a) => [
      a.id,
      {
        articleId: a.id,
        eventDate: a.eventDate,
        kind: 'visit',
        dateFrom: 'header',
        evidence: '',
        paragraph: a.dated ?? null,
        role: a.role,
      },
    ]),
  );
  const stored = articles.map((a) => ({ id: a.id, title: a.id, source: null, url: null, published: a.published, eventDate: a.eventDate }));
  const numbers = new Map(articles.map((a, n) => [a.id, n]));
  return {
    articles: stored,
    article: (n: number) => stored[n],
    articleNumber: (id: string) => numbers.get(id),
    summitParagraphs: new Map(articles.map((a, n) => [n, a.paragraphs])),
    events: [summit],
    datings,
    dating: (n: number) => datings.get(articles[n]!.id),
    shards: [],
  } as unknown as Archive;
}

describe('the excerpts of a date page', () => {
  const archive = archiveOf({ date: '2030-05-14', end: '2030-05-15', kind: 'visit' }, [
    {
      id: 'session',
      role: 'same visit',
      published: '2030-05-15',
      eventDate: '2030-05-15',
      paragraphs: ['Vladimir Putin took part in the plenary session of the forum and held talks.'],
    },
    {
      id: 'notice',
      role: 'announcement',
      published: '2030-05-10',
      eventDate: '2030-05-14',
      paragraphs: ['Vladimir Putin will pay a state visit; talks with Xi Jinping are planned.'],
    },
    {
      id: 'talks',
      role: 'report',
      published: '2030-05-14',
      eventDate: '2030-05-14',
      dated: 0,
      paragraphs: ['Vladimir Putin and Xi Jinping held talks.', 'Xi Jinping and Vladimir Putin signed a joint statement.'],
    },
    {
      id: 'harbin',
      role: 'report',
      published: '2030-05-15',
      eventDate: '2030-05-15',
      dated: 0,
      paragraphs: ['Xi Jinping and Vladimir Putin visited Harbin.', 'Putin thanked Xi Jinping for the visit.'],
    },
  ]);
  const page = (day: string) => summitCoverage(archive, archive.events[0]!, day).map((r) => `${r.articleId} ¶${r.paragraph + 1}`);

  it("shows each report's best paragraph, the day's first, then the reports' other paragraphs, then the visit's other releases, then the announcement", () => {
    expect(page('2030-05-15')).toEqual(['harbin ¶1', 'talks ¶1', 'harbin ¶2', 'talks ¶2', 'session ¶1', 'notice ¶1']);
    expect(page('2030-05-14')).toEqual(['talks ¶1', 'harbin ¶1', 'talks ¶2', 'harbin ¶2', 'session ¶1', 'notice ¶1']);
  });
});

describe('the excerpts of a long briefing on many subjects', () => {
  const filler = Array.from({ length: 70 }, (_, i) => `Another subject of the briefing, number ${i + 1}, on the budget.`);
  const archive = archiveOf({ date: '2030-06-15', kind: 'phone call' }, [
    {
      id: 'briefing',
      role: 'report',
      published: '2030-06-15',
      eventDate: '2030-06-15',
      dated: 0,
      paragraphs: [
        'Q Following the latest Xi–Putin call, is the White House worried?',
        'He likes to call me by my first name, and I call him back.',
        'We will hold a meeting on the budget next week.',
        'We have seen the readout of what Putin told Xi on the call.',
        ...filler,
      ],
    },
  ]);

  it('shows only the paragraphs that name one of the two, not every "call" or "meeting" of the day', () => {
    expect(summitCoverage(archive, archive.events[0]!).map((r) => `¶${r.paragraph + 1}`)).toEqual(['¶1', '¶4']);
  });
});

describe('/summit on a day of a visit', () => {
  const { archive } = buildSmallArchive({
    'a-announce.txt': [
      'date 2030-05-10 Putin to visit China',
      'Vladimir Putin will pay a state visit to China on May 14–16 at the invitation of President Xi Jinping.',
      'The two leaders will hold talks in Beijing and sign a joint statement.',
    ].join('\n\n'),
    'b-day1.txt': [
      'date 2030-05-14 Russian-Chinese talks',
      'Vladimir Putin and President of China Xi Jinping held talks in Beijing.',
      'The talks were followed by a state dinner hosted by Xi Jinping in honour of Vladimir Putin.',
      'The two leaders discussed trade, energy and the visit programme.',
    ].join('\n\n'),
    'c-day2.txt': [
      'date 2030-05-15 Visit to Harbin',
      'Vladimir Putin and Xi Jinping visited a university in Harbin.',
      'Xi Jinping and Vladimir Putin toured the exhibition and spoke with students during the visit.',
      'Putin thanked Xi for the talks and the warm welcome.',
    ].join('\n\n'),
  });
  const shown = (day: string) => {
    const answer = answerSummit(archive, day, { today: TODAY, limit: 20 });
    if (answer.kind !== 'date' || !answer.event) throw new Error(`no summit on ${day}`);
    return answer.results.map((r) => r.articleId);
  };

  it("opens with that day's report, and shows the announcement only after every report's excerpts", () => {
    expect(shown('2030-05-14')[0]).toBe('b-day1');
    const second = shown('2030-05-15');
    expect(second[0]).toBe('c-day2');
    expect(second.indexOf('b-day1')).toBe(1);
    expect(second.indexOf('a-announce')).toBeGreaterThan(second.lastIndexOf('b-day1'));
    expect(second.indexOf('a-announce')).toBeGreaterThan(second.lastIndexOf('c-day2'));
  });
});
