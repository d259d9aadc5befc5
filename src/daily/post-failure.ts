/** Why a post to one channel failed, and what the operator should do about it. */
export interface PostFailure {
  /** Slack's error code (`not_in_channel`) or a short description. */
  error: string;
  fix: string;
  /** The token itself is refused: every other channel would fail the same way. */
  stopsRun: boolean;
}

const RETRY = 'Summit tries again at the next run today.';

function slackErrorCode(err: unknown): string {
  const e = err as { data?: { error?: unknown }; code?: unknown; message?: unknown } | null;
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (typeof e?.message === 'string' && e.message) return e.message;
  return String(err);
}

/** Turns a Web API error into a log line's error code and the fix, in the operator's words. */
export function describePostFailure(err: unknown, channel: string): PostFailure {
  const error = slackErrorCode(err);
  const fixes: Record<string, string> = {
    not_in_channel: `Summit is not a member of ${channel}: invite the bot there with /invite @Summit. ${RETRY}`,
    channel_not_found:
      `Slack does not know ${channel}, or the bot cannot see it: check the id in DAILY_CHANNELS (or run /summit unsubscribe there); ` +
      `for a private channel, invite the bot with /invite @Summit. ${RETRY}`,
    is_archived: `${channel} is archived: unarchive it, or remove it from DAILY_CHANNELS / run /summit unsubscribe.`,
    restricted_action: `Posting in ${channel} is restricted by the workspace or channel settings: allow apps to post there.`,
    missing_scope: 'The bot token lacks the chat:write scope: add it in the app settings and reinstall the app.',
    ratelimited: `Slack rate-limited the post. ${RETRY}`,
  };
  const fatal = ['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission'];
  if (fatal.includes(error)) {
    return {
      error,
      stopsRun: true,
      fix: 'Slack refuses SLACK_BOT_TOKEN: reinstall the app and set the new xoxb- token, then run `npm run -s cli -- daily`.',
    };
  }
  return { error, stopsRun: false, fix: fixes[error] ?? RETRY };
}
