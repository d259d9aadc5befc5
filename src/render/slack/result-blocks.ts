import type { Page, Result } from '../../answers/types';
import type { KnownBlock } from './block-kit';
import { citationContext } from './citation-context';
import { excerptSection } from './excerpt-section';
import { contextButton } from './feedback';
import type { SlackRenderOptions } from './options';
import { packBlocks } from './pack-blocks';
import { pageTail } from './page-tail';

/** One cited excerpt: the excerpt (with "Show in context" when asked for), then its citation. */
export function resultBlocks(result: Result, opts: SlackRenderOptions = {}): KnownBlock[] {
  const section = excerptSection(result);
  const button = opts.showContext ? contextButton(result) : null;
  return [button ? { ...section, accessory: button } : section, citationContext(result)];
}

/** `head`, then a page of cited excerpts packed within Slack's limits, then "Showing …" and More. */
export function pagedExcerpts(head: KnownBlock[], answer: { results: Result[]; page: Page }, opts: SlackRenderOptions): KnownBlock[] {
  const items = answer.results.map((r) => ({ blocks: resultBlocks(r, opts), count: 1 }));
  const span = {
    offset: answer.page.offset,
    total: Math.max(answer.page.total, answer.page.offset + answer.results.length),
    noun: 'excerpts',
    moreLabel: 'More excerpts',
  };
  return packBlocks(head, items, (shown) => pageTail(span, shown, opts)).blocks;
}
