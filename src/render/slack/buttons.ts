import type { NearbyEvent } from '../../answers/types';
import { ACTION_IDS, encodeActionValue, type ReplyIn } from './action-value';
import type { ActionsBlock, Button } from './block-kit';
import { eventDays, eventKind } from '../format-date';
import { SLACK_LIMITS, truncate } from './slack-limits';

function button(actionId: string, label: string, value: string, primary = false): Button {
  const b: Button = {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(label, SLACK_LIMITS.buttonText) },
    value,
  };
  if (primary) b.style = 'primary';
  return b;
}

/**
 * "More excerpts": repeats the request from `offset`; none when the request does not fit a value whole.
 * On a `shared` message the value says so, and the next page goes only to the person who clicked.
 */
export function moreButton(request: string, offset: number, replyIn: ReplyIn, label = 'More excerpts', shared = false): Button | null {
  const value = encodeActionValue({ request, offset, replyIn, shared });
  return value === null ? null : button(ACTION_IDS.more, label, value);
}

/** "Share in channel": posts the same answer publicly; none when the request does not fit a value whole. */
export function shareButton(request: string, offset: number): Button | null {
  const value = encodeActionValue({ request, offset, replyIn: 'ephemeral' });
  return value === null ? null : button(ACTION_IDS.share, 'Share in channel', value, true);
}

/** One button per nearby summit; a click asks for that day (a date always fits a value). */
export function nearestButtons(nearest: readonly NearbyEvent[], replyIn: ReplyIn): Button[] {
  return nearest.flatMap((event, i) => {
    const value = encodeActionValue({ request: event.date, offset: 0, replyIn });
    return value === null ? [] : [button(`${ACTION_IDS.nearestPrefix}${i}`, `${eventDays(event)} · ${eventKind(event)}`, value)];
  });
}

/** An actions block, or nothing when there is no button. */
export function actionsBlock(buttons: Button[]): ActionsBlock[] {
  return buttons.length === 0 ? [] : [{ type: 'actions', elements: buttons.slice(0, SLACK_LIMITS.actionsElements) }];
}
