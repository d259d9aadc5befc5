/**
 * Periods as people type them: a year (`2022`), a quarter (`Q4 2022`), a month (`June 2022`,
 * `2022-06`), a season (`spring 2021`), a relative period (`last June`, `last year`, `this spring`,
 * `last month`) and a range of any of these or of dates (`2021-12-15 to 2022-06-15`, `from March to
 * June 2022`, `between June 2021 and May 2022`). Each is read to its first and last day.
 */
import { addDays, MONTH_WORD, monthNumber } from '../corpus/calendar-date';

/** What kind of period was typed: the reply names it as typed (a month, a quarter…). */
export type PeriodUnit = 'year' | 'quarter' | 'month' | 'season' | 'range';

export interface TypedPeriod {
  kind: 'period';
  unit: PeriodUnit;
  from: string;
  to: string;
}

const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const YEAR = '((?:19|20)\\d\\d)';

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month. */
function monthEnd(year: number, month: number): string {
  return addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, -1);
}

function months(unit: PeriodUnit, year: number, first: number, count: number): TypedPeriod {
  const lastMonth = first + count - 1;
  const endYear = year + Math.floor((lastMonth - 1) / 12);
  return { kind: 'period', unit, from: `${year}-${pad(first)}-01`, to: monthEnd(endYear, ((lastMonth - 1) % 12) + 1) };
}

/** A period that needs no other date: `2022`, `Q4 2022`, `June 2022`, `spring 2021`, `last June`. */
export function readPeriod(input: string, today: string): TypedPeriod | null {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:in|during|over|for) (?:the )?/, '');
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^${YEAR}$`).exec(text))) return months('year', Number(m[1]), 1, 12);
  if ((m = new RegExp(`^(?:q([1-4]),? ?${YEAR}|${YEAR},? ?q([1-4]))$`).exec(text))) {
    const q = Number(m[1] ?? m[4]);
    return months('quarter', Number(m[2] ?? m[3]), 3 * q - 2, 3);
  }
  if ((m = new RegExp(`^(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? ${YEAR}$`).exec(text))) {
    const q =
      ['first', 'second', 'third', 'fourth'].findIndex((w, i) => w === m![1] || `${i + 1}${['st', 'nd', 'rd', 'th'][i]}` === m![1]) + 1;
    return months('quarter', Number(m[2]), 3 * q - 2, 3);
  }
  if ((m = new RegExp(`^(${MONTH_WORD}),? (?:of )?${YEAR}$`).exec(text))) return months('month', Number(m[2]), monthNumber(m[1]!), 1);
  if ((m = new RegExp(`^${YEAR}-(\\d\\d)$`).exec(text)) && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return months('month', Number(m[1]), Number(m[2]), 1);
  if ((m = new RegExp(`^(spring|summer|autumn|fall|winter),? (?:of )?${YEAR}$`).exec(text)))
    return months('season', Number(m[2]), SEASONS[m[1]!]!, 3);
  if ((m = /^(last|this|past|previous) (year|month|quarter)$/.exec(text))) {
    const back = m[1] === 'this' ? 0 : 1;
    if (m[2] === 'year') return months('year', thisYear - back, 1, 12);
    if (m[2] === 'month') return months('month', thisMonth - back < 1 ? thisYear - 1 : thisYear, ((thisMonth - back + 11) % 12) + 1, 1);
    const q = Math.ceil(thisMonth / 3) - back;
    return months('quarter', q < 1 ? thisYear - 1 : thisYear, 3 * (q < 1 ? 4 : q) - 2, 3);
  }
  if ((m = new RegExp(`^(last|this|past|previous) (${MONTH_WORD})$`).exec(text))) {
    const month = monthNumber(m[2]!);
    // "Last June" said in November is this year's June; said in June or March, the year before's.
    const year = m[1] === 'this' ? thisYear : month < thisMonth ? thisYear : thisYear - 1;
    return months('month', year, month, 1);
  }
  if ((m = /^(last|this|past|previous) (spring|summer|autumn|fall|winter)$/.exec(text))) {
    const first = SEASONS[m[2]!]!;
    const season = (y: number) => months('season', y, first, 3);
    // "Last spring" is the latest that has ended; "this spring" the latest that has begun.
    let year = thisYear;
    while (year > thisYear - 2 && (m[1] === 'this' ? season(year).from > today : season(year).to >= today)) year -= 1;
    return months('season', year, first, 3);
  }
  return null;
}

/** Splits `A to B`, `from A to B`, `between A and B`, `A – B` into its two ends. */
export function rangeEnds(input: string): [string, string] | null {
  const text = input.trim().replace(/\s+/g, ' ');
  const between = /^between (.+?) and (.+)$/i.exec(text);
  if (between) return [between[1]!, between[2]!];
  const fromTo = /^(?:from |since )?(.+?) ?(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|–|—| - ) ?(.+)$/i.exec(text);
  if (fromTo && !/^\d{4}-\d\d$/.test(text)) return [fromTo[1]!, fromTo[2]!];
  return null;
}
