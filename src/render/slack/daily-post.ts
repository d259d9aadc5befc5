import type { OnThisDateAnswer, OnThisDateEvent, Result } from '../../answers/types';
import { askMore, dailyHeading, dailyNextAnniversary, moreOnThisDate, noSummitInEarlierYears } from '../copy';
import { eventDays, yearsAgo, eventKind } from '../format-date';
import { joinNeighbours } from '../highlight-segments';
import { type ContextBlock, type KnownBlock, mrkdwn } from './block-kit';
import { citationContext } from './citation-context';
import { escapeMrkdwn } from './escape-mrkdwn';
import { excerptMrkdwn } from './excerpt-section';
import { packBlocks, type BlockItem } from './pack-blocks';
import { headerBlock, mrkdwnSection } from './section';
import { SLACK_LIMITS, truncate } from './slack-limits';

/** A daily post stays short: the first summits of the day, each with its best excerpts. */
const MAX_EVENTS = 8;
const EXCERPTS_PER_EVENT = 2;

function contextLine(text: string): ContextBlock {
  return { type: 'context', elements: [mrkdwn(text)] };
}

/** How to ask more about one summit (dates come from the answer, never from an article). */
function hint(date: string): ContextBlock {
  return contextLine(askMore(date));
}

/** An excerpt quoted, neighbouring matched words bold as one run, then its citation as /summit shows it. */
function quotedResult(result: Result): KnownBlock[] {
  // One line keeps the whole excerpt inside the quote; `\n` → ` ` keeps the highlight offsets.
  const excerpt = result.excerpt.replace(/\n/g, ' ');
  const quote = excerptMrkdwn(excerpt, joinNeighbours(excerpt, result.highlights), SLACK_LIMITS.sectionText - 1);
  return [mrkdwnSection(`>${quote}`), citationContext(result)];
}

/** One earlier summit: date, kind and how long ago, its title, and one or two cited excerpts. */
function eventItem(event: OnThisDateEvent, index: number): BlockItem {
  const heading = `*${eventDays(event)}: ${eventKind(event)}* (${yearsAgo(event.yearsAgo)})\n${escapeMrkdwn(truncate(event.title, 300))}`;
  const blocks: KnownBlock[] = index > 0 ? [{ type: 'divider' }] : [];
  blocks.push(mrkdwnSection(heading), ...event.excerpts.slice(0, EXCERPTS_PER_EVENT).flatMap(quotedResult));
  return { blocks, count: 1 };
}

/** A day without a summit: says so and names the next anniversary, when there is one. */
function emptyDayBlocks(answer: OnThisDateAnswer): KnownBlock[] {
  const none = noSummitInEarlierYears(answer.day);
  const { next } = answer;
  if (!next) return [mrkdwnSection(none)];
  return [mrkdwnSection([none, dailyNextAnniversary(next), escapeMrkdwn(truncate(next.title, 300))].join('\n')), hint(next.date)];
}

/**
 * The daily "On this date" post: a heading, each earlier summit on this day with how many years
 * ago, its kind and one or two cited excerpts, "…and N more" past what fits, and how to ask more.
 * On a day without a summit, the next anniversary (whether to post it is the daily job's choice).
 */
export function dailyPostBlocks(answer: OnThisDateAnswer): KnownBlock[] {
  const head = [headerBlock(dailyHeading(answer.day))];
  if (answer.events.length === 0) return [...head, ...emptyDayBlocks(answer)];
  const items = answer.events.slice(0, MAX_EVENTS).map(eventItem);
  const tail = (shown: number): KnownBlock[] => {
    const hidden = answer.events.slice(shown);
    const more = hidden[0] ? [contextLine(moreOnThisDate(hidden.length, hidden[0].date))] : [];
    return [...more, hint(answer.events[0]!.date)];
  };
  return packBlocks(head, items, tail).blocks;
}
