/**
 * Is what a person typed a date? `2022-06-15`, `June 15, 2022`, `15 June 2022`, `Dec 30 2022`,
 * `2022/06/15`, `yesterday`: read with chrono. Something shaped like a date that is not one
 * (`2022-13-45`, `February 30, 2023`) is an input error, not a question.
 */
import * as chrono from 'chrono-node';
import { addDays, isValidIsoDate, isoDate, toUtcDate } from '../corpus/calendar-date';

export type TypedDate = { kind: 'date'; date: string } | { kind: 'invalid'; reason: string } | null;

export const DATE_HINT = 'Type a date such as 2022-06-15, June 15, 2022, 15 June 2022 or yesterday.';

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
const NUMERIC = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const NUMERIC_DMY = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const WORDY = new RegExp(`^(\\d{1,2}(st|nd|rd|th)?\\s+${MONTH},?(\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?(\\s+\\d{4})?)$`, 'i');

export function readTypedDate(input: string, today: string): TypedDate {
  const text = input.trim().replace(/[.!?]+$/, '').replace(/^on\s+/i, '').trim();
  if (!text || text.length > 40) return null;
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, y, m, d] = numeric.map(Number) as [number, number, number, number];
    const date = isoDate(y, m, d);
    return date ? { kind: 'date', date } : { kind: 'invalid', reason: whyNot(y, m, d, input.trim()) };
  }
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) {
    const [, a, b, y] = dmy.map(Number) as [number, number, number, number];
    // 15/06/2022 can only be day-first; 06/15/2022 only month-first; 06/07/2022 is ambiguous.
    const date = a > 12 ? isoDate(y, b, a) : b > 12 ? isoDate(y, a, b) : null;
    if (date) return { kind: 'date', date };
    return { kind: 'invalid', reason: a <= 12 && b <= 12 ? `"${input.trim()}" could be day-first or month-first` : `"${input.trim()}" is not a date` };
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
      // "June 15" with no year: the last one on or before today.
      if (date && !s.isCertain('year') && s.isCertain('day') && date > today) date = isoDate(year - 1, month, day) ?? addDays(date, -365);
      if (date && isValidIsoDate(date)) return { kind: 'date', date };
    }
  }
  if (WORDY.test(text)) return { kind: 'invalid', reason: `"${input.trim()}" is not a date on the calendar` };
  return null;
}

function whyNot(y: number, m: number, d: number, typed: string): string {
  if (m < 1 || m > 12) return `"${typed}" is not a date: there is no month ${m}`;
  return `"${typed}" is not a date: ${new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${y} has no day ${d}`;
}
