import type { OnThisDateAnswer, OnThisDateEvent } from '../../answers/types';
import type { KnownBlock } from '../block-kit';
import { escapeMrkdwn } from '../escape-mrkdwn';
import { humanDate, humanDay, sentenceStart, yearsAgo } from '../format-date';
import { truncate } from '../slack-limits';
import type { SlackRenderOptions } from './options';
import { packBlocks } from './pack-blocks';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { resultBlocks } from './result-blocks';
import { headerBlock, mrkdwnSection } from './section';

function eventItem(event: OnThisDateEvent): KnownBlock[] {
  const line = `*${sentenceStart(yearsAgo(event.yearsAgo))}*, ${humanDate(event.date)} — ${event.kind}: ${escapeMrkdwn(truncate(event.title, 300))}`;
  return [mrkdwnSection(line), ...event.excerpts.flatMap(resultBlocks)];
}

/** The summits that happened on this day in earlier years, each with its excerpts. */
export function onThisDateBlocks(answer: OnThisDateAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const head = [...preambleBlocks(opts), headerBlock(`On this date, ${humanDay(answer.day)}`)];
  if (answer.events.length === 0) {
    const lines = [`No Xi–Putin summit happened on a ${humanDay(answer.day)} in the archive.`];
    const { next } = answer;
    if (next) lines.push(`The next anniversary is ${humanDay(next.day)}: the ${next.kind} of ${humanDate(next.date)}, ${escapeMrkdwn(truncate(next.title, 200))}.`);
    return [...head, mrkdwnSection(lines.join('\n'))];
  }
  const total = answer.events.length;
  const offset = Math.min(opts.startAt ?? 0, total - 1);
  const items = answer.events.slice(offset).map((e) => ({ blocks: eventItem(e), count: 1 }));
  const span = { offset, total, noun: 'summits', moreLabel: 'More summits' };
  return packBlocks(head, items, (shown) => pageTail(span, shown, opts)).blocks;
}
