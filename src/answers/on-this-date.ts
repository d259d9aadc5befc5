/**
 * "On this date": the summits of this month and day in earlier years, with how many years ago. A
 * summit of February 29 is remembered on February 28 in the years without one.
 */
import { isLeapYear, isValidIsoDate } from '../corpus/calendar-date';
import type { Archive } from '../search/archive';
import { restOf } from './page';
import { summitCoverage } from './summit-coverage';
import type { SummitEvent } from '../events/types';
import type { InputErrorAnswer, OnThisDateAnswer, OnThisDateEvent } from './types';

export const DAY_HINT = 'Type a day as MM-DD (06-15) or a date as YYYY-MM-DD (2022-06-15).';
const EXCERPTS_PER_EVENT = 2;

/** The month-days of an event (every day of a several-day visit). */
function daysOf(event: SummitEvent): string[] {
  const out: string[] = [];
  const d = new Date(`${event.date}T00:00:00Z`);
  const end = event.end ?? event.date;
  while (d.toISOString().slice(0, 10) <= end && out.length < 31) {
    out.push(d.toISOString().slice(5, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** Is the event remembered on `day` of `year`? */
function remembered(event: SummitEvent, day: string, year: number): boolean {
  return daysOf(event).some((d) => d === day || (d === '02-29' && day === '02-28' && !isLeapYear(year)));
}

export interface OnThisDateOptions {
  /** Today, YYYY-MM-DD: the default day, and the year of a day typed without one. */
  today: string;
  /** The first summit to show (the "More summits" button's offset). */
  offset?: number;
}

export function onThisDate(
  archive: Archive,
  day: string | undefined,
  { today, offset }: OnThisDateOptions,
): OnThisDateAnswer | InputErrorAnswer {
  const query = (day ?? '').trim();
  let date = today;
  // A past date asked for counts its own summit too ("on this date 2022-06-15" includes it); today's
  // (the daily post's) does not: that is news, not an anniversary.
  let ownYear = false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(query)) {
    if (!isValidIsoDate(query)) return { kind: 'input-error', query, message: `"${query}" is not a date on the calendar.`, hint: DAY_HINT };
    date = query;
    ownYear = query < today;
  } else if (/^\d{1,2}-\d{1,2}$/.test(query)) {
    const [m, d] = query.split('-').map((n) => n.padStart(2, '0')) as [string, string];
    if (!isValidIsoDate(`2000-${m}-${d}`))
      return { kind: 'input-error', query, message: `"${query}" is not a day of the year.`, hint: DAY_HINT };
    const year = Number(today.slice(0, 4));
    date = `${year}-${m}-${d}`;
    if (!isValidIsoDate(date)) date = `${[1, 2, 3, 4].map((k) => year - k).find(isLeapYear)}-${m}-${d}`;
  } else if (query !== '') {
    return { kind: 'input-error', query, message: `"${query}" is not a day.`, hint: DAY_HINT };
  }
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5);
  const remembers = archive.events
    .filter((e) => (ownYear ? e.date <= date : Number(e.date.slice(0, 4)) < year) && remembered(e, monthDay, year))
    .sort((a, b) => b.date.localeCompare(a.date));
  // Only this page's summits are cited: the excerpts are the costly part.
  const { items, page } = restOf(remembers, offset);
  const events: OnThisDateEvent[] = items.map((e) => ({
    ...e,
    yearsAgo: year - Number(e.date.slice(0, 4)),
    excerpts: summitCoverage(archive, e).slice(0, Math.min(EXCERPTS_PER_EVENT, e.articles.length)),
  }));
  return { kind: 'on-this-date', day: monthDay, date, events, page, next: nextAnniversary(archive.events, date) };
}

/** The first anniversary after `date`, within a year. */
function nextAnniversary(events: SummitEvent[], date: string): OnThisDateAnswer['next'] {
  let best: OnThisDateAnswer['next'] = null;
  let bestAt = '';
  const year = Number(date.slice(0, 4));
  for (const e of events) {
    const md = e.date.slice(5);
    for (const y of [year, year + 1]) {
      const at = md === '02-29' && !isLeapYear(y) ? `${y}-02-28` : `${y}-${md}`;
      const ago = y - Number(e.date.slice(0, 4));
      if (at > date && ago > 0 && (bestAt === '' || at < bestAt)) {
        best = { ...e, day: at.slice(5), yearsAgo: ago };
        bestAt = at;
      }
    }
  }
  return best;
}
