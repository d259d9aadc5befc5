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
    authorizations: [{ enterprise_id: null, team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${nextId()}`,
  };
}

/** `app_mention` of the bot in a channel. */
export function appMention(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `1700000${nextId()}.000100`;
  return { type: 'app_mention', user: USER, text: `<@${FAKE_BOT.userId}> ${text}`, ts, channel: CHANNEL, event_ts: ts, team: FAKE_BOT.teamId, ...extra };
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
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: where.ephemeral ?? true, thread_ts: where.threadTs },
    trigger_id: `13345224609.738474920.${nextId()}`,
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    channel: { id: channel, name: 'general' },
    message: where.ephemeral === false ? { type: 'message', ts: messageTs, thread_ts: where.threadTs, bot_id: FAKE_BOT.botId, text: 'answer' } : undefined,
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'b1', action_id: button.action_id, value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.000000' }],
  };
}
