import { answerQuotes, answerSummit, askQuestion, listSummits, onThisDate, type Answer } from '../answers';
import { sourceArticles, sourceNamed } from '../answers/sources';
import type { Archive } from '../search/archive';
import type { SummitRequest } from './parse-request';

/**
 * The requests that have an archive answer (help and subscriptions are answered elsewhere), and the
 * CLI's `ask`: a question never read as a date.
 */
export type ArchiveRequest =
  Extract<SummitRequest, { kind: 'list' | 'on-this-date' | 'summit' | 'quotes' }> | { kind: 'question'; text: string };

export interface AnswerContext {
  archive: Archive;
  /** Today in DAILY_TZ, `YYYY-MM-DD`. */
  today: string;
  /** The first result or summit to show (a "More" button's offset, the shell's `more`, `--offset`). */
  offset?: number;
  /** How many results to show (`--limit`); each answer has its default. */
  limit?: number;
  /** The clock a question's search budget runs on, in ms (default: wall time; the CLI's: its CPU time). */
  clock?: () => number;
}

/** Computes the answer data for a request, paged: the one place every surface reaches the engine. */
export function answerRequest(request: ArchiveRequest, { archive, today, offset, limit, clock }: AnswerContext): Answer {
  if ((request.kind === 'summit' || request.kind === 'quotes') && request.source) {
    return answerFromSource(archive, request.kind, request.text, request.source, { today, offset, limit, clock });
  }
  switch (request.kind) {
    case 'question':
      return askQuestion(archive, request.text, { today, offset, limit, clock });
    case 'summit':
      return answerSummit(archive, request.text, { today, offset, limit, clock });
    case 'quotes':
      return answerQuotes(archive, request.text, { today, offset, limit });
    case 'list':
      return listSummits(archive, { offset });
    case 'on-this-date':
      return onThisDate(archive, request.day, { today, offset });
  }
}

/**
 * A question or a speaker's quotes kept to one source's articles (the search modal's Source). A date
 * or period is then read as a question about that summit, whose coverage is kept to the source too.
 */
function answerFromSource(
  archive: Archive,
  kind: 'summit' | 'quotes',
  text: string,
  typed: string,
  options: { today: string; offset?: number; limit?: number; clock?: () => number },
): Answer {
  const known = sourceNamed(archive, typed);
  const source = { name: known?.name ?? typed, articles: known?.articles ?? 0 };
  const articles = sourceArticles(archive, source.name);
  if (kind === 'quotes') {
    const answer = answerQuotes(archive, text, { ...options, articles });
    return answer.kind === 'quotes' ? { ...answer, source } : answer;
  }
  return { ...askQuestion(archive, text, { ...options, articles }), source };
}
