import type { KnownBlock } from '../block-kit';
import { usageLines } from '../usage';
import type { SlackRenderOptions } from './options';
import { preambleBlocks } from './preamble';
import { mrkdwnSection } from './section';

const INTRO = 'I answer questions about the calls and meetings of Xi Jinping and Vladimir Putin with cited excerpts from the news archive.';

/** `/summit help` and a bare `/summit`: usage with examples. */
export function usageBlocks(opts: SlackRenderOptions): KnownBlock[] {
  const lines = usageLines('/summit ', (s) => `\`${s}\``);
  return [...preambleBlocks(opts), mrkdwnSection(`${INTRO}\n\n${lines.join('\n')}\n\nMention me (@Summit) with a question or a date to get the answer in the thread, or write to me directly.`)];
}

/** The short hint for a mention with nothing after it. */
export const MENTION_HINT = 'Ask me about a Xi–Putin call or meeting: `@Summit what did they agree on gas?` or `@Summit 2022-06-15`. Type `/summit help` for more.';
