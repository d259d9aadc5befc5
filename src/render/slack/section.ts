import { type HeaderBlock, type SectionBlock, mrkdwn } from './block-kit';
import { SLACK_LIMITS, truncate } from './slack-limits';

/** A mrkdwn section of text that is already escaped. */
export function mrkdwnSection(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(truncate(text, SLACK_LIMITS.sectionText)) };
}

/** A header (plain text: nothing in it is interpreted). */
export function headerBlock(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, SLACK_LIMITS.headerText) } };
}
