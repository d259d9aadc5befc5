import type { QuotesAnswer } from '../../answers/types';
import type { KnownBlock } from '../block-kit';
import { escapeMrkdwn } from '../escape-mrkdwn';
import { humanDate, plural } from '../format-date';
import { SLACK_LIMITS, truncate } from '../slack-limits';
import { citationContext } from './citation-context';
import type { SlackRenderOptions } from './options';
import { packBlocks } from './pack-blocks';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { mrkdwnSection } from './section';

/** What the list is of: `Xi Jinping on 15 June 2022`, `Putin about “gas”`. */
export function quotesScope(answer: QuotesAnswer): string {
  if (answer.date) return `${answer.speaker} on ${humanDate(answer.date)}`;
  return answer.words ? `${answer.speaker} about “${answer.words}”` : answer.speaker;
}

/** A speaker's statements, each with its citation, paged. */
export function quotesBlocks(answer: QuotesAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const head = preambleBlocks(opts);
  const scope = escapeMrkdwn(truncate(quotesScope(answer), 300));
  if (answer.results.length === 0) {
    const why = answer.date && !answer.event ? ` There was no Xi–Putin summit on ${humanDate(answer.date)} in the archive.` : '';
    return [...head, mrkdwnSection(`No statements by ${scope} in the archive.${why}`)];
  }
  const title = mrkdwnSection(`*Statements by ${scope}* (${plural(answer.page.total, 'statement')})`);
  const items = answer.results.map((r) => ({
    blocks: [mrkdwnSection(escapeMrkdwn(truncate(r.text, SLACK_LIMITS.sectionText - 20))), citationContext(r)],
    count: 1,
  }));
  const span = { offset: answer.page.offset, total: Math.max(answer.page.total, answer.page.offset + answer.results.length), noun: 'statements', moreLabel: 'More statements' };
  return packBlocks([...head, title], items, (shown) => pageTail(span, shown, opts)).blocks;
}
