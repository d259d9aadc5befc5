/**
 * Which day an article's call or meeting happened: read from the article's lead, resolved against
 * its publication date ("on Wednesday" in an article of Friday 2022-06-17 is 2022-06-15).
 */
import * as chrono from 'chrono-node';
import type { DateFrom, SummitKind } from './types';
import { addDays, isoDate, toUtcDate, weekdayOf } from '../corpus/calendar-date';
import { ANNOUNCES, EVENT_WORD, MENTIONS_PUTIN, MENTIONS_XI, PREVIOUS_DAY, SAME_DAY, kindIn } from './summit-language';
import { splitSentences } from './sentences';

export interface EventDate {
  date: string;
  end?: string;
  dateFrom: DateFrom;
  /** Where the date was read: paragraph number and the sentence. */
  paragraph: number;
  evidence: string;
}

const LEAD_PARAGRAPHS = 4;

/** Both leaders named close together (within about twenty words), not "neither Putin nor Xi". */
function bothLeaders(s: string): boolean {
  const xi = s.search(MENTIONS_XI);
  const putin = s.search(MENTIONS_PUTIN);
  if (xi < 0 || putin < 0) return false;
  const between = s.slice(Math.min(xi, putin), Math.max(xi, putin));
  return between.split(/\s+/).length <= 22 && !/\b(neither|nor|without|instead of)\b/i.test(between) && !/\b(neither|not|no)\b[^.]*$/i.test(s.slice(0, Math.min(xi, putin)).slice(-40));
}

/** Where the lead's summit sentence is: title or the first paragraphs. */
const SUMMIT_PARAGRAPHS = 2;

/**
 * Does the article report (or announce) a call or meeting between Xi and Putin? One sentence of its
 * title or lead must name both with a word of meeting: an article where Putin meets someone else and
 * Xi is only greeted does not.
 */
export function reportsSummit(title: string, paragraphs: string[]): boolean {
  return [title, ...paragraphs.slice(0, SUMMIT_PARAGRAPHS)].flatMap(splitSentences).some((s) => bothLeaders(s) && EVENT_WORD.test(s));
}

/** The summit kind the article reports: the first strong signal in its title and lead. */
export function findKind(title: string, paragraphs: string[], evidence?: string): SummitKind {
  return (evidence && kindIn(evidence)) || kindIn([title, ...paragraphs.slice(0, LEAD_PARAGRAPHS)].join(' ')) || 'in-person talks';
}

/** The day of the event reported, or null when the article does not say and has no date of its own. */
export function findEventDate(paragraphs: string[], published: string | null): EventDate | null {
  const lead = paragraphs.slice(0, LEAD_PARAGRAPHS);
  const sentences = lead.flatMap((p, paragraph) => splitSentences(p).map((sentence) => ({ paragraph, sentence })));
  const withBoth = sentences.filter((s) => EVENT_WORD.test(s.sentence) && bothLeaders(s.sentence));
  // Other sentences date the summit only near the one that names it (a transcript's later "yesterday" does not).
  const near = (withBoth[0]?.paragraph ?? 0) + 1;
  const withEvent = sentences.filter((s) => s.paragraph <= near && EVENT_WORD.test(s.sentence));
  const withLeader = sentences.filter((s) => s.paragraph <= near && (MENTIONS_XI.test(s.sentence) || MENTIONS_PUTIN.test(s.sentence)));
  for (const group of [withBoth, withEvent, withLeader]) {
    for (const { paragraph, sentence } of group) {
      const found = dateInSentence(sentence, published);
      if (found) return { ...found, paragraph, evidence: sentence };
    }
  }
  if (published && withEvent.length > 0) {
    const first = withEvent[0]!;
    return { date: published, dateFrom: 'header', paragraph: first.paragraph, evidence: first.sentence };
  }
  return null;
}

/** "since the war began on February 24": a date inside such a clause dates something else. */
const OTHER_TIME = /\b(since|began|begun|started|starting|until|till|ago|prior to|born|anniversary of)\b[^,;]*$/i;

function dateInSentence(sentence: string, published: string | null): Omit<EventDate, 'paragraph' | 'evidence'> | null {
  const text = sentence.replace(/[–—]/g, '-');
  const future = ANNOUNCES.test(text);
  if (published && SAME_DAY.test(text) && !future) return { date: published, dateFrom: 'relative' };
  if (published && PREVIOUS_DAY.test(text) && !future) return { date: addDays(published, -1), dateFrom: 'relative' };
  const ref = published ? toUtcDate(published) : undefined;
  for (const result of chrono.parse(text, ref ? { instant: new Date(ref.getTime() + 12 * 3_600_000), timezone: 0 } : undefined)) {
    if (OTHER_TIME.test(text.slice(Math.max(0, result.index - 70), result.index))) continue;
    const start = result.start;
    if (start.isCertain('day') && start.isCertain('month')) {
      const year = start.isCertain('year') ? start.get('year')! : published ? yearNear(published, start.get('month')!, start.get('day')!, future) : null;
      if (year == null) continue;
      const date = isoDate(year, start.get('month')!, start.get('day')!);
      if (!date) continue;
      const end = result.end?.isCertain('day') ? isoDate(result.end.isCertain('year') ? result.end.get('year')! : year, result.end.get('month')!, result.end.get('day')!) : null;
      const announced = future && published !== null && date > published;
      return { date, ...(end && end > date ? { end } : {}), dateFrom: announced ? 'announced' : 'explicit' };
    }
    if (start.isCertain('weekday') && published) {
      return { date: nearestWeekday(published, start.get('weekday')!, future), dateFrom: future ? 'announced' : 'weekday' };
    }
  }
  return null;
}

/** A month and day without a year: the one at or before publication, or after it for an announcement. */
function yearNear(published: string, month: number, day: number, future: boolean): number {
  const year = Number(published.slice(0, 4));
  const same = isoDate(year, month, day);
  if (!same) return year;
  if (future) return same >= published ? year : year + 1;
  return same <= addDays(published, 1) ? year : year - 1;
}

/** The latest such weekday on or before publication (past tense), or the next one (announcement). */
function nearestWeekday(published: string, weekday: number, future: boolean): string {
  const diff = weekday - weekdayOf(published);
  if (future) return addDays(published, (diff + 7) % 7 || 0);
  return addDays(published, -((7 - diff) % 7));
}
