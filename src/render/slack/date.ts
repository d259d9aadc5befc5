import type { DateAnswer } from '../../answers/types';
import { NEAREST_SUMMITS, noSummitOn, PUBLISHED_THAT_DAY, reportsTheSummitOf, summitHeading } from '../copy';
import { distanceFrom, eventDays, humanDate, eventKind } from '../format-date';
import type { KnownBlock } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { nearestButtons } from './buttons';
import type { SlackRenderOptions } from './options';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { pagedExcerpts } from './result-blocks';
import { sidesBlocks } from './sides';
import { headerBlock, mrkdwnSection } from './section';
import { truncate } from './slack-limits';

/** "No summit on …": what was published that day, and the nearest summits as buttons. */
function noSummitBlocks(answer: DateAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const lines = [noSummitOn(`*${humanDate(answer.date)}*`)];
  if (answer.publishedThatDay.length > 0) {
    lines.push('', PUBLISHED_THAT_DAY);
    for (const a of answer.publishedThatDay.slice(0, 10)) {
      const reports = a.eventDate ? ` — ${reportsTheSummitOf(a.eventDate)}` : '';
      lines.push(`• ${escapeMrkdwn(truncate(a.title, 150))}${reports}`);
    }
  }
  if (answer.nearest.length > 0) {
    lines.push('', NEAREST_SUMMITS);
    for (const e of answer.nearest.slice(0, 5)) lines.push(`• ${eventDays(e)} (${distanceFrom(e.distanceDays)}): ${eventKind(e)}`);
  }
  const nearest = nearestButtons(answer.nearest.slice(0, 5), opts.replyIn ?? 'ephemeral');
  const span = { offset: 0, total: 0, noun: 'excerpts', moreLabel: 'More excerpts' };
  return [...preambleBlocks(opts), mrkdwnSection(lines.join('\n')), ...pageTail(span, 0, opts, nearest)];
}

/** That day's summit: a header (date, kind, articles), what each side said, then each article's best excerpt, paged. */
export function dateBlocks(answer: DateAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const { event } = answer;
  if (event === null) return noSummitBlocks(answer, opts);
  const head = [
    ...preambleBlocks(opts),
    headerBlock(summitHeading(event)),
    mrkdwnSection(`*${escapeMrkdwn(truncate(event.title, 300))}*`),
    // On the first page only: later pages carry on with the excerpts.
    ...(answer.page.offset === 0 ? sidesBlocks(event.sides, answer.date) : []),
  ];
  return pagedExcerpts(head, answer, opts);
}
