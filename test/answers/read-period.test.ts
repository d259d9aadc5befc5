/** Dates and periods as people type them: each form read to its first and last day. */
import { readTypedDate } from '../../src/answers/read-typed-date';

const TODAY = '2026-11-25';
const read = (text: string) => readTypedDate(text, TODAY);

describe('periods and days as typed', () => {
  it.each([
    ['June 2022', 'month', '2022-06-01', '2022-06-30'],
    ['December 2021', 'month', '2021-12-01', '2021-12-31'],
    ['2022-06', 'month', '2022-06-01', '2022-06-30'],
    ['2022', 'year', '2022-01-01', '2022-12-31'],
    ['in 2022', 'year', '2022-01-01', '2022-12-31'],
    ['Q4 2022', 'quarter', '2022-10-01', '2022-12-31'],
    ['2022 Q1', 'quarter', '2022-01-01', '2022-03-31'],
    ['fourth quarter of 2022', 'quarter', '2022-10-01', '2022-12-31'],
    ['spring 2021', 'season', '2021-03-01', '2021-05-31'],
    ['winter 2022', 'season', '2022-12-01', '2023-02-28'],
    ['last June', 'month', '2026-06-01', '2026-06-30'],
    ['last year', 'year', '2025-01-01', '2025-12-31'],
    ['this year', 'year', '2026-01-01', '2026-12-31'],
    ['last month', 'month', '2026-10-01', '2026-10-31'],
    ['this spring', 'season', '2026-03-01', '2026-05-31'],
    ['last winter', 'season', '2025-12-01', '2026-02-28'],
    ['2021-12-15 to 2022-06-15', 'range', '2021-12-15', '2022-06-15'],
    ['from 2021-12-15 until 2022-06-15', 'range', '2021-12-15', '2022-06-15'],
    ['between June 2021 and May 2022', 'range', '2021-06-01', '2022-05-31'],
    ['from March to June 2022', 'range', '2022-03-01', '2022-06-30'],
    ['15 June 2022 – 30 December 2022', 'range', '2022-06-15', '2022-12-30'],
  ])('%s is a %s from %s to %s', (text, unit, from, to) => {
    expect(read(text)).toEqual({ kind: 'period', unit, from, to });
  });

  it('reads "last June" said in June or March as the June of the year before', () => {
    expect(readTypedDate('last June', '2026-06-20')).toMatchObject({ from: '2025-06-01' });
    expect(readTypedDate('last June', '2026-03-01')).toMatchObject({ from: '2025-06-01' });
  });

  it.each([
    ['Dec 30', '12-30', '2025-12-30'],
    ['June 15', '06-15', '2026-06-15'],
    ['15 June', '06-15', '2026-06-15'],
    ['Feb 29', '02-29', '2024-02-29'],
  ])('%s is a day of every year (%s), last on %s', (text, day, date) => {
    expect(read(text)).toEqual({ kind: 'day', day, date });
  });

  it('keeps full dates as days, and says what is wrong with impossible ones', () => {
    expect(read('2022-06-15')).toEqual({ kind: 'date', date: '2022-06-15' });
    expect(read('Dec 30 2022')).toEqual({ kind: 'date', date: '2022-12-30' });
    expect(read('yesterday')).toEqual({ kind: 'date', date: '2026-11-24' });
    expect(read('0000-01-01')).toEqual({ kind: 'invalid', reason: '"0000-01-01" is not a date: there is no year 0' });
    expect(read('June 15 to June 10, 2022')).toEqual({ kind: 'invalid', reason: '"June 15 to June 10, 2022" ends before it starts' });
  });

  it('leaves questions alone, even those with "from … to"', () => {
    expect(read('what about gas?')).toBeNull();
    expect(read('from Russia to China')).toBeNull();
    expect(read('trade from 2021')).toBeNull();
  });
});
