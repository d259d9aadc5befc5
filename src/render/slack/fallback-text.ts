import type { Answer, OnThisDateAnswer } from '../../answers/types';
import {
  noStatements,
  noSummitIn,
  periodHeading,
  periodWords,
  questionNotice,
  quotesScope,
  statementsAtSummit,
  statementWordsOn,
} from '../copy';
import { eventDays, humanDate, humanDay, plural, yearsAgo, eventKind } from '../format-date';
import { escapeMrkdwn } from './escape-mrkdwn';
import { shownInput } from '../shown-input';
import type { SlackRenderOptions } from './options';
import { USER_ID } from './preamble';
import { SLACK_LIMITS, truncate } from './slack-limits';
import { noMatchNotice, noStatementsNotice, PLAIN_MARKS, shownSource } from './source-notice';

const asIs = (text: string) => text;

/** Plain text (escaped as a whole by asFallback); an answer that found nothing says what its blocks say. */
function plainSummary(answer: Answer, opts: SlackRenderOptions): string {
  switch (answer.kind) {
    case 'question': {
      const first = answer.results[0];
      if (answer.notice !== undefined || !first) {
        const query = shownInput(answer.query);
        const notice = answer.notice ?? 'no-match';
        if (answer.source && notice === 'no-match')
          return noMatchNotice(query, shownSource(answer.source, asIs), opts.sourceFrom, PLAIN_MARKS);
        return questionNotice(notice, query, PLAIN_MARKS);
      }
      return `${plural(answer.page.total, 'excerpt')} for “${shownInput(answer.query, 100)}”: ${first.excerpt} (${first.title})`;
    }
    case 'date':
      return answer.event
        ? `${eventDays(answer.event)}: ${eventKind(answer.event)}, ${answer.event.title} (${plural(answer.event.articles.length, 'article')})`
        : `No summit on ${humanDate(answer.date)}.${answer.nearest.length ? ` Nearest: ${answer.nearest.map((e) => humanDate(e.date)).join(', ')}.` : ''}`;
    case 'period':
      return answer.page.total
        ? `${periodHeading(periodWords(answer), answer.page.total)}. ${answer.events.map((e) => `${eventDays(e)} ${eventKind(e)}`).join('; ')}`
        : `${noSummitIn(periodWords(answer))}${answer.nearest.length ? ` Nearest: ${answer.nearest.map((e) => humanDate(e.date)).join(', ')}.` : ''}`;
    case 'timeline':
      return `${plural(answer.page.total, 'summit')} in the archive${answer.events.length ? `, from ${humanDate(answer.events[0]?.date ?? '')} to ${humanDate(answer.events[answer.events.length - 1]?.date ?? '')}` : ''}.`;
    case 'on-this-date':
      return answer.events.length
        ? `On this date: ${answer.events.map((e) => `${humanDate(e.date)} ${eventKind(e)}`).join('; ')}`
        : `No summit happened on ${answer.day} in earlier years.`;
    case 'quotes': {
      const first = answer.results[0];
      return first
        ? `${statementsAtSummit(answer.page.total - (answer.elsewhere ?? 0), answer.elsewhere ?? 0)} by ${quotesScope(answer)}: ${statementWordsOn(first.text, first)} (${first.title})`
        : answer.source
          ? noStatementsNotice(shownInput(quotesScope(answer), 300), shownSource(answer.source, asIs), opts.sourceFrom, PLAIN_MARKS)
          : noStatements(shownInput(quotesScope(answer), 300), answer);
    }
    case 'input-error':
      return `${answer.message} ${answer.hint}`;
  }
}

/** Escaped and short: top-level `text` is parsed as mrkdwn too. */
function asFallback(summary: string): string {
  return escapeMrkdwn(truncate(summary.replace(/\s+/g, ' '), SLACK_LIMITS.fallbackText));
}

/** The message's top-level `text`: a short escaped summary for notifications and screen readers. */
export function fallbackText(answer: Answer, opts: SlackRenderOptions = {}): string {
  const { sharedBy } = opts;
  const prefix = sharedBy && USER_ID.test(sharedBy) ? `Shared by <@${sharedBy}>: ` : '';
  return prefix + asFallback(plainSummary(answer, opts));
}

/** The daily post's top-level `text`: every earlier summit of the day, or the next anniversary. */
export function dailyPostText(answer: OnThisDateAnswer): string {
  const day = humanDay(answer.day);
  const { events, next } = answer;
  if (events.length > 0)
    return asFallback(
      `On this date, ${day}: ${events.map((e) => `${e.date.slice(0, 4)} ${eventKind(e)} (${yearsAgo(e.yearsAgo)})`).join('; ')}`,
    );
  const upcoming = next ? ` Next anniversary: ${humanDay(next.day)}, the ${eventKind(next)} of ${humanDate(next.date)}.` : '';
  return asFallback(`On this date: no summit between Xi Jinping and Vladimir Putin on ${day} in earlier years.${upcoming}`);
}
