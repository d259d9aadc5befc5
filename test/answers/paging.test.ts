/** Every answer kind is paged by the answers, through the one dispatch every surface uses. */
import type { Answer } from '../../src/answers/types';
import { answerRequest, type ArchiveRequest } from '../../src/requests/answer-request';
import { hostileArchive } from '../support/hostile-archive';
import { buildSmallArchive, bundledArchive } from '../support/small-archive';

const archive = bundledArchive();
const TODAY = '2024-06-15';

/** What a page holds, by a key that tells its items apart. */
function keys(answer: Answer): string[] {
  switch (answer.kind) {
    case 'question':
    case 'date':
    case 'quotes':
      return answer.results.map((r) => `${r.articleId}#${r.paragraph}`);
    case 'timeline':
    case 'on-this-date':
    case 'period':
      return answer.events.map((e) => e.date);
    case 'input-error':
      return [];
  }
}

describe('paging', () => {
  it.each<[string, ArchiveRequest]>([
    ['a question', { kind: 'question', text: 'Putin Xi' }],
    ['a date', { kind: 'summit', text: '2022-06-15' }],
    ['quotes', { kind: 'quotes', text: 'Putin' }],
    ['the timeline', { kind: 'list' }],
  ])('%s: the next page starts at its offset and carries on where the first stopped', (_name, request) => {
    const first = answerRequest(request, { archive, today: TODAY });
    const shown = keys(first).length;
    expect(shown).toBeGreaterThan(0);
    const next = answerRequest(request, { archive, today: TODAY, offset: 1 });
    expect(next).toMatchObject({ page: { offset: 1 } });
    expect(keys(next)[0]).toBe(keys(first)[1]);
  });

  it('the timeline and "on this date" hold everything from the offset; past the end, the last one', () => {
    expect(answerRequest({ kind: 'list' }, { archive, today: TODAY })).toMatchObject({ page: { offset: 0, limit: 3, total: 3 } });
    const last = answerRequest({ kind: 'list' }, { archive, today: TODAY, offset: 99 });
    expect(last).toMatchObject({ page: { offset: 2, limit: 1, total: 3 } });
    expect(keys(last)).toEqual(['2022-12-30']);

    const hostile = hostileArchive();
    const day = answerRequest({ kind: 'on-this-date', day: '06-15' }, { archive: hostile, today: TODAY });
    expect(keys(day)).toEqual(['2023-06-15', '2022-06-15']);
    const later = answerRequest({ kind: 'on-this-date', day: '06-15' }, { archive: hostile, today: TODAY, offset: 1 });
    expect(later).toMatchObject({ page: { offset: 1, limit: 1, total: 2 } });
    expect(keys(later)).toEqual(['2022-06-15']);
  });

  it('"on this date" cites at most two articles of a summit, whatever its coverage', () => {
    const call = (n: number) =>
      `date 2022-06-15 Xi and Putin hold phone call ${n}\n\nXi Jinping and Vladimir Putin held a phone call on Wednesday, report ${n} said.`;
    const { archive: covered } = buildSmallArchive({ 'a.txt': call(1), 'b.txt': call(2), 'c.txt': call(3) });
    const answer = answerRequest({ kind: 'on-this-date', day: '06-15' }, { archive: covered, today: TODAY });
    if (answer.kind !== 'on-this-date') throw new Error(answer.kind);
    expect(answer.events[0]!.articles).toHaveLength(3);
    expect(answer.events[0]!.excerpts).toHaveLength(2);
  });
});

describe('quotes from the Nth statement of a day', () => {
  const quotes = (text: string, offset = 0) => answerRequest({ kind: 'quotes', text }, { archive, today: TODAY, offset });

  it('`quotes Xi <date> from N` starts at the Nth, and More from there goes on', () => {
    const all = quotes('Xi 2022-06-15');
    if (all.kind !== 'quotes') throw new Error(all.kind);
    const from4 = quotes('Xi 2022-06-15 from 4');
    if (from4.kind !== 'quotes') throw new Error(from4.kind);
    expect(from4.page).toEqual({ offset: 3, limit: 3, total: all.page.total });
    expect(from4.date).toBe('2022-06-15');
    const next = quotes('Xi 2022-06-15 from 4', 6);
    if (next.kind !== 'quotes') throw new Error(next.kind);
    expect(next.page.offset).toBe(6);
  });

  it('"from" after words is a word, not a page', () => {
    const words = quotes('Putin from 4');
    if (words.kind !== 'quotes') throw new Error(words.kind);
    expect(words.page.offset).toBe(0);
    expect(words.words).toBe('from 4');
  });
});
