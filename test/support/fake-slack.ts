/**
 * A fake Slack Web API on 127.0.0.1 that records every call the bot makes.
 *
 * - Web API calls arrive at `POST /api/<method>` (point WebClient at `apiUrl`, e.g. with
 *   `clientOptions: { slackApiUrl: fake.apiUrl }` or `SLACK_API_URL`). Bodies are form-encoded
 *   (WebClient's default) or JSON; `blocks`, `attachments` and other JSON-string fields are parsed.
 * - `response_url` posts arrive at `POST /response/<id>` (put `fake.responseUrl('x')` in payloads);
 *   they are recorded with method `response_url`.
 * - `oauth.v2.access` answers as Slack does for a bot install into FAKE_INSTALL.teamId, with the
 *   token `xoxb-<team>-<code>`.
 * - `views.publish|open|update|push` answer with the view and an id; `conversations.replies` with the
 *   thread's messages the bot posted (and their metadata); `assistant.threads.*` with `ok`.
 * - `users.conversations` answers from the channels a test adds (`fake.addChannel`): with `user`, the
 *   channels that user is in, private ones only when the bot is in them too; filtered by `types` and
 *   `exclude_archived`, paged by `limit` (default 100) with `response_metadata.next_cursor`.
 * - A test scripts failures per method: `fake.failNext('chat.postMessage', 'not_in_channel')`,
 *   `fake.rateLimitNext('chat.postMessage', 1)` (HTTP 429 with Retry-After).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response_url`. */
  method: string;
  /** Request path, e.g. `/api/chat.postMessage` or `/response/abc`. */
  path: string;
  /** For `response_url` posts: the `<id>` of `/response/<id>`. */
  responseId?: string;
  /** Parsed body; JSON-looking string fields such as `blocks` are parsed too. */
  body: Record<string, unknown>;
  /** Bearer token (or `token` form field) the call was made with. */
  token?: string;
  /** Date.now() when the request was fully received. */
  receivedAt: number;
}

export interface ScriptedReply {
  /** Slack error code; the reply is `{ ok: false, error }` with HTTP 200 unless `status` is given. */
  error?: string;
  /** HTTP status (429 for rate limits). */
  status?: number;
  /** Seconds, sent as the `Retry-After` header. */
  retryAfter?: number;
  /** Extra fields of the JSON reply. */
  body?: Record<string, unknown>;
}

/** A channel of the fake workspace, with its members (user ids; the bot's is FAKE_BOT.userId). */
export interface FakeChannel {
  id: string;
  name: string;
  isPrivate?: boolean;
  isArchived?: boolean;
  members: string[];
}

export interface FakeSlack {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** `http://127.0.0.1:<port>/api/`: the WebClient `slackApiUrl`. */
  apiUrl: string;
  /** A `response_url` on this server. */
  responseUrl(id?: string): string;
  /** Every call, in arrival order. */
  calls: RecordedCall[];
  /** Calls of one method (`chat.postMessage`, `response_url`, …). */
  callsTo(method: string): RecordedCall[];
  /** `response_url` posts, optionally only those to `/response/<id>`. */
  responses(id?: string): RecordedCall[];
  /** The next `times` calls of `method` fail with `error` (a Slack error code or a scripted reply). */
  failNext(method: string, error: string | ScriptedReply, times?: number): void;
  /** The next `times` calls of `method` get HTTP 429 with `Retry-After: seconds`. */
  rateLimitNext(method: string, retryAfterSeconds: number, times?: number): void;
  /** A channel `users.conversations` knows (kept until `reset`). */
  addChannel(channel: FakeChannel): void;
  /** Extra fields merged into every successful reply to `method` (e.g. `auth.test` ids). */
  setReply(method: string, body: Record<string, unknown>): void;
  /** Resolves once `count` calls match (default 1), or rejects after `timeoutMs`. */
  waitFor(match: string | ((call: RecordedCall) => boolean), count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** Forgets recorded calls and scripted replies. */
  reset(): void;
  close(): Promise<void>;
}

export const FAKE_BOT = { userId: 'UBOTSUMMIT', botId: 'BBOTSUMMIT', teamId: 'T0FAKETEAM' };
/** The workspace `oauth.v2.access` installs into (Slack's OAuth install flow). */
export const FAKE_INSTALL = { teamId: 'T0INSTALLED', botUserId: 'UBOTINST01' };

function parseJsonFields(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[key] = value;
  }
  return out;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : { value: parsed };
    } catch {
      return { raw };
    }
  }
  const form = parseQuery(raw);
  const flat: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(form)) flat[k] = Array.isArray(v) ? v[v.length - 1] : v;
  return parseJsonFields(flat);
}

