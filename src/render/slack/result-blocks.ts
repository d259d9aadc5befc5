import type { Result } from '../../answers/types';
import type { KnownBlock } from './block-kit';
import { citationContext } from './citation-context';
import { excerptSection } from './excerpt-section';
import { contextButton } from './feedback';
import type { SlackRenderOptions } from './options';

/** One cited excerpt: the excerpt (with "Show in context" when asked for), then its citation. */
export function resultBlocks(result: Result, opts: SlackRenderOptions = {}): KnownBlock[] {
  const section = excerptSection(result);
  const button = opts.showContext ? contextButton(result) : null;
  return [button ? { ...section, accessory: button } : section, citationContext(result)];
}
