import type { SummitEvent, TimelineAnswer } from '../../answers/types';
import { NO_SUMMIT_YET, timelineHeading } from '../copy';
import { eventDays, plural, eventKind } from '../format-date';
import type { KnownBlock } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import type { SlackRenderOptions } from './options';
import { packBlocks, type BlockItem } from './pack-blocks';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { headerBlock, mrkdwnSection } from './section';
import { truncate } from './slack-limits';

// Ten lines a section keeps each section far below 3,000 characters (titles are cut at 150).
const EVENTS_PER_SECTION = 10;

/** One line of the timeline. */
function timelineLine(event: SummitEvent): string {
  return `• *${eventDays(event)}* — ${eventKind(event)}: ${escapeMrkdwn(truncate(event.title, 150))} (${plural(event.articles.length, 'article')})`;
}

/** Every summit found, oldest first: as many of the answer's page as fit, then "More summits". */
export function timelineBlocks(answer: TimelineAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const { page } = answer;
  const head = [...preambleBlocks(opts), headerBlock(timelineHeading(page.total))];
  if (page.total === 0) return [...head, mrkdwnSection(NO_SUMMIT_YET)];
  const items: BlockItem[] = [];
  for (let i = 0; i < answer.events.length; i += EVENTS_PER_SECTION) {
    const chunk = answer.events.slice(i, i + EVENTS_PER_SECTION);
    items.push({ blocks: [mrkdwnSection(chunk.map(timelineLine).join('\n'))], count: chunk.length });
  }
  const span = { offset: page.offset, total: page.total, noun: 'summits', moreLabel: 'More summits' };
  return packBlocks(head, items, (shown) => pageTail(span, shown, opts)).blocks;
}