/** A view as Slack returns it from views.*: the view sent, with its ids, hash and state. */
function viewReply(body: Record<string, unknown>, nextId: () => string): Record<string, unknown> {
  const view = (body.view ?? {}) as Record<string, unknown>;
  const id = typeof body.view_id === 'string' ? body.view_id : `V${nextId()}`;
  return {
    view: { id, team_id: FAKE_BOT.teamId, state: { values: {} }, hash: `${nextId()}.hash`, private_metadata: '', callback_id: '', ...view },
  };
}

/**
 * conversations.replies as Slack answers it: the thread's messages the bot posted here (parent
 * first), with their metadata when `include_all_metadata` is asked for.
 */
function threadReplies(body: Record<string, unknown>, calls: readonly RecordedCall[]): Record<string, unknown> {
  const posts = calls.filter(
    (c) => c.method === 'chat.postMessage' && c.body.channel === body.channel && (c.body.thread_ts === body.ts || c.body.ts === body.ts),
  );
  const messages = posts.map((c, i) => ({
    type: 'message',
    user: FAKE_BOT.userId,
    bot_id: FAKE_BOT.botId,
    text: c.body.text,
    ts: `${String(body.ts)}${i + 1}`,
    thread_ts: body.ts,
    ...(body.include_all_metadata && c.body.metadata ? { metadata: c.body.metadata } : {}),
  }));
  return { messages, has_more: false, response_metadata: { next_cursor: '' } };
}

/**
 * users.conversations as Slack answers it: a person's channels (public ones, and private ones the bot
 * shares), limited conversation objects without is_member, paged with an opaque cursor.
 */
function userConversations(body: Record<string, unknown>, channels: readonly FakeChannel[]): Record<string, unknown> {
  const types = String(body.types ?? 'public_channel').split(',');
  const user = typeof body.user === 'string' ? body.user : FAKE_BOT.userId;
  const excludeArchived = String(body.exclude_archived) === 'true';
  const visible = channels.filter(
    (c) =>
      c.members.includes(user) &&
      types.includes(c.isPrivate ? 'private_channel' : 'public_channel') &&
      (!c.isPrivate || c.members.includes(FAKE_BOT.userId)) &&
      !(excludeArchived && c.isArchived),
  );
  const limit = Math.min(999, Math.max(1, Number(body.limit ?? 100) || 100));
  const cursor = typeof body.cursor === 'string' && body.cursor ? body.cursor : '';
  const start = cursor ? Number(/^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))?.[1] ?? NaN) : 0;
  if (!Number.isInteger(start)) return { ok: false, error: 'invalid_cursor' };
  const page = visible.slice(start, start + limit);
  const next = start + limit < visible.length ? Buffer.from(`offset:${start + limit}`).toString('base64') : '';
  return {
    channels: page.map((c) => ({
      id: c.id,
      name: c.name,
      is_channel: !c.isPrivate,
      is_group: Boolean(c.isPrivate),
      is_im: false,
      is_mpim: false,
      is_private: Boolean(c.isPrivate),
      is_archived: Boolean(c.isArchived),
      is_general: false,
      name_normalized: c.name,
      created: 1449252889,
    })),
    response_metadata: { next_cursor: next },
  };
}

