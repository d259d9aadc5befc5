import type { SideAccount } from '../../answers/types';
import type { SideStatement } from '../../answers/types';
import { moreStatements, quotesCommand, SIDE_LABEL, SIDES_HEADING, statementWordsOn } from '../copy';
import type { KnownBlock } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { truncate } from './slack-limits';
import { blockChars } from './pack-blocks';
import { mrkdwnSection } from './section';
import { statementsLeft } from '../statements-left';

/** The sides' share of a date message, so the excerpts still fit beside them. */
const SIDES_CHARS = 4000;
const PER_SIDE_CHARS = 1500;
const STATEMENT_CHARS = 240;

/** One statement as a mrkdwn line: speaker, the words (a quote, or reported), who relayed them, and where they are (title, ¶). */
export function statementLine(
  s: Pick<SideStatement, 'speaker' | 'text' | 'title' | 'articleId' | 'paragraph' | 'verbatim' | 'reportedBy' | 'saidAt' | 'saidOn'>,
): string {
  const words = statementWordsOn(escapeMrkdwn(truncate(s.text, STATEMENT_CHARS)), {
    ...(s.verbatim !== undefined ? { verbatim: s.verbatim } : {}),
    ...(s.reportedBy ? { reportedBy: escapeMrkdwn(truncate(s.reportedBy, 80)) } : {}),
    ...(s.saidAt ? { saidAt: escapeMrkdwn(truncate(s.saidAt, 120)) } : {}),
    ...(s.saidOn ? { saidOn: s.saidOn } : {}),
  });
  return `• *${escapeMrkdwn(truncate(s.speaker, 80))}*: ${words} — _${escapeMrkdwn(truncate(s.title || s.articleId, 80))}_, ¶ ${s.paragraph + 1}`;
}

/**
 * "What each side said": a section per side, each statement cited; a side's list is cut where it
 * would pass its share, saying how many more there are and how to see them all.
 */
export function sidesBlocks(sides: readonly SideAccount[], date: string): KnownBlock[] {
  if (sides.length === 0) return [];
  const blocks: KnownBlock[] = [mrkdwnSection(`*${SIDES_HEADING}*`)];
  let used = blockChars(blocks);
  for (const { side, statements } of sides) {
    const lines = [`*${SIDE_LABEL[side]}*`];
    let length = lines[0]!.length;
    let shown = 0;
    for (const s of statements) {
      const line = statementLine(s);
      if (length + line.length + 1 > PER_SIDE_CHARS) break;
      lines.push(line);
      length += line.length + 1;
      shown += 1;
    }
    for (const { speaker, left, from } of statementsLeft(statements, shown)) {
      const name = escapeMrkdwn(truncate(speaker, 60));
      lines.push(`_${moreStatements(left, name, `\`${quotesCommand(name, date, from)}\``)}_`);
    }
    const block = mrkdwnSection(lines.join('\n'));
    if (used + blockChars([block]) > SIDES_CHARS) break;
    blocks.push(block);
    used += blockChars([block]);
  }
  return blocks;
}
