import type { QuotesAnswer } from '../../answers/types';
import { keptToSource, noStatements, quotesScope, SAID_ELSEWHERE, statementsAtSummit, statementsBy, statementWordsOn } from '../copy';
import { type KnownBlock, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { feedbackQuery, wrongAttributionButton } from './feedback';
import { citationContext } from './citation-context';
import type { SlackRenderOptions } from './options';
import { packBlocks } from './pack-blocks';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { mrkdwnSection } from './section';
import { shownInput } from '../shown-input';
import { SLACK_LIMITS, truncate } from './slack-limits';
import { noStatementsNotice, shownSource, SLACK_MARKS } from './source-notice';

/** A speaker's statements, each with its citation, paged. */
export function quotesBlocks(answer: QuotesAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const head = preambleBlocks(opts);
  const scope = escapeMrkdwn(shownInput(quotesScope(answer), 300));
  const source = answer.source ? shownSource(answer.source, escapeMrkdwn) : null;
  if (answer.results.length === 0)
    return [...head, mrkdwnSection(source ? noStatementsNotice(scope, source, opts.sourceFrom, SLACK_MARKS) : noStatements(scope, answer))];
  if (source) head.push({ type: 'context', elements: [mrkdwn(keptToSource(source.name, source.articles))] });
  const elsewhere = answer.elsewhere ?? 0;
  const title = mrkdwnSection(`*${statementsBy(scope)}* (${statementsAtSummit(answer.page.total - elsewhere, elsewhere)})`);
  const items = answer.results.map((r, i) => {
    const section = mrkdwnSection(
      statementWordsOn(escapeMrkdwn(truncate(r.text, SLACK_LIMITS.sectionText - 400)), {
        ...(r.verbatim !== undefined ? { verbatim: r.verbatim } : {}),
        ...(r.reportedBy ? { reportedBy: escapeMrkdwn(truncate(r.reportedBy, 80)) } : {}),
        ...(r.saidAt ? { saidAt: escapeMrkdwn(truncate(r.saidAt, 120)) } : {}),
        ...(r.saidOn ? { saidOn: r.saidOn } : {}),
      }),
    );
    const wrong = opts.feedback ? wrongAttributionButton(feedbackQuery(answer), r) : null;
    // The summit's own statements come first; the first said elsewhere is headed so.
    const first = elsewhere > 0 && answer.page.offset + i === answer.page.total - elsewhere;
    const blocks = [wrong ? { ...section, accessory: wrong } : section, citationContext(r)];
    return { blocks: first ? [mrkdwnSection(`*${SAID_ELSEWHERE}*`), ...blocks] : blocks, count: 1 };
  });
  const span = {
    offset: answer.page.offset,
    total: Math.max(answer.page.total, answer.page.offset + answer.results.length),
    noun: 'statements',
    moreLabel: 'More statements',
  };
  return packBlocks([...head, title], items, (shown) => pageTail(span, shown, opts)).blocks;
}
