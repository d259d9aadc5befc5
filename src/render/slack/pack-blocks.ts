import type { KnownBlock } from './block-kit';
import { SLACK_LIMITS } from './slack-limits';

/** Blocks that show `count` things (results or events), kept together or left out together. */
export interface BlockItem {
  blocks: KnownBlock[];
  count: number;
}

/** What Slack counts against its limits: the blocks' JSON. */
export function blockChars(blocks: readonly KnownBlock[]): number {
  return blocks.reduce((n, b) => n + JSON.stringify(b).length, 0);
}

/** The leading blocks of `blocks` that fit beside `usedBlocks` blocks of `usedChars` characters. */
function partOf(blocks: readonly KnownBlock[], usedBlocks: number, usedChars: number): KnownBlock[] {
  const part: KnownBlock[] = [];
  let chars = usedChars;
  for (const block of blocks) {
    chars += blockChars([block]);
    if (usedBlocks + part.length + 1 > SLACK_LIMITS.blocks || chars > SLACK_LIMITS.totalBlockChars) break;
    part.push(block);
  }
  return part;
}

/**
 * Fills a message with as many items as Slack's limits allow, in order, and ends it with the tail
 * built for what was shown (so a "More" button can start where this message stops). Pages instead
 * of failing: the first item that does not fit and everything after it is left for the next page.
 */
export function packBlocks(
  head: KnownBlock[],
  items: readonly BlockItem[],
  tail: (shown: number) => KnownBlock[],
): { blocks: KnownBlock[]; shown: number } {
  const body: KnownBlock[] = [];
  const headChars = blockChars(head);
  let bodyChars = 0;
  let shown = 0;
  for (const item of items) {
    const after = tail(shown + item.count);
    const count = head.length + body.length + item.blocks.length + after.length;
    const chars = headChars + bodyChars + blockChars(item.blocks) + blockChars(after);
    if (count > SLACK_LIMITS.blocks || chars > SLACK_LIMITS.totalBlockChars) {
      // A first item too big for any message is shown in part, so paging always moves forward.
      if (shown === 0) body.push(...partOf(item.blocks, head.length + after.length, headChars + blockChars(after)));
      if (shown === 0) shown = item.count;
      break;
    }
    body.push(...item.blocks);
    bodyChars += blockChars(item.blocks);
    shown += item.count;
  }
  return { blocks: [...head, ...body, ...tail(shown)], shown };
}
