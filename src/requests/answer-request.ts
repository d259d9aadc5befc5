import { answerQuotes, answerSummit, listSummits, onThisDate, type Answer, type Archive } from '../answers';
import type { SummitRequest } from './parse-request';

/** The requests that have an archive answer (help and subscriptions are answered elsewhere). */
export type ArchiveRequest = Extract<SummitRequest, { kind: 'list' | 'on-this-date' | 'summit' | 'quotes' }>;

export interface AnswerContext {
  archive: Archive;
  /** Today in DAILY_TZ, `YYYY-MM-DD`. */
  today: string;
  /** The first result to show (the "More" button's offset). */
  offset?: number;
}

/** Computes the answer data for a request: the one place surfaces reach the engine. */
export function answerRequest(request: ArchiveRequest, { archive, today, offset = 0 }: AnswerContext): Answer {
  switch (request.kind) {
    case 'list':
      return listSummits(archive);
    case 'on-this-date':
      return onThisDate(archive, request.day, { today });
    case 'summit':
      return answerSummit(archive, request.text, { today, offset });
    case 'quotes':
      return answerQuotes(archive, request.text, { today, offset });
  }
}
