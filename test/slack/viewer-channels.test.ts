/** The viewer's channels for the Home tab: paged, kept a short while per person, never holding the tab up. */
import { createLogger } from '../../src/logger';
import { createViewerChannels, type ChannelsClient } from '../../src/slack/viewer-channels';

type Reply = { channels: Array<{ id: string }>; response_metadata: { next_cursor: string } };

function client(reply: (args: { user: string; cursor?: string }) => Promise<Reply>) {
  const calls: Array<{ user: string; cursor?: string }> = [];
  const c = {
    users: {
      conversations: (args: { user: string; cursor?: string }) => {
        calls.push(args);
        return reply(args);
      },
    },
  } as unknown as ChannelsClient;
  return { c, calls };
}

describe('the viewer’s channels', () => {
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  beforeEach(() => (logs.length = 0));

  it('are kept a minute per person, then read again', async () => {
    let clock = 0;
    const read = createViewerChannels(logger, { now: () => clock });
    const { c, calls } = client(async () => ({ channels: [{ id: 'C1' }], response_metadata: { next_cursor: '' } }));
    expect(await read(c, 'T1', 'U1')).toEqual(new Set(['C1']));
    clock = 59_000;
    await read(c, 'T1', 'U1');
    expect(calls).toHaveLength(1);
    await read(c, 'T1', 'U2');
    expect(calls).toHaveLength(2);
    clock = 61_000;
    await read(c, 'T1', 'U1');
    expect(calls).toHaveLength(3);
  });

  it('give up waiting when Slack is slow (the tab goes out without the list), and the late answer is kept', async () => {
    const read = createViewerChannels(logger, { waitMs: 20 });
    let answer: (r: Reply) => void = () => undefined;
    const { c, calls } = client(() => new Promise<Reply>((resolve) => (answer = resolve)));
    expect(await read(c, 'T1', 'U1')).toBeNull();
    expect(logs.map((l) => l.msg)).toEqual(['the App Home shows no daily channels: users.conversations is slow']);
    answer({ channels: [{ id: 'C9' }], response_metadata: { next_cursor: '' } });
    expect(await read(c, 'T1', 'U1')).toEqual(new Set(['C9']));
    expect(calls).toHaveLength(1);
  });

  it('on an error, log one line with Slack’s code and no payload, and give no list', async () => {
    const read = createViewerChannels(logger);
    const error = Object.assign(new Error('An API error occurred: missing_scope'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'missing_scope', needed: 'channels:read' },
    });
    const { c } = client(() => Promise.reject(error));
    expect(await read(c, 'T1', 'U1')).toBeNull();
    expect(logs).toEqual([expect.objectContaining({ method: 'users.conversations', code: 'missing_scope' })]);
    expect(JSON.stringify(logs)).not.toContain('channels:read');
  });
});
