/**
 * What Bolt, the Web API client and the Socket Mode client may say in Summit's logs. Their lines quote
 * payloads, outgoing message bodies, tokens and the WebSocket URL with its ticket, so nothing they
 * write is passed on unless it is known here: a line of a known shape becomes its fixed wording plus
 * sizes, ids and codes checked character by character; anything else is withheld, only its length
 * kept. Written against @slack/bolt 5.1, @slack/web-api 7 and @slack/socket-mode 2 (their dist/*.js).
 */

/** A library line as Summit logs it. */
export interface LoggedLine {
  msg: string;
  fields: Record<string, unknown>;
}

export const WITHHELD = 'library log line withheld';

/** Lines that carry nothing variable (or only digits and enum words, as the patterns spell out). */
const SAFE: RegExp[] = [
  /^(initialized|http response received|stored response sent|files\.uploadV2\(\) start|Request arguments contain binary data)$/,
  /^The logLevel given to (WebClient|Socket Mode) was ignored as you also gave logger$/,
  /^Initializing (HTTPReceiver|SocketModeReceiver)$/,
  /^apiCall\('[\w.]{1,80}'\) (start|end)$/,
  /^API Call failed due to rate limiting\. Will retry in \d{1,6} seconds\.$/,
  /^Request body exceeded the maximum allowed size \(limit: \d{1,12} bytes\)$/,
  /^An incoming event was not acknowledged within 3 seconds\. Ensure that the ack\(\) argument is called in a listener\.$/,
  /^An unhandled error occurred (after ack\(\) called in a listener|while Bolt processed an event)$/,
  /^(Could not determine the type of an incoming event|Authorization of incoming event did not succeed)\. No listeners will be called\.$/,
  /^ack\(\) has already been called\. Additional calls will be ignored and may lead to errors in other receivers\.$/,
  /^No conversation ID for incoming event$/,
  /^Conversation context loaded for ID: [A-Z0-9]{1,20}$/,
  /^Slack API error: [a-z_]{1,60}$/,
  /^Rate limited, retry after \d{1,6}s$/,
  /^Listening for HTTP requests on port \d{1,5}$/,
  /^[\w.]{1,80} is deprecated\. Please check on https:\/\/docs\.slack\.dev\/reference\/methods for an alternative\.$/,
  /^The given thread_ts value in the request payload for a [\w.]{1,80} call is a float value\. We highly recommend using a string value instead\.$/,
  // Socket Mode client and its WebSocket.
  /^(The Socket Mode client has successfully initialized|Starting Socket Mode session \.\.\.|Manually disconnecting this Socket Mode client)$/,
  /^(Client shutting down, will not attempt reconnect\.|Continuing with reconnect\.\.\.|Going to retrieve a new WSS URL \.\.\.|Unexpected binary message received, ignoring\.)$/,
  /^Failed to send a message as the client (is not connected|has no active connection)$/,
  /^Before trying to reconnect, this client will wait for \d{1,9} milliseconds$/,
  /^Received "[a-z_]{1,40}" \([a-z_]{0,40}\) message - disconnecting\.( Will reconnect\.)?$/,
  /^send\(\) method was called \(WebSocket state: (CONNECTING|OPEN|CLOSING|CLOSED|uninitialized)\)$/,
  /^(Initiating new WebSocket connection\.|WebSocket open event received \(connection established\)!|Started monitoring pings to and pongs from Slack\.)$/,
  /^(Terminating WebSocket \(close frame received\)\.|Terminating WebSocket \(close frame sent but no response, force-terminating\)\.|Sending close frame \(status=1000\)\.)$/,
  /^(Peer did not complete the close handshake in time; forcing cleanup\.|WebSocket already disconnected, flushing remainder\.|WebSocket not available, skipping ping\.)$/,
  /^isActive\(\): (websocket not instantiated!|websocket ready state is (CONNECTING|OPEN|CLOSING|CLOSED))$/,
  /^A p[io]ng wasn't received from the server before the timeout of \d{1,9}ms!$/,
  /^Expected (ErrorEvent|MessageEvent|CloseEvent) but received \w{1,40} \(type: \w{1,40}\)$/,
];

