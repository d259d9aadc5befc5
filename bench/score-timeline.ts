/**
 * Scores a timeline the index found against a reference timeline read by hand
 * (test/fixtures/reference/*-timeline.json; the rules are in that folder's README):
 * - a found event matches a reference event when both start on the same day, end on the same day (no
 *   end = one day) and are of the same kind family: phone call, video call, in person (meeting, talks,
 *   visits, meeting on the sidelines, trilateral) or multilateral (both present, no meeting of their own);
 * - reference events marked `announcedOnly` (the archive only announces them) or `namesXi: false` (it
 *   never names Xi there) are optional: found, they count as right; absent, they are no miss; found
 *   with other days (same family, a day in common), they are left out of precision. Multilateral days
 *   (both at a gathering, no meeting of their own) are required like any other; one found as a meeting
 *   of their own (another family) is a false event;
 * - precision = found events that match / found events scored; recall = required reference events
 *   matched / required reference events.
 */
import type { EventFormat, SummitEvent, SummitKind } from '../src/events/types';

export interface ReferenceEvent {
  date: string;
  end?: string;
  kind: string;
  summit?: string;
  place?: string;
  articles: string[];
  articleNotes?: Record<string, string>;
  mentionedBy?: string[];
  neutral?: string[];
  announcedOnly?: boolean;
  namesXi?: boolean;
  note?: string;
}

export interface ReferenceTimeline {
  archive: string;
  events: ReferenceEvent[];
  mentionedOnly?: Array<{ approxDate: string | null; kind: string; article: string; why: string }>;
  notEvents: Array<{ article: string; why: string }>;
}

export type Family = 'phone call' | 'video call' | 'in person' | 'multilateral';

/** The reference's kinds and the index's formats, folded into the families that must agree. */
export function familyOf(kind: string): Family {
  if (kind === 'phone call' || kind === 'video call' || kind === 'multilateral') return kind;
  return 'in person';
}

/** A found event's family: its format when it has one, else its contract kind. */
export function foundFamily(e: { kind: SummitKind; format?: EventFormat }): Family {
  return familyOf(e.format ?? e.kind);
}

export const isOptional = (r: ReferenceEvent) => r.announcedOnly === true || r.namesXi === false;

const lastDay = (e: { date: string; end?: string }) => e.end ?? e.date;
const days = (e: { date: string; end?: string }) => `${e.date}${e.end && e.end !== e.date ? `..${e.end}` : ''}`;
const overlaps = (a: { date: string; end?: string }, b: { date: string; end?: string }) => a.date <= lastDay(b) && b.date <= lastDay(a);

export interface Miss {
  reference: ReferenceEvent;
  /** Found events with a day in common: what the index made of it instead. */
  near: SummitEvent[];
}

export interface FalseEvent {
  event: SummitEvent;
  /** Why it is wrong, in the reference's words where it has any. */
  why: string;
}

export interface Score {
  found: number;
  /** Found events left out of precision (an optional event found with other days). */
  unscored: Array<{ event: SummitEvent; reference: ReferenceEvent }>;
  matched: Array<{
    event: SummitEvent;
    reference: ReferenceEvent;
    reports: { attached: number; of: number; missing: string[] };
    wrongArticles: string[];
  }>;
  required: number;
  requiredMatched: number;
  optionalFound: ReferenceEvent[];
  optionalMissed: ReferenceEvent[];
  misses: Miss[];
  falseEvents: FalseEvent[];
  precision: number;
  recall: number;
}

export function scoreTimeline(found: SummitEvent[], reference: ReferenceTimeline): Score {
  const free = new Set(reference.events);
  const matched: Score['matched'] = [];
  const unmatched: SummitEvent[] = [];
  for (const event of found) {
    const reference_ = reference.events.find(
      (r) => free.has(r) && r.date === event.date && lastDay(r) === lastDay(event) && familyOf(r.kind) === foundFamily(event),
    );
    if (!reference_) {
      unmatched.push(event);
      continue;
    }
    free.delete(reference_);
    matched.push({ event, reference: reference_, ...articleFigures(event, reference_, reference) });
  }
  const unscored: Score['unscored'] = [];
  const falseEvents: FalseEvent[] = [];
  for (const event of unmatched) {
    const optional = reference.events.find((r) => isOptional(r) && overlaps(r, event) && familyOf(r.kind) === foundFamily(event));
    if (optional) unscored.push({ event, reference: optional });
    else falseEvents.push({ event, why: whyFalse(event, reference) });
  }
  const required = reference.events.filter((r) => !isOptional(r));
  const misses = required.filter((r) => free.has(r)).map((r) => ({ reference: r, near: found.filter((e) => overlaps(e, r)) }));
  const scored = found.length - unscored.length;
  return {
    found: found.length,
    unscored,
    matched,
    required: required.length,
    requiredMatched: required.length - misses.length,
    optionalFound: reference.events.filter((r) => isOptional(r) && !free.has(r)),
    optionalMissed: reference.events.filter((r) => isOptional(r) && free.has(r)),
    misses,
    falseEvents,
    precision: scored === 0 ? 1 : matched.length / scored,
    recall: required.length === 0 ? 1 : (required.length - misses.length) / required.length,
  };
}

