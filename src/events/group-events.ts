/**
 * From claims to events, as a person puts a timeline together: calls are grouped by day; meetings in
 * person are grouped into trips (group-trips.ts); then announcements, undated mentions and the day's
 * other releases join the event they speak of (attach-claims.ts). A claim that only a present tense or
 * a "latest" dates (weak) adds no day next to a firm one.
 */
import { addDays } from '../corpus/calendar-date';
import { attachAnnouncements, attachSameVisit, attachSummitNotices, placeUndated, stretchVisit } from './attach-claims';
import { groupTrips } from './group-trips';
import { lastOf, newEvent, recalledOn, WEAK_AFTER_DAYS, type GroupedEvent, type Member, type SourcedClaim } from './grouped-event';
import { isCall } from './summit-language';
import type { ArticleRole } from './types';

export type { GroupedEvent, Member, SourcedClaim } from './grouped-event';

/** Groups every claim of the archive into events; what is left over is returned as `unplaced`. */
export function groupEvents(all: SourcedClaim[]): { events: GroupedEvent[]; unplaced: SourcedClaim[] } {
  const stated = all.filter((s) => s.claim.what === 'contact' || s.claim.what === 'presence');
  const reported = stated.filter((s) => s.claim.date && s.claim.tense !== 'future');
  const announced = stated.filter((s) => s.claim.date && s.claim.tense === 'future');
  const undated = stated.filter((s) => !s.claim.date && !s.claim.vague);
  const summitDays = all.filter((s) => s.claim.what === 'summit day' && s.claim.date);

  const events = [
    ...groupCalls(reported.filter((s) => isCall(s.claim.format))),
    ...groupTrips(
      reported.filter((s) => !isCall(s.claim.format)),
      summitDays,
      undated,
    ),
  ];
  referToRecalled(events, reported);
  attachAnnouncements(events, announced);
  attachSameVisit(
    events,
    all.filter((s) => s.claim.what === 'named'),
  );
  attachSummitNotices(
    events,
    all.filter((s) => (s.claim.what === 'summit notice' || s.claim.what === 'summit day') && s.claim.date),
  );
  const placed = () => new Set(events.flatMap((e) => e.members.map((m) => m.claim)));
  const already = placed();
  for (const s of undated) if (!already.has(s.claim)) placeUndated(events, s);
  for (const e of events) if (!e.call && !e.multilateral) stretchVisit(e);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const inEvents = placed();
  return { events, unplaced: stated.filter((s) => !inEvents.has(s.claim)) };
}

/** A contact the article dates well before its publication is one it recalls: it refers to that event, it does not report it. */
function referToRecalled(events: GroupedEvent[], reported: SourcedClaim[]): void {
  const published = new Map(reported.map((s) => [s.claim, s.published]));
  for (const e of events)
    for (const m of e.members) {
      const day = published.get(m.claim);
      if (m.role === 'report' && day && m.claim.paragraph !== null && recalledOn(lastOf(m.claim), day)) m.role = 'reference';
    }
}

/** Calls on the same day (or overlapping days) are one call; a weak one a few days after is a mention of it. */
function groupCalls(calls: SourcedClaim[]): GroupedEvent[] {
  const events: GroupedEvent[] = [];
  const firmFirst = [...calls].sort(
    (a, b) =>
      (a.claim.strength === 'weak' ? 1 : 0) - (b.claim.strength === 'weak' ? 1 : 0) ||
      (a.claim.date! < b.claim.date! ? -1 : a.claim.date! > b.claim.date! ? 1 : 0),
  );
  const nearAfter = (g: GroupedEvent, day: string) => day >= addDays(g.date, -1) && day <= addDays(g.end, WEAK_AFTER_DAYS);
  for (const s of firmFirst) {
    const member = (role: ArticleRole): Member => ({ articleId: s.articleId, role, claim: s.claim });
    const same = events.find((g) => s.claim.date! <= g.end && g.date <= lastOf(s.claim));
    const near = events.find((g) => nearAfter(g, s.claim.date!));
    if (same) same.members.push(member('report'));
    else if (s.claim.strength === 'weak' && near) near.members.push(member('reference'));
    else events.push(newEvent(s.claim.date!, lastOf(s.claim), { call: true }, [member('report')]));
  }
  return events;
}
