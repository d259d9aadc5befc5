import type { SummitEvent, TimelineAnswer } from '../../answers/types';
import type { KnownBlock } from '../block-kit';
import { escapeMrkdwn } from '../escape-mrkdwn';
import { eventDays, plural } from '../format-date';
import { truncate } from '../slack-limits';
import type { SlackRenderOptions } from './options';
import { packBlocks, type BlockItem } from './pack-blocks';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { headerBlock, mrkdwnSection } from './section';

// Ten lines a section keeps each section far below 3,000 characters (titles are cut at 150).
const EVENTS_PER_SECTION = 10;

/** One line of the timeline. */
export function timelineLine(event: SummitEvent): string {
  return `• *${eventDays(event)}* — ${event.kind}: ${escapeMrkdwn(truncate(event.title, 150))} (${plural(event.articles.length, 'article')})`;
}

/** Every summit found, oldest first, a page at a time from `opts.startAt`. */
export function timelineBlocks(answer: TimelineAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const total = answer.events.length;
  const head = [...preambleBlocks(opts), headerBlock(`Xi–Putin summits in the archive: ${total}`)];
  if (total === 0) return [...head, mrkdwnSection('The archive holds no summit yet.')];
  const offset = Math.min(opts.startAt ?? 0, total - 1);
  const events = answer.events.slice(offset);
  const items: BlockItem[] = [];
  for (let i = 0; i < events.length; i += EVENTS_PER_SECTION) {
    const chunk = events.slice(i, i + EVENTS_PER_SECTION);
    items.push({ blocks: [mrkdwnSection(chunk.map(timelineLine).join('\n'))], count: chunk.length });
  }
  const span = { offset, total, noun: 'summits', moreLabel: 'More summits' };
  return packBlocks(head, items, (shown) => pageTail(span, shown, opts)).blocks;
}
