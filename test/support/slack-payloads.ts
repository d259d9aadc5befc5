/** Slack's payload shapes (slash command, Events API envelopes, block_actions), filled in for tests. */
import { FAKE_BOT } from './fake-slack';

export const USER = 'U0ASKER01';
export const CHANNEL = 'C0GENERAL';
export const DM_CHANNEL = 'D0DIRECT1';

let counter = 0;
const nextId = () => String(++counter).padStart(6, '0');

/** The form fields of `/summit <text>`. */
export function slashCommand(text: string, responseUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: FAKE_BOT.teamId,
    team_domain: 'fake',
    channel_id: CHANNEL,
    channel_name: 'general',
    user_id: USER,
    user_name: 'asker',
    command: '/summit',
    text,
    api_app_id: 'A0SUMMIT01',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `13345224609.738474920.${nextId()}`,
    ...overrides,
  };
}

/** An Events API envelope around `event`. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${nextId()}`): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A0SUMMIT01',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [
      { enterprise_id: null, team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${nextId()}`,
  };
}

/** `app_mention` of the bot in a channel. */
export function appMention(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `1700000${nextId()}.000100`;
  return {
    type: 'app_mention',
    user: USER,
    text: `<@${FAKE_BOT.userId}> ${text}`,
    ts,
    channel: CHANNEL,
    event_ts: ts,
    team: FAKE_BOT.teamId,
    ...extra,
  };
}

/** `message` in a DM with the bot (`message.im`). */
export function directMessage(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `1700000${nextId()}.000200`;
  return { type: 'message', channel_type: 'im', user: USER, text, ts, channel: DM_CHANNEL, event_ts: ts, team: FAKE_BOT.teamId, ...extra };
}

/** A `block_actions` click on a button of a message Summit posted. */
export function buttonClick(
  button: { action_id: string; value: string },
  responseUrl: string,
  where: { channel?: string; messageTs?: string; threadTs?: string; ephemeral?: boolean } = {},
): Record<string, unknown> {
  const channel = where.channel ?? CHANNEL;
  const messageTs = where.messageTs ?? '1700000000.000900';
  return {
    type: 'block_actions',
    user: { id: USER, username: 'asker', name: 'asker', team_id: FAKE_BOT.teamId },
    api_app_id: 'A0SUMMIT01',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: where.ephemeral ?? true,
      thread_ts: where.threadTs,
    },
    trigger_id: `13345224609.738474920.${nextId()}`,
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    channel: { id: channel, name: 'general' },
    message:
      where.ephemeral === false
        ? { type: 'message', ts: messageTs, thread_ts: where.threadTs, bot_id: FAKE_BOT.botId, text: 'answer' }
        : undefined,
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        block_id: 'b1',
        action_id: button.action_id,
        value: button.value,
        text: { type: 'plain_text', text: 'x' },
        action_ts: '1700000001.000000',
      },
    ],
  };
}

/** `app_home_opened` for the Home tab (or the Messages tab). */
export function appHomeOpened(tab: 'home' | 'messages' = 'home'): Record<string, unknown> {
  return { type: 'app_home_opened', user: USER, channel: DM_CHANNEL, tab, event_ts: `1700000${nextId()}.000300` };
}

/** A `message_action` payload: the message shortcut clicked on a message in CHANNEL. */
export function messageShortcut(callbackId: string, text: string, responseUrl: string): Record<string, unknown> {
  const ts = `1700000${nextId()}.000400`;
  return {
    type: 'message_action',
    token: 'deprecated-verification-token',
    action_ts: ts,
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    user: { id: USER, username: 'asker', name: 'asker', team_id: FAKE_BOT.teamId },
    channel: { id: CHANNEL, name: 'general' },
    is_enterprise_install: false,
    callback_id: callbackId,
    trigger_id: `13345224609.738474920.${nextId()}`,
    response_url: responseUrl,
    message_ts: ts,
    message: { type: 'message', user: 'U0CLAIMER', ts, text },
  };
}

