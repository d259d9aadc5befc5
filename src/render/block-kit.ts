/** The Block Kit types Summit builds, from the @slack/types that Bolt re-exports. */
import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type SectionBlock = types.SectionBlock;
export type ContextBlock = types.ContextBlock;
export type ActionsBlock = types.ActionsBlock;
export type HeaderBlock = types.HeaderBlock;
export type Button = types.Button;

/** What every surface posts: fallback `text` (notifications, screen readers) and the blocks. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}
