import type { SideAccount } from '../../answers/types';
import { moreStatements, quotesCommand, SIDE_LABEL, SIDES_HEADING } from '../copy';
import type { KnownBlock } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { truncate } from './slack-limits';
import { blockChars } from './pack-blocks';
import { mrkdwnSection } from './section';

/** The sides' share of a date message, so the excerpts still fit beside them. */
const SIDES_CHARS = 4000;
const PER_SIDE_CHARS = 1500;
const STATEMENT_CHARS = 240;

/** One statement as a mrkdwn line: speaker, the words, and where they are (title, ¶). */
export function statementLine(s: { speaker: string; text: string; title: string; articleId: string; paragraph: number }): string {
  return `• *${escapeMrkdwn(truncate(s.speaker, 80))}*: ${escapeMrkdwn(truncate(s.text, STATEMENT_CHARS))} — _${escapeMrkdwn(truncate(s.title || s.articleId, 80))}_, ¶ ${s.paragraph + 1}`;
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
    const left = statements.length - shown;
    if (left > 0)
      lines.push(`_${moreStatements(left, `\`${quotesCommand(escapeMrkdwn(truncate(statements[shown]!.speaker, 60)), date)}\``)}_`);
    const block = mrkdwnSection(lines.join('\n'));
    if (used + blockChars([block]) > SIDES_CHARS) break;
    blocks.push(block);
    used += blockChars([block]);
  }
  return blocks;
}
