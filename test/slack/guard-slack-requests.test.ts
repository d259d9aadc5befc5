/** The request guard in front of Bolt, on loopback with a stand-in for Bolt and a clock the test moves. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/logger';
import { guardSlackRequests } from '../../src/slack/http/guard-slack-requests';
import { SeenSignatures } from '../../src/slack/http/seen-signatures';
import { rawPost, within } from '../support/raw-http';
import { formBody, postCaptured, signedHeaders } from '../support/signed-request';

const SECRET = 'guard-test-secret-0123456789';

describe('guardSlackRequests', () => {
  let server: Server;
  let url: string;
  let nowMs: number;
  const seen = new SeenSignatures(() => nowMs);
  const reached: Array<{ path: string; rawBody?: string }> = [];
  const logs: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    nowMs = Date.UTC(2026, 0, 1, 12);
    const logger = createLogger('debug', { write: (l: string) => void logs.push(JSON.parse(l) as Record<string, unknown>) });
    const bolt = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
      reached.push({ path: req.url ?? '', rawBody: (req as IncomingMessage & { rawBody?: Buffer }).rawBody?.toString() });
      res.writeHead(200).end();
    };
    server = createServer(
      guardSlackRequests(bolt, {
        signingSecret: SECRET,
        logger,
        endpoints: ['/slack/events'],
        nowMs: () => nowMs,
        seen,
        bodyDeadlineMs: 300,
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (reached.length = 0));

  const nowSec = () => Math.floor(nowMs / 1000);
  const post = (body: string, ts: number) => postCaptured(`${url}/slack/events`, body, signedHeaders(SECRET, body, ts));

  it('hands a signed request to Bolt with its body already read, once', async () => {
    const body = formBody({ command: '/summit', text: 'list' });
    expect((await post(body, nowSec())).status).toBe(200);
    expect(reached).toEqual([{ path: '/slack/events', rawBody: body }]);
    expect((await post(body, nowSec())).status).toBe(401);
    expect(reached).toHaveLength(1);
    expect(logs.at(-1)).toMatchObject({ msg: 'slack request refused', reason: 'replay', status: 401 });
  });

  it('checks timestamps against its clock: more than five minutes either way is refused', async () => {
    const body = formBody({ command: '/summit', text: 'clock' });
    expect((await post(body, nowSec() + 301)).status).toBe(401);
    expect(logs.at(-1)).toMatchObject({ reason: 'future' });
    expect((await post(body, nowSec() - 301)).status).toBe(401);
    expect(logs.at(-1)).toMatchObject({ reason: 'stale' });
    expect((await post(body, nowSec() + 300)).status).toBe(200);
    expect(reached).toHaveLength(1);
  });

  it('once the window has passed, a captured request is refused as stale and forgotten', async () => {
    const body = formBody({ command: '/summit', text: 'later' });
    const ts = nowSec();
    expect((await post(body, ts)).status).toBe(200);
    nowMs += 6 * 60 * 1000;
    expect((await post(body, ts)).status).toBe(401);
    expect(logs.at(-1)).toMatchObject({ reason: 'stale' });
    expect(seen.has(signedHeaders(SECRET, body, ts)['x-slack-signature']!)).toBe(false);
  });

  it('refuses a wrong signature, and leaves other paths and methods to Bolt', async () => {
    const body = formBody({ command: '/summit', text: 'forged' });
    const headers = { ...signedHeaders(SECRET, body, nowSec()), 'x-slack-signature': `v0=${'0'.repeat(64)}` };
    expect((await postCaptured(`${url}/slack/events`, body, headers)).status).toBe(401);
    expect(logs.at(-1)).toMatchObject({ reason: 'bad-signature' });
    expect((await fetch(`${url}/slack/events`)).status).toBe(200);
    expect((await fetch(`${url}/healthz`, { method: 'POST', body: 'x' })).status).toBe(200);
    expect(reached.map((r) => r.path)).toEqual(['/slack/events', '/healthz']);
    expect(reached.every((r) => r.rawBody === undefined)).toBe(true);
  });

  it("passes Slack's unsigned ssl_check on as nothing but ssl_check=1", async () => {
    const res = await fetch(`${url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=abc&payload=%7B%22type%22%3A%22x%22%7D',
    });
    expect(res.status).toBe(200);
    expect(reached).toEqual([{ path: '/slack/events', rawBody: 'ssl_check=1' }]);
    const other = await fetch(`${url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'command=%2Fsummit&text=list',
    });
    expect(other.status).toBe(401);
    expect(reached).toHaveLength(1);
  });

  it('refuses a body still trickling in after the deadline with 408 and closes the connection', async () => {
    const req = rawPost(`${url}/slack/events`, {
      'content-type': 'application/json',
      'content-length': '1000',
      'x-slack-signature': `v0=${'0'.repeat(64)}`,
      'x-slack-request-timestamp': String(nowSec()),
    });
    await req.write('{"type":');
    expect(await within(req.status, 2000, 'the 408')).toBe(408);
    await within(req.closed, 2000, 'the connection closed');
    expect(logs.at(-1)).toMatchObject({ reason: 'too-slow', status: 408 });
    expect(reached).toHaveLength(0);
  });
});
