import * as path from 'node:path';
import { checkConfig } from '../../src/config';
import { checkStart } from '../../src/startup/check-start';
import { tmpStateDir } from '../daily/helpers';

const INDEX = path.resolve(__dirname, '../../index');
const OAUTH = {
  SLACK_CLIENT_ID: '1234567890.1234567890',
  SLACK_CLIENT_SECRET: 'client-secret-0123',
  SLACK_STATE_SECRET: 'state-secret-0123456789abcdef',
};

describe('configuration of the store and of OAuth', () => {
  it('reads DATABASE_URL and the three OAuth variables; HTTP mode then needs no bot token', () => {
    const { config, problems } = checkConfig({
      SLACK_SIGNING_SECRET: 'signing-secret-1',
      DATABASE_URL: 'postgres://u:p@db:5432/summit',
      ...OAUTH,
    });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      mode: 'http',
      databaseUrl: 'postgres://u:p@db:5432/summit',
      oauth: { clientId: OAUTH.SLACK_CLIENT_ID },
    });
  });

  it('Socket Mode serves the install flow too: no signing secret, no bot token; the install pages listen on PORT', () => {
    const { config, problems } = checkConfig({ SLACK_APP_TOKEN: 'xapp-1-A0-fake', PORT: '3456', ...OAUTH });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ mode: 'socket', port: 3456, botToken: undefined, oauth: { clientId: OAUTH.SLACK_CLIENT_ID } });
  });

  it('Socket Mode with OAuth still refuses a static bot token and a half-done setup', () => {
    const { problems } = checkConfig({ SLACK_APP_TOKEN: 'xapp-1-A0-fake', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_CLIENT_ID: '1.2' });
    expect(problems).toEqual([
      expect.stringMatching(/^SLACK_CLIENT_SECRET: Slack's install flow/),
      expect.stringMatching(/^SLACK_STATE_SECRET: Slack's install flow/),
      expect.stringMatching(/^SLACK_BOT_TOKEN: leave it empty/),
    ]);
  });

  it('cli daily reads the OAuth variables: then it needs no bot token, and refuses one', () => {
    const { config, problems } = checkConfig({ STATE_DIR: '.data', ...OAUTH }, 'daily');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ oauth: { clientId: OAUTH.SLACK_CLIENT_ID }, botToken: undefined });
    expect(checkConfig({ SLACK_BOT_TOKEN: 'xoxb-1', ...OAUTH }, 'daily').problems).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: leave it empty/),
    ]);
    expect(checkConfig({}, 'daily').problems).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN is not set: the daily command/)]);
  });

  it('lists every problem of a half-done OAuth setup at once', () => {
    const { problems } = checkConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_CLIENT_ID: '1.2', DATABASE_URL: 'mysql://x' });
    expect(problems).toEqual([
      expect.stringMatching(/^DATABASE_URL: must be a PostgreSQL connection string/),
      expect.stringMatching(/^SLACK_CLIENT_SECRET: Slack's install flow/),
      expect.stringMatching(/^SLACK_STATE_SECRET: Slack's install flow/),
      expect.stringMatching(/^SLACK_SIGNING_SECRET: /),
      expect.stringMatching(/^SLACK_BOT_TOKEN: leave it empty/),
    ]);
  });

  it('a database that cannot be reached is a start problem listed with the others; STATE_DIR is not checked', async () => {
    const checked = await checkStart(
      {
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 'signing-secret-1',
        INDEX_DIR: INDEX,
        STATE_DIR: '/proc/no-such/state',
        DATABASE_URL: 'postgres://u:p@127.0.0.1:9/summit',
      },
      { checkToken: async () => ({ problem: 'SLACK_BOT_TOKEN: refused' }) },
    );
    expect(checked.problems).toEqual([
      expect.stringMatching(/^DATABASE_URL: the database cannot be reached or migrated \(ECONNREFUSED\)/),
      'SLACK_BOT_TOKEN: refused',
    ]);
  });

  it('without DATABASE_URL the files store is opened in STATE_DIR', async () => {
    const checked = await checkStart(
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'signing-secret-1', INDEX_DIR: INDEX, STATE_DIR: tmpStateDir() },
      { checkToken: async () => ({ identity: { botId: 'B1', botUserId: 'U1' } }) },
    );
    expect(checked.problems).toBeUndefined();
    expect(!checked.problems && checked.store?.kind).toBe('files');
    if (!checked.problems) checked.archive.close();
  });
});
