import type { QuestionAnswer } from '../../answers/types';
import type { KnownBlock } from '../block-kit';
import { escapeMrkdwn } from '../escape-mrkdwn';
import { truncate } from '../slack-limits';
import type { SlackRenderOptions } from './options';
import { packBlocks } from './pack-blocks';
import { pageTail } from './page-tail';
import { preambleBlocks } from './preamble';
import { resultBlocks } from './result-blocks';
import { mrkdwnSection } from './section';

/** What to say when a question found nothing, saying what to type instead. */
export function questionNotice(answer: QuestionAnswer): string {
  const q = escapeMrkdwn(truncate(answer.query.trim(), 200));
  switch (answer.notice) {
    case 'empty':
      return 'Ask about the calls and meetings of Xi Jinping and Vladimir Putin, for example _what did they say about gas?_ or a date such as _2022-06-15_.';
    case 'stop-words-only':
      return `“${q}” has only common words, which I cannot search for. Try names, places or topics, such as _gas pipeline_ or _Ukraine_.`;
    case 'too-long':
      return `Searching for “${q}” took too long, so I stopped. Ask with fewer, rarer words, such as _gas pipeline_, or a date such as _2022-06-15_.`;
    default:
      return `Nothing in the archive matches “${q}”. Try other words, or _list_ to see every summit.`;
  }
}

/** The best cited excerpts for a question, paged, with "More excerpts" when there are more. */
export function questionBlocks(answer: QuestionAnswer, opts: SlackRenderOptions): KnownBlock[] {
  const head = preambleBlocks(opts);
  if (answer.notice !== undefined || answer.results.length === 0) return [...head, mrkdwnSection(questionNotice(answer))];
  const items = answer.results.map((r) => ({ blocks: resultBlocks(r), count: 1 }));
  const span = { offset: answer.page.offset, total: Math.max(answer.page.total, answer.page.offset + answer.results.length), noun: 'excerpts', moreLabel: 'More excerpts' };
  return packBlocks(head, items, (shown) => pageTail(span, shown, opts)).blocks;
}
