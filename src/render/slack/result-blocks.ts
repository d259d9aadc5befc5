import type { Result } from '../../answers/types';
import type { KnownBlock } from './block-kit';
import { citationContext } from './citation-context';
import { excerptSection } from './excerpt-section';

/** One cited excerpt: the excerpt, then its citation. */
export function resultBlocks(result: Result): KnownBlock[] {
  return [excerptSection(result), citationContext(result)];
}
