import type { QuestionAnswer } from '../../answers/types';
import { type Marks, questionNotice, searchingCoverage } from '../copy';
import { type KnownBlock, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import type { SlackRenderOptions } from './options';
import { preambleBlocks } from './preamble';
import { pagedExcerpts } from './result-blocks';
import { mrkdwnSection } from './section';
import { shownInput } from '../shown-input';

/** How Slack quotes what was typed and shows what to type instead. */
const SLACK_MARKS: Marks = { quote: (text) => `“${text}”`, example: (text) => `_${text}_` };

/** The best cited excerpts for a question, paged, with "More excerpts" when there are more. */
export function questionBlocks(answer: QuestionAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const head = preambleBlocks(opts);
  if (answer.notice !== undefined || answer.results.length === 0) {
    const query = escapeMrkdwn(shownInput(answer.query));
    return [...head, mrkdwnSection(questionNotice(answer.notice ?? 'no-match', query, SLACK_MARKS))];
  }
  // Which summits' coverage ranks first, when the question names a time or place.
  if (answer.scope) head.push({ type: 'context', elements: [mrkdwn(escapeMrkdwn(searchingCoverage(answer.scope)))] });
  return pagedExcerpts(head, answer, opts);
}
