/**
 * The day a sentence gives for what it reports, resolved against the article's publication date:
 * "on Wednesday" in an article of Friday 2022-06-17 is 2022-06-15, "yesterday" the day before
 * publication, "June 5–7" a span, an announcement's "on June 8" the next June 8.
 */
import * as chrono from 'chrono-node';
import { addDays, isoDate, toUtcDate, weekdayOf } from '../corpus/calendar-date';
import { withoutDateline } from '../corpus/dateline';
import type { DateFrom } from './types';
import { PREVIOUS_DAY, SAME_DAY, TWO_DAYS_AGO } from './summit-language';

export interface DayRead {
  date: string;
  end?: string;
  dateFrom: DateFrom;
  /** How the day was read, for the build report ("'yesterday' against publication 2019-11-14"). */
  how: string;
}

/**
 * "since the war began on February 24", "invited Xi to Moscow for the May 9 celebrations": a date
 * inside such a clause dates something else.
 */
const OTHER_TIME =
  /\b(?:since|began|begun|started|starting|until|till|ago|prior to|born|anniversary of|founded|established|adopted|signed on|dated|invited|invitation)\b[^,;]*$/i;
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const DAYS_AGO = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) days ago\b/i;

/** "the afternoon of March 21, 2023" is March 21 (the date parser reads such a phrase as a time of the day it is read on). */
const PART_OF_DAY = /\b(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?=\S)/gi;

/** The day (or span) a sentence names, or null. `future`: the sentence announces (resolve forward). */
export function dayIn(sentence: string, published: string | null, future: boolean): DayRead | null {
  const plain = sentence.replace(/[–—]/g, '-').replace(PART_OF_DAY, '');
  // The dateline's day is the publication's, which the article has already.
  const text = published ? withoutDateline(plain) : plain;
  if (published && !future) {
    if (TWO_DAYS_AGO.test(text))
      return { date: addDays(published, -2), dateFrom: 'relative', how: `"the day before yesterday" against publication ${published}` };
    const ago = DAYS_AGO.exec(text);
    if (ago) {
      const n = NUMBER_WORDS[ago[1]!.toLowerCase()] ?? Number(ago[1]);
      return { date: addDays(published, -n), dateFrom: 'relative', how: `"${ago[0]}" against publication ${published}` };
    }
    const same = SAME_DAY.exec(text);
    if (same) return { date: published, dateFrom: 'relative', how: `"${same[0]}": the day of publication` };
    const before = PREVIOUS_DAY.exec(text);
    if (before) return { date: addDays(published, -1), dateFrom: 'relative', how: `"${before[0]}" against publication ${published}` };
  }
  const ref = published ? toUtcDate(published) : undefined;
  const results = chrono.parse(text, ref ? { instant: new Date(ref.getTime() + 12 * 3_600_000), timezone: 0 } : undefined);
  // "in June 2019 — the talks took place on June 5": a day without its year takes the year the sentence gives its month.
  const yearOfMonth = (month: number) =>
    results.find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.get('month') === month)?.start.get('year');
  for (const result of results) {
    if (OTHER_TIME.test(text.slice(Math.max(0, result.index - 70), result.index))) continue;
    if (
      /\b(?:ago|later|from now|next|last|this)\b/i.test(result.text) &&
      !/\b(?:last|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(result.text)
    )
      continue;
    if (/^\s*(?:today|tonight|yesterday|tomorrow|now)\b/i.test(result.text)) continue;
    const start = result.start;
    if (start.isCertain('day') && start.isCertain('month')) {
      const monthYear = start.isCertain('year') ? undefined : yearOfMonth(start.get('month')!);
      const year = start.isCertain('year')
        ? start.get('year')!
        : (monthYear ?? (published ? yearNear(published, start.get('month')!, start.get('day')!, future) : null));
      if (year == null) continue;
      const date = isoDate(year, start.get('month')!, start.get('day')!);
      if (!date) continue;
      const end = result.end?.isCertain('day')
        ? isoDate(result.end.isCertain('year') ? result.end.get('year')! : year, result.end.get('month')!, result.end.get('day')!)
        : null;
      const announced = future && published !== null && date > published;
      return {
        date,
        ...(end && end > date ? { end } : {}),
        dateFrom: announced ? 'announced' : 'explicit',
        how: `"${result.text}"${start.isCertain('year') ? '' : monthYear ? ` in ${monthYear}, the year the sentence gives its month` : ` in the year of publication ${published}`}`,
      };
    }
    if (start.isCertain('weekday') && published) {
      const date = nearestWeekday(published, start.get('weekday')!, future);
      return {
        date,
        dateFrom: future ? 'announced' : 'weekday',
        how: `"${result.text}" ${future ? 'after' : 'on or before'} publication ${published}`,
      };
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
