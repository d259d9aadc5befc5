import { SLACK_LIMITS } from './slack-limits';

/** Where a button's follow-up goes: an ephemeral reply (from /summit) or the thread or DM it came from. */
export type ReplyIn = 'ephemeral' | 'thread';

/** What a Summit button carries: the request to repeat, from which offset, and where to answer. */
export interface ActionValue {
  /** The request text, as typed after `/summit` (`2022-06-15`, `list`, `what about gas?`). */
  request: string;
  /** First result (questions, dates) or first event (timeline, on this date) to show. */
  offset: number;
  replyIn: ReplyIn;
  /**
   * On a message shared in the channel: "More" then answers only the person who clicked, and never
   * replaces the public post. Absent (false) on answers only their asker sees.
   */
  shared?: boolean;
}

export const ACTION_IDS = {
  more: 'summit_more',
  share: 'summit_share',
  /** Nearest-summit buttons: `summit_nearest_0`, `summit_nearest_1`, … (unique within a block). */
  nearestPrefix: 'summit_nearest_',
  /** "Open" beside a summit in the App Home: answers that day as `/summit <date>` would. */
  open: 'summit_open',
} as const;

/** Every Summit button that repeats a request. */
export const SUMMIT_ACTION = /^summit_(more|share|open|nearest_\d+)$/;

/**
 * Older versions cut requests at this length to fit the value, which could change what a button
 * asked (`unsubscribe␠…␠NATO` became `unsubscribe`). A request of exactly this length may be such a
 * cut one, so it is neither written into a value nor read back from one.
 */
const LEGACY_CUT_AT = 1500;

/**
 * The value of a button that repeats `request` whole, or `null` when it does not fit Slack's
 * 2,000-character value: then the button is not offered, because a shortened request asks something else.
 */
export function encodeActionValue({ request, offset, replyIn, shared }: ActionValue): string | null {
  if (request.length === LEGACY_CUT_AT) return null;
  const value = JSON.stringify({ r: request, o: offset, i: replyIn === 'thread' ? 't' : 'e', ...(shared ? { s: 1 } : {}) });
  return value.length <= SLACK_LIMITS.buttonValue ? value : null;
}

/** Reads a button value back; `null` when it is not one of ours, was tampered with, or may have been cut. */
export function decodeActionValue(value: string | null | undefined): ActionValue | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed === null || typeof parsed !== 'object') return null;
    const { r, o, i, s } = parsed as Record<string, unknown>;
    if (typeof r !== 'string' || typeof o !== 'number' || !Number.isInteger(o) || o < 0) return null;
    if (r.length === LEGACY_CUT_AT) return null;
    return { request: r, offset: o, replyIn: i === 't' ? 'thread' : 'ephemeral', ...(s === 1 ? { shared: true } : {}) };
  } catch {
    return null;
  }
}
