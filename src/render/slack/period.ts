import type { PeriodAnswer } from '../../answers/types';
import { NEAREST_SUMMITS, noSummitIn, periodHeading, periodWords, summitHeading } from '../copy';
import { distanceFrom, eventDays, eventKind } from '../format-date';
import type { KnownBlock } from './block-kit';
import { nearestButtons } from './buttons';
import { escapeMrkdwn } from './escape-mrkdwn';
import type { SlackRenderOptions } from './options';
import { packBlocks, type BlockItem } from './pack-blocks';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { resultBlocks } from './result-blocks';
import { headerBlock, mrkdwnSection } from './section';
import { truncate } from './slack-limits';

/** Every summit of a period, oldest first, each with its best excerpt; the nearest as buttons when none. */
export function periodBlocks(answer: PeriodAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const words = periodWords(answer);
  const replyIn = opts.replyIn ?? 'ephemeral';
  if (answer.page.total === 0) {
    const lines = [noSummitIn(words)];
    if (answer.nearest.length > 0) {
      lines.push('', NEAREST_SUMMITS, ...answer.nearest.map((e) => `• ${eventDays(e)} (${distanceFrom(e.distanceDays)}): ${eventKind(e)}`));
    }
    const span = { offset: 0, total: 0, noun: 'summits', moreLabel: 'More summits' };
    return [...preambleBlocks(opts), mrkdwnSection(lines.join('\n')), ...pageTail(span, 0, opts, nearestButtons(answer.nearest, replyIn))];
  }
  const head = [...preambleBlocks(opts), headerBlock(periodHeading(words, answer.page.total))];
  const items: BlockItem[] = answer.events.map((e) => {
    const best = answer.results.find((r) => e.articles.some((a) => a.articleId === r.articleId));
    const line = mrkdwnSection(`*${summitHeading(e)}*\n${escapeMrkdwn(truncate(e.title, 300))}`);
    return { blocks: [line, ...(best ? resultBlocks(best) : [])], count: 1 };
  });
  const span = { offset: answer.page.offset, total: answer.page.total, noun: 'summits', moreLabel: 'More summits' };
  return packBlocks(head, items, (shown) => pageTail(span, shown, opts)).blocks;
}
