import { App, webApi } from '@slack/bolt';
import { boltLogger } from '../logger';
import { createReceiver } from './create-receiver';
import type { SlackAppDeps } from './deps';
import { slackErrorCode } from './slack-error-code';
import { registerListeners } from './listeners';

/**
 * The Bolt app: the receiver `config.mode` picks (or `deps.receiver`), a Web API client pointed at
 * `config.slackApiUrl`, and Summit's listeners. `app.start()` connects or listens.
 */
export function createSlackApp(deps: SlackAppDeps): App {
  const { config, logger } = deps;
  // With OAuth, each workspace's token comes from its installation (the receiver's installer authorizes).
  const app = new App({
    token: config.oauth ? undefined : config.botToken,
    // Known from the start's auth.test: Bolt then skips its own, whose failure it would only log.
    botId: deps.identity?.botId,
    botUserId: deps.identity?.botUserId,
    receiver: deps.receiver ?? createReceiver(config, logger, {}, deps.store ? { store: deps.store, archive: deps.archive } : undefined),
    // Bolt gives this logger to its WebClient as well (clientOptions.logger): library lines pass the same whitelist.
    logger: boltLogger(logger),
    clientOptions: {
      slackApiUrl: config.slackApiUrl,
      // Rate-limited calls wait for Retry-After; five tries keep a reply from arriving hours late.
      retryConfig: deps.retryConfig ?? webApi.retryPolicies.fiveRetriesInFiveMinutes,
    },
  });
  registerListeners(app, deps);
  // The last stop of anything a listener did not handle: logged, never fatal.
  app.error(async (error) => {
    logger.error({ err: error, code: slackErrorCode(error) }, 'unhandled error in a Slack request');
  });
  return app;
}
