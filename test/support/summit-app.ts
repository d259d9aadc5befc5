/** The real Summit Bolt app over HTTP on loopback, talking to a fake Slack, with its log lines captured. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { App } from '@slack/bolt';
import type { Archive } from '../../src/search/archive';
import type { Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createSlackApp } from '../../src/slack/create-slack-app';
import type { SlackAppDeps, SubscriptionCommand } from '../../src/slack/deps';
import type { FakeSlack } from './fake-slack';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-fake-2';

export function testConfig(fake: FakeSlack, overrides: Partial<Config> = {}): Config {
  return {
    mode: 'http',
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    slackApiUrl: fake.apiUrl,
    port: 0,
    indexDir: 'index',
    dailyChannels: [],
    dailyTime: { hour: 9, minute: 0, text: '09:00' },
    dailyTz: 'UTC',
    dailyEmpty: 'skip',
    stateDir: '.data-test',
    logLevel: 'debug',
    ...overrides,
  };
}

export interface RunningSummit {
  app: App;
  /** `http://127.0.0.1:<port>/slack/events` */
  eventsUrl: string;
  /** Every log line, parsed. */
  logs: Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startSummitApp(opts: {
  fake: FakeSlack;
  archive: Archive;
  now?: () => Date;
  subscriptionCommand?: SubscriptionCommand;
  /** Further dependencies (a feedback store, the daily channels…). */
  deps?: Partial<SlackAppDeps>;
}): Promise<RunningSummit> {
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const config = testConfig(opts.fake);
  const app = createSlackApp({
    config,
    archive: opts.archive,
    logger,
    now: opts.now,
    subscriptionCommand: opts.subscriptionCommand,
    retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 20 },
    ...opts.deps,
  });
  // The receiver is the one config.mode 'http' picks, listening on an ephemeral loopback port.
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  return { app, eventsUrl: `http://127.0.0.1:${port}/slack/events`, logs, stop: () => app.stop() as Promise<void> };
}
