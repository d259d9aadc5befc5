import type { OnThisDateAnswer, OnThisDateEvent } from '../../answers/types';
import { nextAnniversary, noSummitOnThisDay, onThisDateHeading } from '../copy';
import { eventDays, sentenceStart, yearsAgo, eventKind } from '../format-date';
import type { KnownBlock } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import type { SlackRenderOptions } from './options';
import { packBlocks } from './pack-blocks';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { resultBlocks } from './result-blocks';
import { headerBlock, mrkdwnSection } from './section';
import { truncate } from './slack-limits';

function eventItem(event: OnThisDateEvent, opts: SlackRenderOptions): KnownBlock[] {
  const line = `*${sentenceStart(yearsAgo(event.yearsAgo))}*, ${eventDays(event)} — ${eventKind(event)}: ${escapeMrkdwn(truncate(event.title, 300))}`;
  return [mrkdwnSection(line), ...event.excerpts.flatMap((r) => resultBlocks(r, opts))];
}

/** The summits on this day in earlier years, each with its excerpts: as many of the answer's page as fit. */
export function onThisDateBlocks(answer: OnThisDateAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const head = [...preambleBlocks(opts), headerBlock(onThisDateHeading(answer.day))];
  if (answer.page.total === 0) {
    const lines = [noSummitOnThisDay(answer.day)];
    const { next } = answer;
    if (next) lines.push(nextAnniversary(next, escapeMrkdwn(truncate(next.title, 200))));
    return [...head, mrkdwnSection(lines.join('\n'))];
  }
  const items = answer.events.map((e) => ({ blocks: eventItem(e, opts), count: 1 }));
  const span = { offset: answer.page.offset, total: answer.page.total, noun: 'summits', moreLabel: 'More summits' };
  return packBlocks(head, items, (shown) => pageTail(span, shown, opts)).blocks;
}
