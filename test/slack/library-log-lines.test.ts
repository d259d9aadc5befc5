/**
 * The lines @slack/bolt, @slack/web-api and @slack/socket-mode write (copied from their dist/*.js),
 * as Summit's adapter logs them: sizes, ids and codes, never what they quote.
 */
import { LogLevel } from '@slack/bolt';
import { boltLogger, createLogger } from '../../src/logger';
import { describeLibraryLine, WITHHELD } from '../../src/slack/library-log-lines';

const SECRETS = ['SECRET', 'xoxb-', 'xapp-', 'ticket=', 'hooks.slack.com', 'verif-token'];
const envelope = JSON.stringify({
  envelope_id: 'c1d2-e3',
  payload: {
    token: 'verif-token',
    team_id: 'T1',
    event: { type: 'app_mention', text: 'SECRET question' },
    response_url: 'https://hooks.slack.com/commands/T1/1/x',
  },
  type: 'events_api',
  accepts_response_payload: false,
  retry_attempt: 0,
});

const CASES: Array<[string, unknown[], string, Record<string, unknown>]> = [
  [
    'Socket Mode: an envelope arrives',
    [`Received a message on the WebSocket: ${envelope}`],
    'Received a message on the WebSocket',
    { chars: envelope.length, type: 'events_api', envelopeId: 'c1d2-e3', retryAttempt: 0 },
  ],
  [
    'Socket Mode: an envelope that is not JSON',
    ['Unable to parse an incoming WebSocket message (will ignore): SyntaxError: Unexpected token, SECRET'],
    'Unable to parse an incoming WebSocket message (ignored)',
    {},
  ],
  [
    'Socket Mode: ack',
    ['Calling ack() - type: slash_commands, envelope_id: c1d2-e3, data: {"text":"SECRET"}'],
    'Calling ack()',
    { type: 'slash_commands', envelopeId: 'c1d2-e3', dataChars: 17 },
  ],
  [
    'Socket Mode: sending',
    ['Sending a WebSocket message: {"envelope_id":"c1d2-e3","payload":{"text":"SECRET"}}'],
    'Sending a WebSocket message',
    { chars: 53, envelopeId: 'c1d2-e3' },
  ],
  [
    'Socket Mode: close frame',
    ['WebSocket close frame received (code: 1006, reason: SECRET)'],
    'WebSocket close frame received',
    { code: 1006 },
  ],
  [
    'Socket Mode: no WSS URL',
    ['Failed to retrieve a new WSS URL (error: Error: An API error occurred: invalid_auth)'],
    'Failed to retrieve a new WSS URL',
    { error: 'Error', code: 'invalid_auth' },
  ],
  [
    'Socket Mode: disconnect message',
    ['Received "disconnect" (refresh_requested) message - disconnecting. Will reconnect.'],
    'Received "disconnect" (refresh_requested) message - disconnecting. Will reconnect.',
    {},
  ],
  ['Socket Mode: ping data', ['Sent ping to Slack: Ping from client (1700000000000)'], 'Sent ping to Slack', {}],
  [
    'Web API: the WSS URL with its ticket',
    ['http request result: {"ok":true,"url":"wss://wss-primary.slack.com/link/?ticket=T-1&app_id=A1"}'],
    'http request result',
    { chars: 74, ok: true },
  ],
  [
    'Web API: an outgoing message',
    ['http request body: {"channel":"C1","text":"SECRET answer","blocks":"[]"}'],
    'http request body',
    { chars: 53 },
  ],
  [
    'Web API: the URL',
    ['http request url: http://127.0.0.1:3999/api/chat.postMessage'],
    'http request url',
    { method: 'chat.postMessage' },
  ],
  ['Web API: headers', ['http request headers: {"Authorization":"[[REDACTED]]","User-Agent":"x"}'], 'http request headers', {}],
  ['Web API: a failed request', ['http request failed', 'connect ECONNREFUSED 127.0.0.1:3999 SECRET'], 'http request failed', {}],
  ['Web API: a warning code', ['message_truncated', 0, ['message_truncated']], 'Slack API warning', { warning: 'message_truncated' }],
  [
    'Web API: a schema message',
    ['must be less than 3001 characters [json-pointer:/blocks/0/text/text]'],
    'Slack reported a problem in a request',
    { pointer: '/blocks/0/text/text' },
  ],
  [
    'Web API: missing text',
    ["The top-level `text` argument is missing in the request payload for a chat.postMessage call - It's a best practice"],
    'a message posted without top-level text',
    { method: 'chat.postMessage' },
  ],
  ['Web API: a call', ["apiCall('chat.postMessage') start"], "apiCall('chat.postMessage') start", {}],
  [
    'Bolt: malformed body',
    ['Malformed request body: Unexpected token \'S\', "SECRET bod"... is not valid JSON'],
    'Malformed request body',
    {},
  ],
  [
    'Bolt: bad signature',
    ['Failed to parse and verify the request data: Failed to verify authenticity: signature mismatch'],
    'Failed to parse and verify the request data',
    { reason: 'signature mismatch' },
  ],
  [
    'Bolt: missing header',
    [
      'Failed to parse and verify the request data: Failed to verify authenticity: header x-slack-signature did not have the expected type (received undefined, expected string)',
    ],
    'Failed to parse and verify the request data',
    { reason: 'bad x-slack-signature' },
  ],
  ['Bolt: ack body', ['ack() call begins (body: {"text":"SECRET"})'], 'ack() call begins', { bodyChars: 17 }],
  ['Bolt: empty ack', ['ack() response sent (body: undefined)'], 'ack() response sent', { bodyChars: 0 }],
  [
    'Bolt: error details',
    ['Error details: Error: An API error occurred: invalid_blocks, storedResponse: SECRET'],
    'Error details',
    { error: 'Error', code: 'invalid_blocks' },
  ],
  [
    'Bolt: unknown path',
    ['Unhandled HTTP request (GET) made to /wp-login.php?user=SECRET'],
    'Unhandled HTTP request',
    { method: 'GET', path: '/wp-login.php' },
  ],
  [
    'Bolt: size limit',
    ['Request body exceeded the maximum allowed size (limit: 1048576 bytes)'],
    'Request body exceeded the maximum allowed size (limit: 1048576 bytes)',
    {},
  ],
  ['anything unknown', ['Go to http://localhost:3000/slack/install?state=SECRET to initiate OAuth flow'], WITHHELD, { chars: 77 }],
  ['a bare object', [{ token: 'xoxb-SECRET' }], WITHHELD, { chars: 15 }],
  [
    'an error',
    [Object.assign(new TypeError('SECRET in a message'), { code: 'slack_webapi_platform_error' })],
    'library error',
    { error: 'TypeError', code: 'slack_webapi_platform_error' },
  ],
];