function defaultReply(
  method: string,
  body: Record<string, unknown>,
  nextTs: () => string,
  calls: readonly RecordedCall[] = [],
  channels: readonly FakeChannel[] = [],
): Record<string, unknown> {
  const nextId = () => nextTs().replace('.', '').slice(-8);
  switch (method) {
    case 'views.publish':
    case 'views.open':
    case 'views.update':
    case 'views.push':
      return viewReply(body, nextId);
    case 'conversations.replies':
      return threadReplies(body, calls);
    case 'users.conversations':
      return userConversations(body, channels);
    case 'assistant.threads.setStatus':
    case 'assistant.threads.setSuggestedPrompts':
    case 'assistant.threads.setTitle':
      return {};
    case 'auth.test':
      return {
        url: 'https://fake.slack.test/',
        team: 'Fake',
        user: 'summit',
        team_id: FAKE_BOT.teamId,
        user_id: FAKE_BOT.userId,
        bot_id: FAKE_BOT.botId,
      };
    case 'chat.postMessage': {
      const ts = nextTs();
      return {
        channel: body.channel,
        ts,
        message: { text: body.text, blocks: body.blocks, ts, thread_ts: body.thread_ts, bot_id: FAKE_BOT.botId },
      };
    }
    case 'chat.postEphemeral':
      return { message_ts: nextTs() };
    case 'chat.update':
      return { channel: body.channel, ts: body.ts, text: body.text };
    case 'conversations.join':
      return { channel: { id: body.channel } };
    case 'oauth.v2.access':
      // Slack's answer to an install's code exchange (a bot token of the installing workspace).
      return {
        app_id: 'A0SUMMIT01',
        authed_user: { id: 'U0INSTALLER' },
        scope: 'commands,app_mentions:read,chat:write,im:history',
        token_type: 'bot',
        access_token: `xoxb-${FAKE_INSTALL.teamId}-${String(body.code ?? 'code')}`,
        bot_user_id: FAKE_INSTALL.botUserId,
        team: { id: FAKE_INSTALL.teamId, name: 'Installing Team' },
        enterprise: null,
        is_enterprise_install: false,
      };
    default:
      return {};
  }
}

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const scripted = new Map<string, ScriptedReply[]>();
  const extra = new Map<string, Record<string, unknown>>();
  const channels: FakeChannel[] = [];
  const waiters = new Set<() => void>();
  let tsCounter = 0;
  const nextTs = () => `1700000000.${String(++tsCounter).padStart(6, '0')}`;

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const body = parseBody(raw, req.headers['content-type']);
    let method: string;
    let responseId: string | undefined;
    if (path.startsWith('/api/')) method = path.slice('/api/'.length);
    else if (path.startsWith('/response/')) {
      method = 'response_url';
      responseId = decodeURIComponent(path.slice('/response/'.length));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : typeof body.token === 'string' ? body.token : undefined;
    calls.push({ method, path, responseId, body, token, receivedAt: Date.now() });
    for (const wake of [...waiters]) wake();

    const queue = scripted.get(method);
    const script = queue?.shift();
    if (script) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (script.retryAfter !== undefined) headers['retry-after'] = String(script.retryAfter);
      const status = script.status ?? 200;
      const payload =
        script.error !== undefined ? { ok: false, error: script.error, ...script.body } : { ok: status < 400, ...script.body };
      res.writeHead(status, headers).end(JSON.stringify(payload));
      return;
    }
    const reply = { ok: true, ...defaultReply(method, body, nextTs, calls, channels), ...extra.get(method) };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;

  const matcher = (match: string | ((call: RecordedCall) => boolean)) =>
    typeof match === 'string' ? (c: RecordedCall) => c.method === match : match;

  const fake: FakeSlack = {
    url,
    apiUrl: `${url}api/`,
    responseUrl: (id = 'r1') => `${url}response/${encodeURIComponent(id)}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responses: (id) => calls.filter((c) => c.method === 'response_url' && (id === undefined || c.responseId === id)),
    failNext(method, error, times = 1) {
      const reply = typeof error === 'string' ? { error } : error;
      const queue = scripted.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(reply);
      scripted.set(method, queue);
    },
    rateLimitNext(method, retryAfterSeconds, times = 1) {
      fake.failNext(method, { status: 429, error: 'ratelimited', retryAfter: retryAfterSeconds }, times);
    },
    addChannel(channel) {
      channels.push(channel);
    },
    setReply(method, body) {
      extra.set(method, body);
    },
    waitFor(match, count = 1, timeoutMs = 5000) {
      const test = matcher(match);
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = calls.filter(test);
          if (found.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const seen = calls.map((c) => c.method).join(', ') || 'none';
          reject(new Error(`fake Slack: expected ${count} matching call(s) within ${timeoutMs} ms; calls seen: ${seen}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    reset() {
      calls.length = 0;
      scripted.clear();
      extra.clear();
      channels.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return fake;
}