/** Lines that quote something: only their fixed wording and what `fields` picks out are kept. */
const SHAPES: Array<[RegExp, (m: RegExpExecArray) => LoggedLine]> = [
  [
    /^ack\(\) (call begins|response stored|response sent) \(body: ([^]*)\)$/,
    (m) => line(`ack() ${m[1]}`, { bodyChars: quotedLength(m[2]!) }),
  ],
  [/^http request url: (\S*)$/, (m) => line('http request url', { method: apiMethod(m[1]!) })],
  [/^http request body: ([^]*)$/, (m) => line('http request body', { chars: m[1]!.length })],
  [/^http request headers: [^]*$/, () => line('http request headers', {})],
  [/^http request result: ([^]*)$/, (m) => line('http request result', { chars: m[1]!.length, ...apiResult(m[1]!) })],
  [/^http request failed$/, () => line('http request failed', {})],
  [/^[^]* \[json-pointer:(\/[\w/-]{0,200})\]$/, (m) => line('Slack reported a problem in a request', { pointer: m[1] })],
  [/^([a-z][a-z_]{2,60})$/, (m) => line('Slack API warning', { warning: m[1] })],
  [
    /^The top-level `text` argument is missing in the request payload for a ([\w.]{1,80}) call/,
    (m) => line('a message posted without top-level text', { method: m[1] }),
  ],
  [/^Additionally, the attachment-level `fallback` argument is missing/, () => line('an attachment posted without fallback', {})],
  [
    /^Failed to parse and verify the request data: ([^]*)$/,
    (m) => line('Failed to parse and verify the request data', { reason: requestProblem(m[1]!) }),
  ],
  [/^Failed to parse the request body: ([^]*)$/, (m) => line('Failed to parse the request body', { reason: requestProblem(m[1]!) })],
  [/^Malformed request body: [^]*$/, () => line('Malformed request body', {})],
  [
    /^(?:An )?[Uu]nhandled HTTP request \((\w{1,10})\) made to (\S*?)( was ignored)?$/,
    (m) => line('Unhandled HTTP request', { method: m[1], path: safePath(m[2]!) }),
  ],
  [
    /^An unexpected error occurred during a request \((\w{1,10})\) made to (\S*)$/,
    (m) => line('An unexpected error occurred during a request', { method: m[1], path: safePath(m[2]!) }),
  ],
  [/^Error details: ([^]*)$/, (m) => line('Error details', errorSummary(m[1]!))],
  [
    /^An unhandled error occurred while Bolt processed \(type: (\w{0,40}), error: ([^]*)\)$/,
    (m) => line('An unhandled error occurred while Bolt processed an event', { type: m[1], ...errorSummary(m[2]!) }),
  ],
  [
    /^An unhandled error occurred while Bolt processed a request to the installation path/,
    () => line('An unhandled error occurred on the installation path', {}),
  ],
  [
    /^HTTPReceiver encountered an unexpected error while handling the OAuth install redirect/,
    () => line('An unexpected error on the OAuth install redirect', {}),
  ],
  [
    /^Conversation context failed loading for ID: ([A-Z0-9]{1,20}), error: [^]*$/,
    (m) => line('Conversation context failed loading', { id: m[1] }),
  ],
  // Socket Mode: envelopes (the question, response_url, verification token), acks, the WSS URL.
  [
    /^Received a message on the WebSocket: ([^]*)$/,
    (m) => line('Received a message on the WebSocket', { chars: m[1]!.length, ...envelopeIds(m[1]!) }),
  ],
  [
    /^Unable to parse an incoming WebSocket message \(will ignore\): [^]*$/,
    () => line('Unable to parse an incoming WebSocket message (ignored)', {}),
  ],
  [
    /^Calling ack\(\) - type: ([a-z_]{1,40}), envelope_id: ([\w-]{1,80}), data: ([^]*)$/,
    (m) => line('Calling ack()', { type: m[1], envelopeId: m[2], dataChars: m[3]!.length }),
  ],
  [/^Sending a WebSocket message: ([^]*)$/, (m) => line('Sending a WebSocket message', { chars: m[1]!.length, ...envelopeIds(m[1]!) })],
  [/^Failed to send a WebSocket message \(error: ([^]*)\)$/, (m) => line('Failed to send a WebSocket message', errorSummary(m[1]!))],
  [/^WebSocket error! ([^]*)$/, (m) => line('WebSocket error', errorSummary(m[1]!))],
  [/^WebSocket error occurred: [^]*$/, () => line('WebSocket error occurred', {})],
  [
    /^WebSocket close frame received \(code: (\d{1,5}), reason: [^]*\)$/,
    (m) => line('WebSocket close frame received', { code: Number(m[1]) }),
  ],
  [/^WebSocket received (ping|pong) from Slack server \(data: [^]*\)$/, (m) => line(`WebSocket received ${m[1]} from Slack server`, {})],
  [/^Sent ping to Slack: [^]*$/, () => line('Sent ping to Slack', {})],
  [/^Failed to send ping to Slack \(error: ([^]*)\)$/, (m) => line('Failed to send ping to Slack', errorSummary(m[1]!))],
  [/^Failed to retrieve a new WSS URL \(error: ([^]*)\)$/, (m) => line('Failed to retrieve a new WSS URL', errorSummary(m[1]!))],
  [/^apps\.connections\.open did not return a URL! [^]*$/, () => line('apps.connections.open did not return a URL', {})],
];