describe('library log lines', () => {
  it.each(CASES)('%s', (_what, args, msg, fields) => {
    const logged = describeLibraryLine(args);
    expect(logged).toEqual({ msg, fields });
    for (const secret of SECRETS) expect(JSON.stringify(logged)).not.toContain(secret);
  });

  it('boltLogger writes them as pino lines of component bolt, and skips the work below its level', () => {
    const lines: Array<Record<string, unknown>> = [];
    const capture = { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) };
    const trace = boltLogger(createLogger('trace', capture));
    expect(trace.getLevel()).toBe(LogLevel.DEBUG);
    trace.debug(`Received a message on the WebSocket: ${envelope}`);
    trace.warn('Malformed request body: Unexpected token \'S\', "SECRET bod"... is not valid JSON');
    expect(lines).toEqual([
      expect.objectContaining({ level: 20, component: 'bolt', msg: 'Received a message on the WebSocket', envelopeId: 'c1d2-e3' }),
      expect.objectContaining({ level: 40, component: 'bolt', msg: 'Malformed request body' }),
    ]);
    const info = boltLogger(createLogger('info', capture));
    info.debug('http request body: {"text":"SECRET"}');
    expect(lines).toHaveLength(2);
    expect(info.getLevel()).toBe(LogLevel.INFO);
  });
});
