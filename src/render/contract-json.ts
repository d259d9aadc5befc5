/** Answers as JSON, in the shapes of docs/contract.md (extra fields are welcome there): what `--json` prints. */
import type { Answer } from '../answers/types';

export function toContractJson(answer: Answer): unknown {
  switch (answer.kind) {
    case 'question':
      return {
        query: answer.query,
        results: answer.results,
        page: answer.page,
        ...(answer.notice ? { notice: answer.notice } : {}),
        ...(answer.scope ? { scope: answer.scope } : {}),
        ...(answer.source ? { source: answer.source } : {}),
      };
    case 'date':
      return {
        query: answer.query,
        date: answer.date,
        event: answer.event,
        nearest: answer.nearest,
        results: answer.results,
        page: answer.page,
        publishedThatDay: answer.publishedThatDay,
      };
    case 'period':
      return {
        query: answer.query,
        date: null,
        event: null,
        nearest: answer.nearest,
        results: answer.results,
        page: answer.page,
        period: answer.period,
        events: answer.events,
        unit: answer.unit,
        ...(answer.day ? { day: answer.day } : {}),
      };
    case 'timeline':
      return { events: answer.events };
    case 'on-this-date':
      return { day: answer.day, date: answer.date, events: answer.events, next: answer.next };
    case 'quotes':
      return {
        query: answer.query,
        speaker: answer.speaker,
        date: answer.date,
        event: answer.event,
        words: answer.words,
        results: answer.results,
        page: answer.page,
        ...(answer.elsewhere !== undefined ? { elsewhere: answer.elsewhere } : {}),
        ...(answer.source ? { source: answer.source } : {}),
      };
    case 'input-error':
      return { query: answer.query, error: answer.message, hint: answer.hint };
  }
}
