import type { Server } from 'node:http';
import { HTTPReceiver, SocketModeReceiver, type Receiver, type SocketModeReceiverOptions } from '@slack/bolt';
import type { Config } from '../config';
import { boltLogger, type Logger } from '../logger';
import { guardSlackRequests } from './http/guard-slack-requests';
import { MAX_BODY_BYTES } from './http/request-limits';
import type { SignatureMemory } from './http/seen-signatures';
import type { ArchiveSource } from '../search/archive';
import type { StateStore } from '../state/store';
import { HEALTH_PATH, healthRoute } from './healthz';

/** Slack's requests arrive here in HTTP mode: commands, events and button clicks alike. */
export const EVENTS_PATH = '/slack/events';

/** What tests may change in HTTP mode: the clock signatures are checked against, and their memory. */
export interface HttpGuardOptions {
  nowMs?: () => number;
  seen?: SignatureMemory;
}

/** The bot's shared state and index: the replay memory, the OAuth installations and /healthz use them. */
export interface ReceiverState {
  store: StateStore;
  archive: ArchiveSource;
}

/** The bot scopes an OAuth install asks for (manifest.yml lists and explains them). */
export const BOT_SCOPES = ['commands', 'app_mentions:read', 'chat:write', 'im:history', 'assistant:write', 'channels:read', 'groups:read'];
export const INSTALL_PATH = '/slack/install';
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

/**
 * The receiver `config.mode` asks for: Socket Mode with the app token, or HTTP on `config.port`, where
 * each request is screened before Bolt reads it (src/slack/http/guard-slack-requests.ts): signature
 * headers, five-minute window both ways, body limit, replays.
 */
export function createReceiver(config: Config, logger: Logger, guard: HttpGuardOptions = {}, state?: ReceiverState): Receiver {
  if (config.mode === 'socket' && config.appToken) {
    const clientOptions = config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {};
    // The Socket Mode client and its own WebClient log through the same adapter.
    if (!(config.oauth && state))
      return new SocketModeReceiver({ appToken: config.appToken, logger: boltLogger(logger), installerOptions: { clientOptions } });
    // Slack's install flow: Bolt serves /slack/install and /slack/oauth_redirect (and here /healthz) on PORT.
    const oauth = oauthOptions(config, state.store);
    return new InstallPagesSocketModeReceiver(
      {
        appToken: config.appToken,
        logger: boltLogger(logger),
        ...oauth,
        installerOptions: { ...oauth.installerOptions, port: config.port },
        customRoutes: [{ path: HEALTH_PATH, method: ['GET'], handler: healthRoute(state.archive, state.store) }],
      },
      logger,
    );
  }
  if (config.mode === 'http' && config.signingSecret) {
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: EVENTS_PATH,
      port: config.port,
      logger: boltLogger(logger),
      bodyLimit: MAX_BODY_BYTES,
      customRoutes: state ? [{ path: HEALTH_PATH, method: ['GET'], handler: healthRoute(state.archive, state.store) }] : [],
      ...(config.oauth && state ? oauthOptions(config, state.store) : {}),
    });
    // With a store, the replay memory is the store's: PostgreSQL shares it between replicas.
    const seen = guard.seen ?? state?.store.signatures;
    receiver.requestListener = guardSlackRequests(receiver.requestListener, {
      signingSecret: config.signingSecret,
      logger,
      endpoints: [EVENTS_PATH],
      ...guard,
      seen,
    });
    return receiver;
  }
  throw new Error(
    `Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode); this configuration is for mode "${config.mode}"`,
  );
}

/**
 * Socket Mode with Slack's install flow on PORT. Bolt's own start() calls `listen` on its install
 * server without waiting and without an 'error' listener, so a port in use would surface as an
 * uncaught exception while the bot runs on without install pages; this start listens first and
 * rejects with the server's error (EADDRINUSE, EACCES: src/startup/start-problem.ts says what to do),
 * then opens the Socket Mode connection.
 */
class InstallPagesSocketModeReceiver extends SocketModeReceiver {
  private readonly installPort: number;
  private readonly log: Logger;
  constructor(options: SocketModeReceiverOptions & { installerOptions: { port: number } }, log: Logger) {
    super(options);
    this.installPort = options.installerOptions.port;
    this.log = log;
  }

  override async start(): ReturnType<SocketModeReceiver['start']> {
    // Bolt keeps the server private; it exists whenever the installer does.
    const server = (this as unknown as { httpServer?: Server }).httpServer;
    // Not where this Bolt version keeps it: Bolt's own start (which listens without waiting).
    if (!server) return super.start();
    if (!server.listening) {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(this.installPort, () => {
          server.off('error', reject);
          resolve();
        });
      });
      // Later server errors are logged, never fatal.
      server.on('error', (err) => this.log.error({ err }, 'install pages server error'));
    }
    try {
      return await this.client.start();
    } catch (error) {
      server.close();
      throw error;
    }
  }
}

/**
 * Slack's install flow (Bolt's InstallProvider): `GET /slack/install` links to Slack's consent page
 * with a signed state (SLACK_STATE_SECRET, and a cookie in the browser), `GET /slack/oauth_redirect`
 * exchanges the code with `oauth.v2.access` and stores the installation; every request is then
 * authorized with the token of its own workspace.
 */
function oauthOptions(config: Config, store: StateStore) {
  const oauth = config.oauth!;
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: BOT_SCOPES,
    installationStore: store.installations,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      // SLACK_API_URL reaches oauth.v2.access too (tests, proxies).
      clientOptions: config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {},
    },
  };
}
