/** The code to log for a failed Slack call: Slack's error (`not_in_channel`), `ratelimited`, or the HTTP status of a response_url. */
export function slackErrorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; message?: unknown };
    if (typeof e.data?.error === 'string') return e.data.error;
    if (e.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
    if (typeof e.statusCode === 'number') return `http_${e.statusCode}`;
    if (typeof e.code === 'string') return e.code;
  }
  return 'unknown';
}

/** Errors where the same reply without blocks may still get through. */
export const BLOCK_ERRORS = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_blocks_too_long',
  'msg_too_long',
  'invalid_arguments',
]);
