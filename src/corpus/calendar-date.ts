/** Calendar dates as `YYYY-MM-DD` strings, computed in UTC so no time zone shifts a day. */

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function isoDate(year: number, month: number, day: number): string | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(s) ? s : null;
}

export function toUtcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  const d = toUtcDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return toUtcDate(iso).getUTCDay();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month as dates write it: its name or an abbreviation ("Jun", "Sept."), any case. */
export const MONTH_WORD =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** The number (1–12) of a month written as MONTH_WORD matches it. */
export const monthNumber = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_WORD}),?\s+(\d{4})(?!\d)`, 'i');
const MONTH_FIRST = new RegExp(String.raw`^(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'i');

/**
 * The calendar date a date field gives as written, whatever time or zone follows: ISO (`2022-06-15`,
 * `2022-06-15T10:30:00Z`), year first with slashes or dots (`2022/06/15`), or the month named
 * (`June 15, 2022`, `15 June 2022`, RSS's `Wed, 15 Jun 2022 10:30:00 +0000`). A day and month in
 * figures after them (`06/15/2022`, `15/06/2022`) could be either: null, as for anything else.
 */
export function writtenDate(raw: string): string | null {
  const text = raw.trim();
  if (isValidIsoDate(text.slice(0, 10))) return text.slice(0, 10);
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])/.exec(text);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const named = text.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  const dayFirst = DAY_FIRST.exec(named);
  const monthFirst = MONTH_FIRST.exec(named);
  const [day, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  return month ? isoDate(Number(year), monthNumber(month), Number(day)) : null;
}
