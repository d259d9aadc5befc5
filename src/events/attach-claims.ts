/**
 * What joins an event besides its reports: dated announcements (which may give it the days they
 * announced, or stand alone as an event marked `announced`), undated mentions (the latest event before
 * them) and undated announcements (the next one), the day's other releases naming both ("same visit"),
 * and the days a visit's reports count ("the second day of the visit", "a three-day visit").
 */
import { addDays, daysBetween } from '../corpus/calendar-date';
import { lastOf, newEvent, type GroupedEvent, type SourcedClaim } from './grouped-event';
import { namesIn } from './leaders';
import { isCall, summitIn } from './summit-language';

/** How long after an event an undated mention still refers to it, and how far ahead an undated announcement looks. */
export const REFERENCE_DAYS = 21;
export const ANNOUNCE_DAYS = 21;
/** An announcement stands alone as an event only when nothing is reported within this many days of it. */
const ALONE_DAYS = 7;

/** An announcement gives its days to the event only when it names both leaders and no summit around them. */
function namesBoth(sentence: string): boolean {
  const n = namesIn(sentence);
  return n.xi && n.putin;
}

const span = (c: { date?: string; end?: string }) => `${c.date}${c.end && c.end !== c.date ? `..${c.end}` : ''}`;

/** Announcements with a day join the event they announce (and give it the announced days); alone, they are an event. */
export function attachAnnouncements(events: GroupedEvent[], announced: SourcedClaim[]): void {
  for (const s of announced) {
    const c = s.claim;
    const target = events.find(
      (e) => !e.multilateral && e.call === isCall(c.format) && c.date! <= addDays(e.end, 1) && addDays(e.date, -1) <= lastOf(c),
    );
    if (target) {
      target.members.push({ articleId: s.articleId, role: 'announcement', claim: c });
      if (
        c.what === 'contact' &&
        c.date! <= target.end &&
        target.date <= lastOf(c) &&
        namesBoth(c.sentence) &&
        !summitIn(c.sentence) &&
        (c.date! < target.date || lastOf(c) > target.end)
      ) {
        target.date = c.date! < target.date ? c.date! : target.date;
        target.end = lastOf(c) > target.end ? lastOf(c) : target.end;
        target.spanFrom.push({ source: s, how: `announced for ${span(c)} (${c.how})` });
      }
      continue;
    }
    if (c.what !== 'contact' || events.some((e) => Math.abs(daysBetween(e.date, c.date!)) <= ALONE_DAYS)) continue;
    const own = events.find((e) => e.announcedOnly && e.date === c.date && e.end === lastOf(c));
    if (own) own.members.push({ articleId: s.articleId, role: 'announcement', claim: c });
    else
      events.push(
        newEvent(c.date!, lastOf(c), { call: isCall(c.format), announcedOnly: true }, [
          { articleId: s.articleId, role: 'announcement', claim: c },
        ]),
      );
  }
}

/** A release of a visit's day that names both (an executive order, an award) is the visit's, without a claim of its own. */
export function attachSameVisit(events: GroupedEvent[], named: SourcedClaim[]): void {
  for (const s of named) {
    const visit = events.find((e) => !e.call && !e.multilateral && s.claim.date! >= e.date && s.claim.date! <= e.end);
    if (visit && !visit.members.some((m) => m.articleId === s.articleId))
      visit.members.push({ articleId: s.articleId, role: 'same visit', claim: s.claim });
  }
}

/**
 * Putin announced for, arriving at or attending a named summit: the announcement or a same-trip report
 * of the events held there on those days (an arrival, the eve of the sessions, also of the next day's).
 */
export function attachSummitNotices(events: GroupedEvent[], notices: SourcedClaim[]): void {
  for (const s of notices) {
    const c = s.claim;
    const last = c.what === 'summit notice' && c.tense === 'past' ? addDays(lastOf(c), 1) : lastOf(c);
    for (const e of events) {
      if (e.call || c.date! > e.end || last < e.date || e.members.some((m) => m.articleId === s.articleId)) continue;
      if (!e.members.some((m) => m.claim.summit === c.summit)) continue;
      e.members.push({
        articleId: s.articleId,
        role: s.published !== null && s.published < e.date ? 'announcement' : 'same visit',
        claim: c,
      });
    }
  }
}

/** An undated mention refers to the latest event before it; an undated announcement to the next one. */
export function placeUndated(events: GroupedEvent[], s: SourcedClaim): void {
  if (!s.published) return;
  const call = isCall(s.claim.format);
  const fits = (e: GroupedEvent) => !e.multilateral && (s.claim.format === undefined || e.call === call);
  const next = () =>
    events
      .filter((e) => fits(e) && e.date > s.published! && daysBetween(s.published!, e.date) <= ANNOUNCE_DAYS)
      .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (s.claim.tense === 'future') {
    next()?.members.push({ articleId: s.articleId, role: 'announcement', claim: s.claim });
    return;
  }
  const last = events
    .filter((e) => fits(e) && e.date <= s.published! && daysBetween(e.end, s.published!) <= REFERENCE_DAYS)
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (last) last.members.push({ articleId: s.articleId, role: 'reference', claim: s.claim });
  // "On President Xi's visit to Moscow" a week before it: a present tense with nothing behind it looks ahead.
  else if (s.claim.tense === 'present') next()?.members.push({ articleId: s.articleId, role: 'announcement', claim: s.claim });
}

/** "The second day of the state visit" moves the start back; "a three-day visit" sets the end. */
export function stretchVisit(e: GroupedEvent): void {
  for (const m of e.members) {
    const c = m.claim;
    if (!c.visitDay || !c.date) continue;
    const start = addDays(c.date, -(c.visitDay - 1));
    if (start < e.date && daysBetween(start, e.date) <= 3) {
      e.date = start;
      e.spanFrom.push({
        source: { articleId: m.articleId, published: null, claim: c },
        how: `day ${c.visitDay} of the visit on ${c.date}: it began ${start}`,
      });
    }
  }
  for (const m of e.members) {
    const c = m.claim;
    if (!c.visitDays || c.visitDays > 7) continue;
    const end = addDays(e.date, c.visitDays - 1);
    if (end > e.end) {
      e.end = end;
      e.spanFrom.push({
        source: { articleId: m.articleId, published: null, claim: c },
        how: `a ${c.visitDays}-day visit from ${e.date}: it ended ${end}`,
      });
    }
  }
}
