/**
 * Meetings in person, grouped into trips: days in a row where the two were together, or Putin at a
 * summit next to such a day. In a trip, the days with a contact of their own make one event per run
 * of days; the other days both attended a gathering make a `multilateral` event. A trip whose meeting
 * is reported without a day (a reporter's "you had a meeting with the Chinese leader on the sidelines")
 * is one event over the summit's days.
 */
import { addDays } from '../corpus/calendar-date';
import { lastOf, newEvent, WEAK_AFTER_DAYS, type GroupedEvent, type Member, type SourcedClaim } from './grouped-event';
import { isCall } from './summit-language';
import type { ArticleClaim, ArticleRole } from './types';

interface Trip {
  start: string;
  end: string;
  /** Claims that give the trip its days. */
  claims: SourcedClaim[];
  /** Weak claims next to it: theirs, but they add no day. */
  weak: SourcedClaim[];
}

const bilateral = (c: ArticleClaim) => c.what !== 'summit day' && c.relation !== 'several';

/** Days in a row with the two together, or Putin at a summit next to such a day. */
function tripsOf(inPerson: SourcedClaim[], summitDays: SourcedClaim[]): Trip[] {
  const trips: Trip[] = [];
  for (const s of inPerson.filter((x) => x.claim.strength !== 'weak').sort((a, b) => (a.claim.date! < b.claim.date! ? -1 : 1))) {
    const t = trips[trips.length - 1];
    if (t && s.claim.date! <= addDays(t.end, 1)) {
      t.claims.push(s);
      if (lastOf(s.claim) > t.end) t.end = lastOf(s.claim);
    } else trips.push({ start: s.claim.date!, end: lastOf(s.claim), claims: [s], weak: [] });
  }
  // A weak claim next to a firm trip (or in the week after it) joins it without adding a day; alone, it makes its own.
  for (const s of inPerson.filter((x) => x.claim.strength === 'weak')) {
    const t = trips.find((x) => s.claim.date! >= addDays(x.start, -1) && s.claim.date! <= addDays(x.end, WEAK_AFTER_DAYS));
    if (t) t.weak.push(s);
    else trips.push({ start: s.claim.date!, end: lastOf(s.claim), claims: [s], weak: [] });
  }
  // Putin at a summit the day before or after a trip to a summit extends it (an informal BRICS meeting opens the G20 it precedes).
  for (const t of trips) {
    const atSummit = t.claims.some((s) => s.claim.summit);
    for (let grew = true; grew;) {
      grew = false;
      for (const d of summitDays) {
        if (t.claims.includes(d)) continue;
        const day = d.claim.date!;
        const next = day === addDays(t.start, -1) || day === addDays(t.end, 1);
        if ((next && atSummit) || (day >= t.start && day <= t.end)) {
          if (day < t.start) t.start = day;
          if (day > t.end) t.end = day;
          t.claims.push(d);
          grew = next;
        }
      }
    }
  }
  return trips.sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** Each trip's events. `undated` are claims with no day: those published during a trip report its meeting. */
export function groupTrips(inPerson: SourcedClaim[], summitDays: SourcedClaim[], undated: SourcedClaim[]): GroupedEvent[] {
  const events: GroupedEvent[] = [];
  for (const trip of tripsOf(inPerson, summitDays)) {
    const dated = trip.claims;
    const weak = trip.weak;
    const during = undated.filter(
      (s) =>
        s.claim.tense !== 'future' &&
        bilateral(s.claim) &&
        !isCall(s.claim.format) &&
        s.published !== null &&
        s.published >= trip.start &&
        s.published <= addDays(trip.end, 1),
    );
    const bilateralDays = new Set<string>();
    for (const s of dated) if (bilateral(s.claim)) for (const d of daysOf(s.claim)) bilateralDays.add(d);
    const member = (s: SourcedClaim, role: ArticleRole = 'report'): Member => ({ articleId: s.articleId, role, claim: s.claim });
    if (bilateralDays.size === 0 && (during.length > 0 || weak.some((s) => bilateral(s.claim)))) {
      const e = newEvent(trip.start, trip.end, {}, [
        ...dated.filter((s) => s.claim.what !== 'summit day').map((s) => member(s)),
        ...weak.map((s) => member(s)),
        ...during.map((s) => member(s, 'reference')),
      ]);
      const span = `${trip.start}${trip.end > trip.start ? `..${trip.end}` : ''}`;
      for (const s of [...during, ...weak.filter((x) => bilateral(x.claim))])
        e.spanFrom.push({
          source: s,
          how: `their meeting is reported without its day, so the event spans the days they were at the summit, ${span}`,
        });
      for (const s of dated.filter((x) => x.claim.what === 'summit day'))
        e.spanFrom.push({ source: s, how: `Putin at the summit on ${s.claim.date} (${s.claim.how})` });
      events.push(e);
      continue;
    }
    const tripEvents: GroupedEvent[] = runsOf([...bilateralDays].sort()).map(([start, end]) => newEvent(start, end, {}));
    const multi = runsOf(
      [...new Set(dated.filter((s) => s.claim.what === 'presence' && !bilateral(s.claim)).flatMap((s) => daysOf(s.claim)))]
        .filter((d) => !bilateralDays.has(d))
        .sort(),
    );
    for (const [start, end] of multi) tripEvents.push(newEvent(start, end, { multilateral: true }));
    for (const s of dated) {
      if (s.claim.what === 'summit day') continue;
      tripEvents
        .find((x) => s.claim.date! <= x.end && x.date <= lastOf(s.claim) && (bilateral(s.claim) ? !x.multilateral : true))
        ?.members.push(member(s));
    }
    for (const s of [...weak, ...during]) {
      const target =
        tripEvents
          .filter((x) => !x.multilateral)
          .sort((a, b) => (a.date < b.date ? 1 : -1))
          .find((x) => x.date <= (s.published ?? x.date)) ?? tripEvents[0];
      // A present tense the day before ("there's a meeting today", said in another time zone) announced it.
      // …and one in the days after it is a mention of it.
      const role: ArticleRole = !weak.includes(s)
        ? 'reference'
        : target && s.claim.date! < target.date
          ? 'announcement'
          : target && s.claim.date! > target.end
            ? 'reference'
            : 'report';
      target?.members.push(member(s, role));
    }
    events.push(...tripEvents.filter((e) => e.members.length > 0));
  }
  return events;
}

function daysOf(c: ArticleClaim): string[] {
  const out: string[] = [];
  for (let d = c.date!; d <= lastOf(c); d = addDays(d, 1)) out.push(d);
  return out;
}

function runsOf(days: string[]): Array<[string, string]> {
  const runs: Array<[string, string]> = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && d === addDays(last[1], 1)) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}
