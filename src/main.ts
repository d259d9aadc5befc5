/**
 * Start-up: every check at once (configuration, index, state folder, the bot token with Slack), then
 * Slack (Socket Mode or HTTP) with the daily post, or the local shell when no Slack token is set.
 * Operator errors stop the start with every problem listed, and no stack.
 */
import 'dotenv/config';
import type { LiveArchive } from './search/live-archive';
import { ConfigError, type Config } from './config';
import { checkStart } from './startup/check-start';
import type { BotIdentity } from './startup/check-bot-token';
import { startProblem } from './startup/start-problem';
import { dailyChannelsFromConfig, handleSubscriptionCommand, startDailyFromConfig } from './daily';
import { importLine } from './state/open-store';
import type { ImportSummary } from './state/import-state-dir';
import type { StateStore } from './state/store';
import { createLogger, type Logger } from './logger';
import { exitQuietlyOnClosedPipe, wantsColor } from './cli/io';
import { runShell } from './shell/run-shell';
import { shellBanner } from './render/copy';
import { createSlackApp } from './slack/create-slack-app';

const SHELL_BANNER = (indexDir: string) => `${shellBanner(indexDir)}\n`;

/** Stops the start with a message on stderr; the exit code is 1. */
function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

async function runLocalShell(config: Config, archive: LiveArchive, env: NodeJS.ProcessEnv): Promise<number> {
  exitQuietlyOnClosedPipe(process.stdout);
  process.stdout.write(SHELL_BANNER(config.indexDir));
  await runShell({
    archive,
    input: process.stdin,
    output: process.stdout,
    now: () => new Date(),
    color: wantsColor({ stdout: process.stdout, env }),
    timeZone: config.dailyTz,
    prompt: process.stdin.isTTY ? 'summit> ' : undefined,
  });
  return 0;
}

/** Serves Slack until a signal; returns 1 when it cannot (PORT in use, app token refused). */
async function runSlack(
  config: Config,
  archive: LiveArchive,
  logger: Logger,
  { identity, store, imported }: { identity?: BotIdentity; store: StateStore; imported?: ImportSummary | null },
): Promise<number | null> {
  // One failed request must never end the process: log it and keep serving.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception'));

  if (imported) logger.info({ imported }, importLine(imported));
  const dailyChannels = dailyChannelsFromConfig(config, store);
  const app = createSlackApp({
    config,
    archive,
    logger,
    now: () => new Date(),
    subscriptionCommand: (args) => handleSubscriptionCommand(dailyChannels, args),
    store,
    identity,
  });
  try {
    if (config.mode === 'http') await app.start(config.port);
    else await app.start();
  } catch (error) {
    const problem = startProblem(error, config);
    await store.close();
    if (problem) return fail(problem);
    throw error;
  }
  const daily = startDailyFromConfig(config, { archive, client: app.client, logger, store });
  logger.info(
    {
      mode: config.mode,
      port: config.mode === 'http' || config.oauth ? config.port : undefined,
      botUserId: identity?.botUserId,
      dailyChannels: config.dailyChannels.length,
      store: store.kind,
      oauth: config.oauth !== undefined,
    },
    'Summit is running',
  );
  archive.logTo(logger);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'Summit is stopping');
    daily.stop();
    archive.close();
    app
      .stop()
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return null;
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number | null> {
  const checked = await checkStart(env);
  if (checked.problems) return fail(new ConfigError(checked.problems).message);
  const { config, archive, identity, store, imported } = checked;
  if (config.mode === 'shell' || !store) return runLocalShell(config, archive, env);
  return runSlack(config, archive, createLogger(config.logLevel), { identity, store, imported }); // null: runs until a signal
}

if (require.main === module) {
  main().then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Summit failed to start: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
