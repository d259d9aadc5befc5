import { showing } from '../copy';
import { type Button, type KnownBlock, mrkdwn } from './block-kit';
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
 * buttons: "More" when something is left, "Share in channel" when asked for, plus `extra` ones, and
 * last the `footer` (feedback), so that a page packed to Slack's limits keeps room for it.
 * A request too long to carry whole in a button value gets neither button (see encodeActionValue).
 */
export function pageTail(span: PageSpan, shown: number, opts: SlackRenderOptions, extra: Button[] = []): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const next = span.offset + shown;
  if (span.total > shown && shown > 0) {
    blocks.push({ type: 'context', elements: [mrkdwn(showing(span.offset, shown, span.total, span.noun))] });
  }
  const replyIn = opts.replyIn ?? 'ephemeral';
  // "More" on a shared post is marked, so a click answers the clicker alone and leaves the post as shared.
  const shared = opts.sharedBy !== undefined;
  const more = opts.request !== undefined && next < span.total ? moreButton(opts.request, next, replyIn, span.moreLabel, shared) : null;
  const share = opts.request !== undefined && opts.share ? shareButton(opts.request, span.offset) : null;
  const buttons = [...extra, more, share].filter((b): b is Button => b !== null);
  return [...blocks, ...actionsBlock(buttons), ...(opts.footer ?? [])];
}