/** What Summit logs for a library's `logger.<level>(...args)` call. */
export function describeLibraryLine(args: unknown[]): LoggedLine {
  const [first, ...rest] = args;
  if (typeof first !== 'string') {
    return first instanceof Error
      ? line('library error', errorSummary(`${first.name}: ${first.message}`, first))
      : line(WITHHELD, { chars: String(first).length });
  }
  // Only an error passed along is described (by its class and code); other extra arguments are dropped.
  const extra = rest.find((a): a is Error => a instanceof Error);
  const withError = (l: LoggedLine): LoggedLine =>
    extra ? { msg: l.msg, fields: { ...l.fields, ...errorSummary(`${extra.name}:`, extra) } } : l;
  if (SAFE.some((re) => re.test(first))) return withError(line(first, {}));
  for (const [re, describe] of SHAPES) {
    const m = re.exec(first);
    if (m) return withError(describe(m));
  }
  return line(WITHHELD, { chars: first.length });
}

function line(msg: string, fields: Record<string, unknown>): LoggedLine {
  return { msg, fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
}

/** `undefined` and `` are what Bolt prints for an empty ack. */
function quotedLength(text: string): number {
  return text === 'undefined' || text === '""' ? 0 : text.length;
}

function apiMethod(url: string): string | undefined {
  const last = url.split('?')[0]!.split('/').pop() ?? '';
  return /^[a-z]+(\.[a-zA-Z]+){1,3}$/.test(last) ? last : undefined;
}

const CODE = /^[a-z][a-z0-9_]{1,60}$/;

function apiResult(json: string): Record<string, unknown> {
  try {
    const r = JSON.parse(json) as { ok?: unknown; error?: unknown };
    return {
      ok: typeof r.ok === 'boolean' ? r.ok : undefined,
      error: typeof r.error === 'string' && CODE.test(r.error) ? r.error : undefined,
    };
  } catch {
    return {};
  }
}

/** Bolt's and raw-body's reasons for refusing a request, by name; anything else is not repeated. */
function requestProblem(text: string): string | undefined {
  if (/signature mismatch$/.test(text)) return 'signature mismatch';
  if (/request is stale$/.test(text)) return 'stale';
  if (/unknown signature version$/.test(text)) return 'unknown signature version';
  const header = /header (x-slack-[a-z-]{1,40}) did not have the expected type/.exec(text);
  if (header) return `bad ${header[1]}`;
  if (/^request aborted$/.test(text)) return 'aborted';
  if (/^request size did not match content length$/.test(text)) return 'size mismatch';
  return undefined;
}

function safePath(url: string): string | undefined {
  const path = url.split('?')[0]!;
  return /^\/[\w\-./]{0,100}$/.test(path) ? path : undefined;
}

/** An error as `${error}` prints it ("TypeError: …"): its class, and a Slack error code when it has one. */
function errorSummary(text: string, error?: Error): Record<string, unknown> {
  const name = /^([A-Za-z]\w{0,60}):/.exec(text)?.[1];
  const platform = /An API error occurred: ([a-z_]{1,60})/.exec(text)?.[1];
  const code = (error as { code?: unknown } | undefined)?.code;
  return { error: name, code: platform ?? (typeof code === 'string' && /^[a-z_]{1,60}$/.test(code) ? code : undefined) };
}

/** The ids of a Socket Mode envelope (never its payload). */
function envelopeIds(json: string): Record<string, unknown> {
  try {
    const e = JSON.parse(json) as { type?: unknown; envelope_id?: unknown; retry_attempt?: unknown };
    return {
      type: typeof e.type === 'string' && /^[a-z_]{1,40}$/.test(e.type) ? e.type : undefined,
      envelopeId: typeof e.envelope_id === 'string' && /^[\w-]{1,80}$/.test(e.envelope_id) ? e.envelope_id : undefined,
      retryAttempt: typeof e.retry_attempt === 'number' ? e.retry_attempt : undefined,
    };
  } catch {
    return {};
  }
}
