/**
 * Is what a person typed a date? `2022-06-15`, `June 15, 2022`, `15 June 2022`, `Dec 30 2022`,
 * `2022/06/15`, `yesterday`: read with chrono. Something shaped like a date that is not one
 * (`2022-13-45`, `February 30, 2023`) is an input error, not a question.
 */
import * as chrono from 'chrono-node';
import { addDays, isValidIsoDate, isoDate, MONTH_WORD, toUtcDate } from '../corpus/calendar-date';

import { rangeEnds, readPeriod, type TypedPeriod } from './read-period';

export type { PeriodUnit, TypedPeriod } from './read-period';

/**
 * A day (`2022-06-15`), a period (a month, year, quarter, season or range), a day typed without a
 * year (`Dec 30`: that day in every year; `date` is the last one on or before today), something
 * date-shaped that is no date, or null for a question.
 */
export type TypedDate =
  { kind: 'date'; date: string } | TypedPeriod | { kind: 'day'; day: string; date: string } | { kind: 'invalid'; reason: string } | null;

export const DATE_HINT =
  'Type a date such as 2022-06-15, June 15, 2022, 15 June 2022 or yesterday, or a period such as June 2022, Q4 2022 or 2021-12-15 to 2022-06-15.';

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
const NUMERIC = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const NUMERIC_DMY = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const WORDY = new RegExp(`^(\\d{1,2}(st|nd|rd|th)?\\s+${MONTH},?(\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?(\\s+\\d{4})?)$`, 'i');

export function readTypedDate(input: string, today: string): TypedDate {
  const text = input
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/^on\s+/i, '')
    .trim();
  if (!text || text.length > 60) return null;
  const period = readPeriod(text, today);
  if (period) return period;
  const ends = rangeEnds(text);
  if (ends) {
    const range = readRange(ends, today, input.trim());
    if (range) return range;
  }
  if (text.length > 40) return null;
  return readDay(text, today, input.trim());
}

/** Both ends of a range; an end typed without a year takes the other end's (`from March to June 2022`). */
function readRange([left, right]: [string, string], today: string, typed: string): TypedDate {
  const year = /\b((?:19|20)\d\d)\b/.exec(right)?.[1];
  const withYear = (end: string) => (year && !/\b\d{4}\b/.test(end) ? `${end} ${year}` : end);
  const from = readEnd(withYear(left), today);
  const to = readEnd(right, today);
  if (!from || !to) return null;
  if (from.kind === 'invalid') return from;
  if (to.kind === 'invalid') return to;
  if (from.from > to.to) return { kind: 'invalid', reason: `"${typed}" ends before it starts` };
  return { kind: 'period', unit: 'range', from: from.from, to: to.to };
}

/** One end of a range as its first and last day. */
function readEnd(text: string, today: string): { kind: 'span'; from: string; to: string } | { kind: 'invalid'; reason: string } | null {
  const period = readPeriod(text, today) ?? readBareMonth(text, today);
  if (period) return { kind: 'span', from: period.from, to: period.to };
  const day = readDay(text.trim(), today, text.trim());
  if (day?.kind === 'invalid') return day;
  return day?.kind === 'date' || day?.kind === 'day' ? { kind: 'span', from: day.date, to: day.date } : null;
}

/** `June` alone: the last June that has begun. */
function readBareMonth(text: string, today: string): TypedPeriod | null {
  if (!new RegExp(`^${MONTH_WORD}$`, 'i').test(text.trim())) return null;
  return readPeriod(`this ${text.trim()}`, today) ?? null;
}

function readDay(text: string, today: string, typed: string): TypedDate {
  const month = readBareMonth(text, today);
  if (month) return month.from <= today ? month : readPeriod(`last ${text.trim()}`, today);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, y, m, d] = numeric.map(Number) as [number, number, number, number];
    const date = isoDate(y, m, d);
    return date ? { kind: 'date', date } : { kind: 'invalid', reason: whyNot(y, m, d, typed) };
  }
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) {
    const [, a, b, y] = dmy.map(Number) as [number, number, number, number];
    // 15/06/2022 can only be day-first; 06/15/2022 only month-first; 06/07/2022 is ambiguous.
    const date = a > 12 ? isoDate(y, b, a) : b > 12 ? isoDate(y, a, b) : null;
    if (date) return { kind: 'date', date };
    return { kind: 'invalid', reason: a <= 12 && b <= 12 ? `"${typed}" could be day-first or month-first` : `"${typed}" is not a date` };
  }
  const ref = toUtcDate(today);
  const results = chrono.parse(text, { instant: new Date(ref.getTime() + 12 * 3_600_000), timezone: 0 });
  const only = results.length === 1 ? results[0]! : null;
  if (only && only.index === 0 && only.text.length >= text.replace(/[,\s]+$/, '').length - 1) {
    const s = only.start;
    const year = s.get('year');
    const month = s.get('month');
    const day = s.get('day');
    if (year != null && month != null && day != null) {
      let date = isoDate(year, month, day);
      // "June 15" with no year: that day in every year; `date` is the last one on or before today.
      if (date && !s.isCertain('year') && s.isCertain('day')) {
        if (date > today) date = isoDate(year - 1, month, day) ?? addDays(date, -365);
        if (date && isValidIsoDate(date)) return { kind: 'day', day: date.slice(5), date };
      }
      if (date && isValidIsoDate(date) && s.isCertain('day')) return { kind: 'date', date };
    }
  }
  if (WORDY.test(text) && !/\d{4}/.test(text)) {
    // "Feb 29" is a day of leap years: the last one on or before today.
    const leap = readDay(`${text} 2024`, today, typed);
    if (leap?.kind === 'date') {
      let y = Number(today.slice(0, 4));
      while (!isValidIsoDate(`${y}${leap.date.slice(4)}`) || `${y}${leap.date.slice(4)}` > today) y -= 1;
      return { kind: 'day', day: leap.date.slice(5), date: `${y}${leap.date.slice(4)}` };
    }
  }
  if (WORDY.test(text)) return { kind: 'invalid', reason: `"${typed}" is not a date on the calendar` };
  return null;
}

function whyNot(y: number, m: number, d: number, typed: string): string {
  if (y < 1) return `"${typed}" is not a date: there is no year ${y}`;
  if (m < 1 || m > 12) return `"${typed}" is not a date: there is no month ${m}`;
  return `"${typed}" is not a date: ${new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${y} has no day ${d}`;
}
