import { HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Config } from '../config';
import { boltLogger, type Logger } from '../logger';
import { guardSlackRequests } from './http/guard-slack-requests';
import { MAX_BODY_BYTES } from './http/request-limits';
import type { SeenSignatures } from './http/seen-signatures';

/** Slack's requests arrive here in HTTP mode: commands, events and button clicks alike. */
export const EVENTS_PATH = '/slack/events';

/** What tests may change in HTTP mode: the clock signatures are checked against, and their memory. */
export interface HttpGuardOptions {
  nowMs?: () => number;
  seen?: SeenSignatures;
}

/**
 * The receiver `config.mode` asks for: Socket Mode with the app token, or HTTP on `config.port`, where
 * each request is screened before Bolt reads it (src/slack/http/guard-slack-requests.ts): signature
 * headers, five-minute window both ways, body limit, replays.
 */
export function createReceiver(config: Config, logger: Logger, guard: HttpGuardOptions = {}): Receiver {
  if (config.mode === 'socket' && config.appToken) {
    return new SocketModeReceiver({
      appToken: config.appToken,
      // The Socket Mode client and its own WebClient log through the same adapter.
      logger: boltLogger(logger),
      installerOptions: { clientOptions: config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {} },
    });
  }
  if (config.mode === 'http' && config.signingSecret) {
    const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: EVENTS_PATH, port: config.port, logger: boltLogger(logger), bodyLimit: MAX_BODY_BYTES });
    receiver.requestListener = guardSlackRequests(receiver.requestListener, { signingSecret: config.signingSecret, logger, endpoints: [EVENTS_PATH], ...guard });
    return receiver;
  }
  throw new Error(`Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode); this configuration is for mode "${config.mode}"`);
}
