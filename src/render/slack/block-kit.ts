/** The Block Kit types Summit builds, from the @slack/types that Bolt re-exports. */
import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type SectionBlock = types.SectionBlock;
export type ContextBlock = types.ContextBlock;
export type ActionsBlock = types.ActionsBlock;
export type HeaderBlock = types.HeaderBlock;
export type Button = types.Button;
export type MrkdwnElement = types.MrkdwnElement;

/**
 * A mrkdwn text object. `verbatim` keeps Slack from turning plain words of an article into links or
 * mentions ("@channel", "#general", a bare URL); the links Summit writes itself still work.
 */
export function mrkdwn(text: string): MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

/** What every surface posts: fallback `text` (notifications, screen readers) and the blocks. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}
