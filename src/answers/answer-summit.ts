/**
 * What `/summit <text>` answers: a date in any common form gives that day's summit (or the nearest
 * ones, and what was published that day); other text is a question.
 */
import { daysBetween } from '../corpus/calendar-date';
import type { Archive } from '../search/archive';
import { answerPeriod } from './answer-period';
import { askQuestion, type QuestionOptions } from './ask-question';
import { clampPage, type PageOptions } from './page';
import { DATE_HINT, readTypedDate } from './read-typed-date';
import { summitCoverage, summitOn } from './summit-coverage';
import { summitSides } from './summit-sides';
import type { DateAnswer, InputErrorAnswer, NearbyEvent, PeriodAnswer, QuestionAnswer } from './types';

export interface SummitOptions extends PageOptions, Pick<QuestionOptions, 'clock'> {
  /** Today, YYYY-MM-DD, for "yesterday" and for dates typed without a year. */
  today: string;
}

export function answerSummit(
  archive: Archive,
  text: string,
  options: SummitOptions,
): DateAnswer | PeriodAnswer | QuestionAnswer | InputErrorAnswer {
  const query = String(text ?? '').trim();
  const typed = readTypedDate(query, options.today);
  if (typed?.kind === 'invalid') return { kind: 'input-error', query, message: `${typed.reason}.`, hint: DATE_HINT };
  if (typed?.kind === 'date') return answerDate(archive, query, typed.date, options);
  if (typed?.kind === 'period') return answerPeriod(archive, query, typed, options);
  if (typed?.kind === 'day') return answerPeriod(archive, query, { unit: 'day', day: typed.day, date: typed.date }, options);
  return askQuestion(archive, query, options);
}

/** Does answering this text need the shards (a question), or only the timeline (a date)? */
export function needsSearch(text: string, today: string): boolean {
  return readTypedDate(String(text ?? '').trim(), today) === null;
}

export function answerDate(archive: Archive, query: string, date: string, options: PageOptions): DateAnswer {
  const event = summitOn(archive, date);
  if (event) {
    // The day asked orders the coverage: a visit's page for its second day opens with that day's reports.
    const coverage = summitCoverage(archive, event, date);
    // The first page is as long as the coverage has articles (3 to 10): the reports' best excerpts first.
    const { offset, limit } = clampPage(options, Math.max(3, Math.min(event.articles.length, 10)));
    return {
      kind: 'date',
      query,
      date,
      event: { ...event, sides: summitSides(archive, event) },
      nearest: [],
      results: coverage.slice(offset, offset + limit),
      page: { offset, limit, total: coverage.length },
      publishedThatDay: [],
    };
  }
  const { offset, limit } = clampPage(options);
  const before = [...archive.events].reverse().find((e) => (e.end ?? e.date) < date);
  const after = archive.events.find((e) => e.date > date);
  const nearest: NearbyEvent[] = [before, after]
    .filter((e) => e !== undefined)
    .map((e) => ({ ...e, distanceDays: daysBetween(date, e.date > date ? e.date : (e.end ?? e.date)) }));
  const publishedThatDay = archive.articles
    .filter((a) => a.published === date)
    .map((a) => ({ articleId: a.id, title: a.title, eventDate: a.eventDate }));
  return { kind: 'date', query, date, event: null, nearest, results: [], page: { offset, limit, total: 0 }, publishedThatDay };
}
