import type { QuestionAnswer } from '../../answers/types';
import { keptToSource, questionNotice, searchingCoverage } from '../copy';
import { type KnownBlock, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import type { SlackRenderOptions } from './options';
import { preambleBlocks } from './preamble';
import { pagedExcerpts } from './result-blocks';
import { mrkdwnSection } from './section';
import { shownInput } from '../shown-input';
import { noMatchNotice, shownSource, SLACK_MARKS } from './source-notice';

/** The best cited excerpts for a question, paged, with "More excerpts" when there are more. */
export function questionBlocks(answer: QuestionAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const head = preambleBlocks(opts);
  const source = answer.source ? shownSource(answer.source, escapeMrkdwn) : null;
  if (answer.notice !== undefined || answer.results.length === 0) {
    const query = escapeMrkdwn(shownInput(answer.query));
    const notice = answer.notice ?? 'no-match';
    // Kept to a source: say that the source has nothing, and what to try.
    if (source && notice === 'no-match') return [...head, mrkdwnSection(noMatchNotice(query, source, opts.sourceFrom, SLACK_MARKS))];
    return [...head, mrkdwnSection(questionNotice(notice, query, SLACK_MARKS))];
  }
  if (source) head.push({ type: 'context', elements: [mrkdwn(keptToSource(source.name, source.articles))] });
  // Which summits' coverage ranks first, when the question names a time or place.
  if (answer.scope) head.push({ type: 'context', elements: [mrkdwn(escapeMrkdwn(searchingCoverage(answer.scope)))] });
  return pagedExcerpts(head, answer, opts);
}