/** A global `shortcut` payload. */
export function globalShortcut(callbackId: string): Record<string, unknown> {
  return {
    type: 'shortcut',
    token: 'deprecated-verification-token',
    action_ts: `1700000${nextId()}.000500`,
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    user: { id: USER, username: 'asker', team_id: FAKE_BOT.teamId },
    is_enterprise_install: false,
    callback_id: callbackId,
    trigger_id: `13345224609.738474920.${nextId()}`,
  };
}

/** A modal's `view_submission` (or `view_closed`) with its inputs' values: `{ block: value }`. */
export function viewPayload(
  type: 'view_submission' | 'view_closed',
  callbackId: string,
  inputs: Record<string, string>,
  opts: { viewId?: string; privateMetadata?: string } = {},
): Record<string, unknown> {
  const values = Object.fromEntries(Object.entries(inputs).map(([id, value]) => [id, { [id]: { type: 'plain_text_input', value } }]));
  return {
    type,
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    user: { id: USER, username: 'asker', name: 'asker', team_id: FAKE_BOT.teamId },
    api_app_id: 'A0SUMMIT01',
    token: 'deprecated-verification-token',
    trigger_id: `13345224609.738474920.${nextId()}`,
    view: {
      id: opts.viewId ?? `V${nextId()}`,
      team_id: FAKE_BOT.teamId,
      type: 'modal',
      callback_id: callbackId,
      private_metadata: opts.privateMetadata ?? '',
      state: { values },
      hash: `${nextId()}.hash`,
      blocks: [],
    },
    ...(type === 'view_closed' ? { is_cleared: false } : { response_urls: [] }),
    is_enterprise_install: false,
  };
}

/** A click on an element of a view (the Home tab or a modal). */
export function viewClick(
  action: { action_id: string; value: string; type?: string },
  view: { id: string; type: 'home' | 'modal' },
): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: USER, username: 'asker', name: 'asker', team_id: FAKE_BOT.teamId },
    api_app_id: 'A0SUMMIT01',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: view.id },
    trigger_id: `13345224609.738474920.${nextId()}`,
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    view: {
      id: view.id,
      type: view.type,
      team_id: FAKE_BOT.teamId,
      callback_id: '',
      private_metadata: '',
      blocks: [],
      state: { values: {} },
      hash: 'h',
    },
    actions: [
      {
        type: action.type ?? 'button',
        block_id: 'b1',
        action_id: action.action_id,
        value: action.value,
        text: { type: 'plain_text', text: 'x' },
        action_ts: '1700000001.000000',
      },
    ],
  };
}

/** A click on Slack's feedback buttons (`feedback_buttons`) in a message the bot posted in a thread. */
export function feedbackButtonsClick(
  value: string,
  responseUrl: string,
  where: { channel?: string; messageTs?: string; threadTs?: string } = {},
): Record<string, unknown> {
  const click = buttonClick({ action_id: 'summit_feedback', value }, responseUrl, { ...where, ephemeral: false });
  const [action] = click.actions as Array<Record<string, unknown>>;
  return { ...click, actions: [{ ...action, type: 'feedback_buttons' }] };
}

export const ASSISTANT_DM = 'D0ASSIST01';

/** `assistant_thread_started` (or `_context_changed`): the person opened the panel while viewing `viewing`. */
export function assistantThreadEvent(
  type: 'assistant_thread_started' | 'assistant_thread_context_changed',
  threadTs: string,
  viewing = CHANNEL,
): Record<string, unknown> {
  return {
    type,
    assistant_thread: {
      user_id: USER,
      context: { channel_id: viewing, team_id: FAKE_BOT.teamId, enterprise_id: null },
      channel_id: ASSISTANT_DM,
      thread_ts: threadTs,
    },
    event_ts: `1700000${nextId()}.000600`,
  };
}

/** A message the person wrote in an assistant thread (`message.im` with `thread_ts`). */
export function assistantMessage(text: string, threadTs: string): Record<string, unknown> {
  return directMessage(text, { channel: ASSISTANT_DM, thread_ts: threadTs });
}
