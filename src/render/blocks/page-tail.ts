import type { Button, KnownBlock } from '../block-kit';
import { actionsBlock, moreButton, shareButton } from './buttons';
import type { SlackRenderOptions } from './options';

/** Where a page starts and how many things there are in all. */
export interface PageSpan {
  offset: number;
  total: number;
  noun: string;
  moreLabel: string;
}

/**
 * The end of a paged message: "Showing 4–6 of 12 …" when there is more than one page, then the
 * buttons: "More" when something is left, "Share in channel" when asked for, plus `extra` ones.
 */
export function pageTail(span: PageSpan, shown: number, opts: SlackRenderOptions, extra: Button[] = []): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const next = span.offset + shown;
  if (span.total > shown && shown > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Showing ${span.offset + 1}–${next} of ${span.total} ${span.noun}.` }] });
  }
  const buttons = [...extra];
  const replyIn = opts.replyIn ?? 'ephemeral';
  if (opts.request !== undefined && next < span.total) buttons.push(moreButton(opts.request, next, replyIn, span.moreLabel));
  if (opts.request !== undefined && opts.share) buttons.push(shareButton(opts.request, span.offset));
  return [...blocks, ...actionsBlock(buttons)];
}
