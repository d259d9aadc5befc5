import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { openFilesStore } from '../../src/state/files-store';
import { captureIo } from '../support/capture-io';

describe('npm run -s cli -- feedback', () => {
  it('lists stored feedback in the contract’s JSON shape, --since filtering by day', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'summit-feedback-cli-'));
    const store = openFilesStore(stateDir);
    await store.feedback.add({
      at: '2023-06-14T09:00:00.000Z',
      team: 'T1',
      user: 'U1',
      channel: 'C1',
      query: 'gas',
      verdict: 'helpful',
      citations: [{ articleId: 'a', paragraph: 1 }],
    });
    await store.feedback.add({
      at: '2023-06-15T09:00:00.000Z',
      team: 'T1',
      user: 'U2',
      channel: 'C1',
      query: 'quotes Putin',
      verdict: 'wrong-attribution',
      reason: 'Peskov',
      citations: [{ articleId: 'b', paragraph: 2 }],
    });
    await store.close();

    const all = captureIo({ STATE_DIR: stateDir });
    expect(await runCli(['feedback', '--json'], all)).toBe(0);
    expect(JSON.parse(all.out())).toEqual({
      feedback: [
        {
          at: '2023-06-14T09:00:00.000Z',
          team: 'T1',
          user: 'U1',
          channel: 'C1',
          query: 'gas',
          verdict: 'helpful',
          citations: [{ articleId: 'a', paragraph: 1 }],
        },
        {
          at: '2023-06-15T09:00:00.000Z',
          team: 'T1',
          user: 'U2',
          channel: 'C1',
          query: 'quotes Putin',
          verdict: 'wrong-attribution',
          reason: 'Peskov',
          citations: [{ articleId: 'b', paragraph: 2 }],
        },
      ],
    });

    const since = captureIo({ STATE_DIR: stateDir });
    expect(await runCli(['feedback', '--since', '2023-06-15'], since)).toBe(0);
    expect(since.out()).toContain('wrong-attribution');
    expect(since.out()).not.toContain('"gas"');
  });

  it('says so when there is none, and refuses a bad --since with exit 2', async () => {
    const empty = captureIo({ STATE_DIR: mkdtempSync(join(tmpdir(), 'summit-feedback-none-')) });
    expect(await runCli(['feedback'], empty)).toBe(0);
    expect(empty.out()).toBe('No feedback yet.\n');
    const bad = captureIo();
    expect(await runCli(['feedback', '--since', 'yesterday'], bad)).toBe(2);
    expect(bad.err()).toMatch(/--since must be a calendar date/);
  });
});
