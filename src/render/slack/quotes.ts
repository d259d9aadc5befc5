import type { QuotesAnswer } from '../../answers/types';
import { noStatements, quotesScope, statementsBy, statementWords } from '../copy';
import { plural } from '../format-date';
import type { KnownBlock } from './block-kit';
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

/** A speaker's statements, each with its citation, paged. */
export function quotesBlocks(answer: QuotesAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const head = preambleBlocks(opts);
  const scope = escapeMrkdwn(shownInput(quotesScope(answer), 300));
  if (answer.results.length === 0) return [...head, mrkdwnSection(noStatements(scope, answer))];
  const title = mrkdwnSection(`*${statementsBy(scope)}* (${plural(answer.page.total, 'statement')})`);
  const items = answer.results.map((r) => {
    const section = mrkdwnSection(
      statementWords(escapeMrkdwn(truncate(r.text, SLACK_LIMITS.sectionText - 400)), {
        ...(r.verbatim !== undefined ? { verbatim: r.verbatim } : {}),
        ...(r.reportedBy ? { reportedBy: escapeMrkdwn(truncate(r.reportedBy, 80)) } : {}),
        ...(r.saidAt ? { saidAt: escapeMrkdwn(truncate(r.saidAt, 120)) } : {}),
      }),
    );
    const wrong = opts.feedback ? wrongAttributionButton(feedbackQuery(answer), r) : null;
    return { blocks: [wrong ? { ...section, accessory: wrong } : section, citationContext(r)], count: 1 };
  });
  const span = {
    offset: answer.page.offset,
    total: Math.max(answer.page.total, answer.page.offset + answer.results.length),
    noun: 'statements',
    moreLabel: 'More statements',
  };
  return packBlocks([...head, title], items, (shown) => pageTail(span, shown, opts)).blocks;
}
