import { LogLevel, webApi, type Logger } from '@slack/bolt';

/** Who the bot is, as `auth.test` answers; passed to Bolt so it does not ask again. */
export interface BotIdentity {
  botId: string;
  botUserId: string;
}

export type TokenCheck = { identity: BotIdentity; problem?: undefined } | { identity?: undefined; problem: string };

export interface TokenCheckOptions {
  token: string;
  /** SLACK_API_URL when set; Slack's own otherwise. */
  slackApiUrl?: string;
  /** Tries when Slack cannot be reached (default 3: about 3 s of waiting between them). */
  attempts?: number;
  /** Longest wait for one answer (default 5 s). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const SLACK_API_URL = 'https://slack.com/api/';
const APPS_PAGE = 'https://api.slack.com/apps';

/** Slack answered, but cannot answer now: worth another try. */
const TRANSIENT_CODES = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** What a refusal means and what to do, by auth.test's error code. */
const REFUSALS: Record<string, string> = {
  invalid_auth: `Slack does not know this token (mistyped, or from another app or workspace). Copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions at ${APPS_PAGE}`,
  not_authed: `no token reached Slack. Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions at ${APPS_PAGE}`,
  token_revoked: `the token was revoked, as when the app is uninstalled. Reinstall the app to the workspace (OAuth & Permissions → Install to Workspace) and copy the new Bot User OAuth Token`,
  token_expired: `the token expired (token rotation is on for this app). Reinstall the app and copy the new Bot User OAuth Token, or turn token rotation off`,
  account_inactive: `the bot user or its workspace is deactivated. Ask a workspace admin to reactivate it, or reinstall the app and copy the new Bot User OAuth Token`,
};
const OTHER_REFUSAL = `Check the app at ${APPS_PAGE} and copy its Bot User OAuth Token (OAuth & Permissions) again`;

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

type Attempt = { identity: BotIdentity } | { refused: string } | { unreachable: string; waitMs?: number };

/** Why a request got no answer, in a few words (`connect ECONNREFUSED 127.0.0.1:9`, `no answer within 5 s`). */
function requestFailure(error: webApi.WebAPIRequestError, timeoutMs: number): string {
  const { original } = error;
  if (original.name === 'TimeoutError' || /aborted due to timeout/.test(original.message)) return `no answer within ${timeoutMs / 1000} s`;
  const cause = (original as Error & { cause?: { message?: string; code?: string } }).cause;
  return cause?.message || cause?.code || original.message;
}

async function callAuthTest(client: webApi.WebClient, apiUrl: string, custom: boolean, timeoutMs: number): Promise<Attempt> {
  try {
    const result = await client.auth.test();
    return { identity: { botId: result.bot_id ?? '', botUserId: result.user_id ?? '' } };
  } catch (error) {
    if (error instanceof webApi.WebAPIPlatformError) {
      const code = error.data.error;
      if (TRANSIENT_CODES.has(code)) return { unreachable: `Slack answered ${code}` };
      return {
        refused: `SLACK_BOT_TOKEN: Slack refused the bot token (auth.test answered "${code}"): ${REFUSALS[code] ?? OTHER_REFUSAL}.`,
      };
    }
    if (error instanceof webApi.WebAPIRateLimitedError)
      return { unreachable: 'rate limited', waitMs: Math.min(error.retryAfter, 10) * 1000 };
    if (error instanceof webApi.WebAPIHTTPError) {
      if (error.statusCode >= 500) return { unreachable: `HTTP ${error.statusCode}` };
      const what = custom ? 'SLACK_API_URL' : "Slack's Web API";
      const hint = custom ? ` Is it the Web API's base URL (such as ${SLACK_API_URL})? Leave it empty for Slack's own.` : '';
      return {
        refused: `${what}: ${apiUrl}auth.test answered HTTP ${error.statusCode}, not Slack's answer, so the bot token cannot be checked.${hint}`,
      };
    }
    if (error instanceof webApi.WebAPIRequestError) return { unreachable: requestFailure(error, timeoutMs) };
    throw error;
  }
}

/**
 * Asks Slack who the bot token belongs to (`auth.test`), once, before the bot says it is running.
 * A refusal is final. Slack out of reach is tried again a few times, then reported: a bot that
 * started without knowing who it is would answer nothing until restarted (Bolt keeps the failed
 * answer for good), so stopping lets the supervisor's restart and its logs do their work.
 */
export async function checkBotToken(opts: TokenCheckOptions): Promise<TokenCheck> {
  const { attempts = 3, timeoutMs = 5000, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = opts;
  const apiUrl = opts.slackApiUrl ?? SLACK_API_URL;
  const client = new webApi.WebClient(opts.token, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    logger: silent,
  });
  let lastFailure = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = await callAuthTest(client, apiUrl, opts.slackApiUrl !== undefined, timeoutMs);
    if ('identity' in result) return { identity: result.identity };
    if ('refused' in result) return { problem: result.refused };
    lastFailure = result.unreachable;
    if (attempt < attempts) await sleep(result.waitMs ?? 1000 * attempt);
  }
  const where = opts.slackApiUrl !== undefined ? `SLACK_API_URL: ${apiUrl}` : `Slack's Web API: ${apiUrl}`;
  const orUrl = opts.slackApiUrl !== undefined ? ', or SLACK_API_URL' : '';
  return {
    problem: `${where} could not be reached in ${attempts === 1 ? '1 try' : `${attempts} tries`} (last: ${lastFailure}), so SLACK_BOT_TOKEN could not be checked. Check the network, DNS or proxy${orUrl}, then start again.`,
  };
}
