import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Ledger } from '../../src/daily/ledger';
import { startFakeSlack } from '../support/fake-slack';
import { tmpStateDir } from './helpers';

const run = promisify(execFile);
const CHILD = path.join(__dirname, 'fixtures', 'race-daily.ts');

describe('two bot processes sharing one STATE_DIR', () => {
  it('post each channel exactly once between them', async () => {
    const fake = await startFakeSlack();
    try {
      const stateDir = tmpStateDir();
      const go = path.join(stateDir, 'GO');
      const channels = Array.from({ length: 8 }, (_, i) => `C0RACE${i}`);
      const env = { ...process.env, STATE_DIR: stateDir, SLACK_API_URL: fake.apiUrl, CHANNELS: channels.join(','), GO: go };
      const children = [1, 2].map(() => run(process.execPath, ['--import', 'tsx', CHILD], { env, cwd: path.resolve(__dirname, '../..') }));
      setTimeout(() => fs.writeFileSync(go, ''), 1500); // both processes are up by then, and start together
      const reports = (await Promise.all(children)).map((c) => JSON.parse(c.stdout) as { posted: Array<{ channel: string }> });

      const posted = fake.callsTo('chat.postMessage').map((c) => String(c.body.channel));
      expect(posted.sort()).toEqual(channels);
      expect(reports.flatMap((r) => r.posted.map((p) => p.channel)).sort()).toEqual(channels);
      expect(new Ledger(stateDir).entries().every((e) => e.status === 'posted')).toBe(true);
    } finally {
      await fake.close();
    }
  }, 30_000);
});
