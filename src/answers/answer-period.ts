/**
 * A period typed as such (`June 2022`, `Q4 2022`, `2021-12-15 to 2022-06-15`, `last June`) or a day
 * typed without a year (`Dec 30`: that day in every year): every summit in it, oldest first, each with
 * its best excerpt, or the nearest summits when there is none.
 */
import { daysBetween } from '../corpus/calendar-date';
import type { SummitEvent } from '../events/types';
import type { Archive } from '../search/archive';
import { restOf } from './page';
import type { PeriodUnit } from './read-period';
import { summitCoverage } from './summit-coverage';
import type { NearbyEvent, PeriodAnswer } from './types';

/** Does the event fall in the period (a day of a several-day visit is enough)? */
function within(event: SummitEvent, from: string, to: string): boolean {
  return event.date <= to && (event.end ?? event.date) >= from;
}

/** Is the event on this month-day in some year (any day of a visit)? */
function onDay(event: SummitEvent, day: string): boolean {
  const end = event.end ?? event.date;
  for (let y = Number(event.date.slice(0, 4)); y <= Number(end.slice(0, 4)); y += 1) {
    const d = `${y}-${day}`;
    if (event.date <= d && d <= end) return true;
  }
  return false;
}

const onDayUpTo = (day: string, last: string) => (e: SummitEvent) => onDay(e, day) && e.date <= last;

export type PeriodAsked = { unit: PeriodUnit; from: string; to: string } | { unit: 'day'; day: string; date: string };

export function answerPeriod(archive: Archive, query: string, asked: PeriodAsked, { offset }: { offset?: number } = {}): PeriodAnswer {
  const events =
    asked.unit === 'day'
      ? archive.events.filter(onDayUpTo(asked.day, asked.date))
      : archive.events.filter((e) => within(e, asked.from, asked.to));
  const period = asked.unit === 'day' ? everyYear(archive, asked.day, asked.date) : { from: asked.from, to: asked.to };
  const { items, page } = restOf(events, offset);
  // Only this page's summits are cited: one excerpt each, the best of its coverage.
  const results = items.flatMap((e) => summitCoverage(archive, e).slice(0, 1));
  const nearest: NearbyEvent[] = [];
  if (events.length === 0 && asked.unit !== 'day') {
    const before = [...archive.events].reverse().find((e) => (e.end ?? e.date) < period.from);
    const after = archive.events.find((e) => e.date > period.to);
    if (before) nearest.push({ ...before, distanceDays: daysBetween(period.from, before.end ?? before.date) });
    if (after) nearest.push({ ...after, distanceDays: daysBetween(period.to, after.date) });
  } else if (events.length === 0 && asked.unit === 'day') {
    const day = asked.day === '02-29' ? '02-28' : asked.day;
    const dayOf = (yy: number) => `${yy}-${day}`;
    // Nearest to the day in any year: the two summits closest to it.
    const byDistance = archive.events
      .map((e) => {
        const y = Number(e.date.slice(0, 4));
        const d = [y - 1, y, y + 1].map((yy) => daysBetween(dayOf(yy), e.date)).sort((a, b) => Math.abs(a) - Math.abs(b))[0]!;
        return { ...e, distanceDays: d };
      })
      .sort((a, b) => Math.abs(a.distanceDays) - Math.abs(b.distanceDays) || a.date.localeCompare(b.date));
    nearest.push(...byDistance.slice(0, 2));
  }
  return {
    kind: 'period',
    query,
    unit: asked.unit,
    period,
    ...(asked.unit === 'day' ? { day: asked.day } : {}),
    events: items,
    nearest,
    results,
    page,
  };
}

/** The span a day without a year covers: from its first year in the archive to its last occurrence. */
function everyYear(archive: Archive, day: string, last: string): { from: string; to: string } {
  const first = `${archive.events[0]?.date.slice(0, 4) ?? last.slice(0, 4)}-${day}`;
  return { from: first > last ? last : first, to: last };
}