/** How many of the reference's reports and announcements the event holds, and which articles it should not. */
function articleFigures(
  event: SummitEvent,
  r: ReferenceEvent,
  reference: ReferenceTimeline,
): Pick<Score['matched'][number], 'reports' | 'wrongArticles'> {
  const attached = new Set(event.articles.map((a) => a.articleId));
  const missing = r.articles.filter((id) => !attached.has(id));
  const allowed = new Set([...r.articles, ...(r.mentionedBy ?? []), ...(r.neutral ?? [])]);
  const elsewhere = new Set(reference.events.filter((o) => o !== r).flatMap((o) => o.articles));
  const notEvents = new Set(reference.notEvents.map((n) => n.article));
  const wrongArticles = [...attached].filter((id) => !allowed.has(id) && (elsewhere.has(id) || notEvents.has(id)));
  return { reports: { attached: r.articles.length - missing.length, of: r.articles.length, missing }, wrongArticles };
}

function whyFalse(event: SummitEvent, reference: ReferenceTimeline): string {
  const ids = new Set(event.articles.map((a) => a.articleId));
  const near = reference.events.filter((r) => overlaps(r, event));
  const reasons: string[] = [];
  for (const r of near) {
    const what = `${days(r)} ${r.kind}${r.summit ? ` (${r.summit})` : ''}`;
    reasons.push(
      familyOf(r.kind) !== foundFamily(event) && r.date === event.date && lastDay(r) === lastDay(event)
        ? `the reference has ${what}: another kind`
        : `the reference has ${what}: other days`,
    );
  }
  for (const n of reference.notEvents) if (ids.has(n.article)) reasons.push(`not an event (${n.article}): ${n.why}`);
  for (const m of reference.mentionedOnly ?? []) if (ids.has(m.article)) reasons.push(`only mentioned (${m.article}): ${m.why}`);
  for (const r of reference.events) {
    const mention = (r.mentionedBy ?? []).filter((id) => ids.has(id));
    if (mention.length && !near.includes(r))
      reasons.push(`${mention.join(', ')} only mention${mention.length === 1 ? 's' : ''} ${days(r)}`);
  }
  return reasons.length ? reasons.join('; ') : 'no such event in the reference';
}

/** The score as lines for a person: the figures, then every miss and every false event by name. */
export function formatScore(name: string, s: Score): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const show = (e: SummitEvent) => `${days(e)} ${e.format ?? e.kind}${e.summit ? ` (${e.summit})` : ''}`;
  const lines = [
    `${name}: precision ${pct(s.precision)} (${s.matched.length} of ${s.found - s.unscored.length} found events right), recall ${pct(s.recall)} (${s.requiredMatched} of ${s.required} required reference events found)`,
  ];
  if (s.optionalFound.length || s.optionalMissed.length)
    lines.push(
      `  optional reference events: ${s.optionalFound.length} found, ${s.optionalMissed.length} not found (${s.optionalMissed.map((r) => `${days(r)} ${r.kind}`).join(', ') || 'none'})`,
    );
  for (const u of s.unscored) lines.push(`  unscored: ${show(u.event)} overlaps the optional ${days(u.reference)} ${u.reference.kind}`);
  const reports = s.matched.reduce((n, m) => n + m.reports.attached, 0);
  const of = s.matched.reduce((n, m) => n + m.reports.of, 0);
  lines.push(
    `  articles: ${reports} of ${of} reference reports and announcements attached to the events found; ${s.matched.reduce((n, m) => n + m.wrongArticles.length, 0)} article(s) attached that belong elsewhere`,
  );
  lines.push(`  misses (${s.misses.length}):`);
  for (const m of s.misses)
    lines.push(
      `    ${days(m.reference)} ${m.reference.kind}${m.reference.summit ? ` (${m.reference.summit})` : ''}${m.near.length ? `; found instead: ${m.near.map(show).join(', ')}` : '; nothing found on those days'}`,
    );
  lines.push(`  false events (${s.falseEvents.length}):`);
  for (const f of s.falseEvents) lines.push(`    ${show(f.event)} [${f.event.articles.map((a) => a.articleId).join(', ')}]: ${f.why}`);
  for (const m of s.matched) {
    if (m.reports.missing.length || m.wrongArticles.length) {
      lines.push(
        `  ${show(m.event)}: ${m.reports.missing.length ? `not attached ${m.reports.missing.join(', ')}` : ''}${m.reports.missing.length && m.wrongArticles.length ? '; ' : ''}${m.wrongArticles.length ? `attached but elsewhere ${m.wrongArticles.join(', ')}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}
