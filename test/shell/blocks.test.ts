/** `cli shell --blocks`: the Block Kit JSON Slack would get for each line, the same as the Slack app composes. */
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { composeReply } from '../../src/slack/compose-reply';
import type { SlackAppDeps } from '../../src/slack/deps';
import { bundledArchive } from '../support/small-archive';
import { captureIo } from '../support/capture-io';

const INDEX = join(__dirname, '..', '..', 'index');
const NOW = new Date('2023-12-30T08:00:00Z');

/** The JSON documents the shell printed, one per reply. */
const documents = (out: string) =>
  out
    .split(/\n\n(?=\{)/)
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => JSON.parse(d) as { text?: string; blocks: Array<{ type: string }>; type?: string });

const deps = {
  config: { dailyTz: 'UTC' },
  archive: bundledArchive(),
  logger: { error: () => undefined },
  now: () => NOW,
} as unknown as SlackAppDeps;

async function blocksFor(input: string) {
  const io = captureIo({}, NOW, input);
  expect(await runCli(['shell', '--blocks', '--index', INDEX], io)).toBe(0);
  expect(io.err()).toBe('');
  return documents(io.out());
}

describe('cli shell --blocks', () => {
  it('prints for /summit … exactly what the slash command replies with', async () => {
    const [reply] = await blocksFor('/summit 2022-06-15\n');
    const slack = await composeReply(deps, '2022-06-15', {
      replyIn: 'ephemeral',
      userId: 'U1',
      channelId: 'C1',
      asked: '/summit 2022-06-15',
      share: true,
      feedback: 'buttons',
      showContext: true,
    });
    expect(reply).toEqual(JSON.parse(JSON.stringify(slack)));
    expect(JSON.stringify(reply)).toContain('15 June 2022 · phone call · 2 articles');
  });

  it('prints for a mention what the thread reply is, and the citations say what is unknown', async () => {
    const [reply] = await blocksFor("@summit when is Xi's birthday?\n");
    const slack = await composeReply(deps, "when is Xi's birthday?", {
      replyIn: 'thread',
      userId: 'U1',
      channelId: 'C1',
      feedback: 'context_actions',
      showContext: true,
    });
    expect(reply).toEqual(JSON.parse(JSON.stringify(slack)));
    expect(JSON.stringify(reply)).toContain('(title from the first sentence) · source unknown');
  });

  it('prints one JSON document per line typed, "more" and help included, and no terminal text', async () => {
    const docs = await blocksFor('/summit 2022-06-15\nmore\n/summit help\n/summit subscribe\nhome\n');
    expect(docs).toHaveLength(5);
    expect(docs[2]!.text).toContain('How to use /summit');
    expect(docs[3]!.text).toContain('Subscriptions are for Slack channels');
    expect(docs[4]!.type).toBe('home');
    for (const d of docs) expect(Array.isArray(d.blocks)).toBe(true);
  });
});
