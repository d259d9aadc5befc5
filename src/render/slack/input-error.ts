import type { InputErrorAnswer } from '../../answers/types';
import type { KnownBlock } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import type { SlackRenderOptions } from './options';
import { preambleBlocks } from './preamble';
import { mrkdwnSection } from './section';
import { shownInput } from '../shown-input';

/** Something that cannot be answered, and what to type instead. */
export function inputErrorBlocks(answer: InputErrorAnswer, opts: SlackRenderOptions): KnownBlock[] {
  return [...preambleBlocks(opts), mrkdwnSection(`${escapeMrkdwn(shownInput(answer.message, 300))}\n${escapeMrkdwn(answer.hint)}`)];
}
