import { HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Config } from '../config';
import { boltLogger, type Logger } from '../logger';

/** Slack's requests arrive here in HTTP mode: commands, events and button clicks alike. */
export const EVENTS_PATH = '/slack/events';

/**
 * The receiver `config.mode` asks for: Socket Mode with the app token, or HTTP on `config.port`
 * (Bolt checks each request's signature and refuses any older than 5 minutes).
 */
export function createReceiver(config: Config, logger: Logger): Receiver {
  if (config.mode === 'socket' && config.appToken) {
    return new SocketModeReceiver({
      appToken: config.appToken,
      logger: boltLogger(logger),
      installerOptions: { clientOptions: config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {} },
    });
  }
  if (config.mode === 'http' && config.signingSecret) {
    return new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: EVENTS_PATH, port: config.port, logger: boltLogger(logger) });
  }
  throw new Error(`Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode); this configuration is for mode "${config.mode}"`);
}
