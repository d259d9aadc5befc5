/** Hand-made answers of every shape, small and huge, for the renderers. */
import type {
  DatedSummit,
  DateAnswer,
  OnThisDateAnswer,
  QuestionAnswer,
  QuotesAnswer,
  QuoteResult,
  Result,
  SideAccount,
  SummitEvent,
  TimelineAnswer,
} from '../../src/answers/types';

export function result(overrides: Partial<Result> = {}): Result {
  return {
    articleId: '001_gas',
    title: 'Xi and Putin discuss gas',
    source: 'Reuters',
    url: 'https://example.com/gas',
    published: '2022-06-15',
    eventDate: '2022-06-15',
    paragraph: 2,
    text: 'Putin said gas supplies would grow.',
    excerpt: 'Putin said gas supplies would grow.',
    highlights: [[11, 14]],
    score: 1,
    ...overrides,
  };
}

export function event(overrides: Partial<SummitEvent> = {}): SummitEvent {
  return {
    date: '2022-06-15',
    kind: 'phone call',
    title: 'Xi Jinping–Vladimir Putin phone call',
    articles: [{ articleId: '001_gas', title: 'Xi and Putin discuss gas', published: '2022-06-15', dateFrom: 'header' }],
    ...overrides,
  };
}

/** A summit asked for by date, with "What each side said". */
export function datedEvent(overrides: Partial<DatedSummit> = {}): DatedSummit {
  return { ...event(), sides: [], ...overrides };
}

export function quoteResult(overrides: Partial<QuoteResult> = {}): QuoteResult {
  return {
    speaker: 'Vladimir Putin',
    side: 'Russian',
    text: 'Gas supplies will grow.',
    articleId: '001_gas',
    title: 'Xi and Putin discuss gas',
    source: 'Reuters',
    url: 'https://example.com/gas',
    published: '2022-06-15',
    eventDate: '2022-06-15',
    paragraph: 2,
    ...overrides,
  };
}

export function quotesAnswer(results: QuoteResult[], overrides: Partial<QuotesAnswer> = {}): QuotesAnswer {
  return {
    kind: 'quotes',
    query: 'Putin',
    speaker: 'Vladimir Putin',
    date: null,
    event: null,
    words: '',
    results,
    page: { offset: 0, limit: 3, total: results.length },
    ...overrides,
  };
}

export function question(results: Result[], overrides: Partial<QuestionAnswer> = {}): QuestionAnswer {
  return { kind: 'question', query: 'gas', results, page: { offset: 0, limit: 3, total: results.length }, ...overrides };
}

export function dateAnswer(overrides: Partial<DateAnswer> = {}): DateAnswer {
  return {
    kind: 'date',
    query: '2022-06-15',
    date: '2022-06-15',
    event: datedEvent(),
    nearest: [],
    results: [result()],
    page: { offset: 0, limit: 3, total: 1 },
    publishedThatDay: [],
    ...overrides,
  };
}

/** Text with everything mrkdwn could misread. */
export const HOSTILE = '<!channel> <!here> <@U0BOSS> <https://evil.example|click me> a & b > c';

const long = (n: number) => `${HOSTILE} `.repeat(Math.ceil(n / HOSTILE.length)).slice(0, n);

/** Answers far over Slack's limits. */
export const HUGE = {
  question: (): QuestionAnswer =>
    question(
      Array.from({ length: 200 }, (_, i) =>
        result({
          articleId: `a${i}`,
          excerpt: long(3500),
          highlights: [
            [0, 10],
            [100, 3400],
          ],
          title: long(400),
          source: long(300),
          paragraph: i,
        }),
      ),
      { query: long(2000), page: { offset: 0, limit: 200, total: 500 } },
    ),
  date: (): DateAnswer =>
    dateAnswer({
      event: datedEvent({
        title: long(1000),
        articles: Array.from({ length: 80 }, (_, i) => ({
          articleId: `a${i}`,
          title: long(300),
          published: null,
          dateFrom: 'inferred' as const,
        })),
        sides: (['Chinese', 'Russian', 'other'] as const).map((side): SideAccount => ({
          side,
          statements: Array.from({ length: 300 }, (_, i) => ({
            speaker: long(200),
            text: long(5000),
            articleId: `a${i}`,
            paragraph: i,
            title: long(400),
            published: null,
          })),
        })),
      }),
      results: Array.from({ length: 80 }, (_, i) =>
        result({ articleId: `a${i}`, excerpt: long(2900), highlights: [[5, 50]], title: long(500) }),
      ),
      page: { offset: 0, limit: 80, total: 80 },
    }),
  noSummit: (): DateAnswer =>
    dateAnswer({
      date: '2022-06-14',
      event: null,
      results: [],
      page: { offset: 0, limit: 3, total: 0 },
      nearest: Array.from({ length: 40 }, (_, i) => ({
        ...event({ date: `2022-06-${String((i % 28) + 1).padStart(2, '0')}`, title: long(400) }),
        distanceDays: i - 20,
      })),
      publishedThatDay: Array.from({ length: 60 }, (_, i) => ({ articleId: `p${i}`, title: long(500), eventDate: '2022-06-15' })),
    }),
  quotes: (): QuotesAnswer =>
    quotesAnswer(
      Array.from({ length: 200 }, (_, i) =>
        quoteResult({ speaker: long(300), text: long(6000), title: long(500), source: long(300), paragraph: i }),
      ),
      { query: long(2000), words: long(2000), page: { offset: 0, limit: 200, total: 500 } },
    ),
  timeline: (): TimelineAnswer => ({
    kind: 'timeline',
    events: Array.from({ length: 1000 }, (_, i) =>
      event({ date: `${2000 + Math.floor(i / 40)}-01-${String((i % 28) + 1).padStart(2, '0')}`, title: long(400) }),
    ),
    page: { offset: 0, limit: 1000, total: 1000 },
  }),
  onThisDate: (): OnThisDateAnswer => ({
    kind: 'on-this-date',
    day: '06-15',
    date: '2030-06-15',
    events: Array.from({ length: 30 }, (_, i) => ({
      ...event({ date: `${2000 + i}-06-15`, title: long(600) }),
      yearsAgo: 30 - i,
      excerpts: Array.from({ length: 10 }, () => result({ excerpt: long(2900), highlights: [[0, 2000]] })),
    })),
    page: { offset: 0, limit: 30, total: 30 },
    next: null,
  }),
};
