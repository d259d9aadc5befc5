import type { Answer } from '../answers/types';
import { quotesScope } from './blocks/quotes';
import { escapeMrkdwn } from './escape-mrkdwn';
import { eventDays, humanDate, plural } from './format-date';
import { SLACK_LIMITS, truncate } from './slack-limits';

function plainSummary(answer: Answer): string {
  switch (answer.kind) {
    case 'question': {
      const first = answer.results[0];
      if (!first) return `Nothing found for “${answer.query.trim()}”.`;
      return `${plural(answer.page.total, 'excerpt')} for “${answer.query.trim()}”: ${first.excerpt} (${first.title})`;
    }
    case 'date':
      return answer.event
        ? `${eventDays(answer.event)}: ${answer.event.kind}, ${answer.event.title} (${plural(answer.event.articles.length, 'article')})`
        : `No summit on ${humanDate(answer.date)}.${answer.nearest.length ? ` Nearest: ${answer.nearest.map((e) => humanDate(e.date)).join(', ')}.` : ''}`;
    case 'timeline':
      return `${plural(answer.events.length, 'summit')} in the archive${answer.events.length ? `, from ${humanDate(answer.events[0]?.date ?? '')} to ${humanDate(answer.events[answer.events.length - 1]?.date ?? '')}` : ''}.`;
    case 'on-this-date':
      return answer.events.length
        ? `On this date: ${answer.events.map((e) => `${humanDate(e.date)} ${e.kind}`).join('; ')}`
        : `No summit happened on ${answer.day} in earlier years.`;
    case 'quotes': {
      const first = answer.results[0];
      return first ? `${plural(answer.page.total, 'statement')} by ${quotesScope(answer)}: ${first.text} (${first.title})` : `No statements by ${quotesScope(answer)}.`;
    }
    case 'input-error':
      return `${answer.message} ${answer.hint}`;
  }
}

/** The message's top-level `text`: a short escaped summary for notifications and screen readers. */
export function fallbackText(answer: Answer, sharedBy?: string): string {
  const prefix = sharedBy && /^[UW][A-Z0-9]{2,}$/.test(sharedBy) ? `Shared by <@${sharedBy}>: ` : '';
  return prefix + escapeMrkdwn(truncate(plainSummary(answer).replace(/\s+/g, ' '), SLACK_LIMITS.fallbackText));
}
