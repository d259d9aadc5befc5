/**
 * Start-up: configuration, logger, archive, then Slack (Socket Mode or HTTP) with the daily post,
 * or the local shell when no Slack token is set. Operator errors stop the start with every problem.
 */
import 'dotenv/config';
import { ArchiveError, openArchiveInStages, type Archive } from './answers';
import { watchArchive } from './search/watch-archive';
import { ConfigError, loadConfig, type Config } from './config';
import { handleSubscriptionCommand, startDailyFromConfig, subscriptionsFromConfig } from './daily';
import { createLogger, type Logger } from './logger';
import { exitQuietlyOnClosedPipe } from './cli/io';
import { runShell } from './shell/run-shell';
import { createSlackApp } from './slack/create-slack-app';

const SHELL_BANNER = (indexDir: string) =>
  `Summit: no Slack tokens set, so this is the local shell on the bundled archive (${indexDir}/); to connect Slack, fill in .env as .env.example shows (docs/slack-setup.md walks through it). Type /summit help.\n`;

/** Stops the start with a message on stderr; the exit code is 1. */
function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

async function runLocalShell(config: Config, archive: Archive): Promise<number> {
  exitQuietlyOnClosedPipe(process.stdout);
  process.stdout.write(SHELL_BANNER(config.indexDir));
  await runShell({
    archive,
    input: process.stdin,
    output: process.stdout,
    now: () => new Date(),
    color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
    timeZone: config.dailyTz,
    prompt: process.stdin.isTTY ? 'summit> ' : undefined,
  });
  return 0;
}

async function runSlack(config: Config, archive: Archive, logger: Logger): Promise<void> {
  // One failed request must never end the process: log it and keep serving.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception'));

  const subscriptions = subscriptionsFromConfig(config);
  const app = createSlackApp({
    config,
    archive,
    logger,
    now: () => new Date(),
    subscriptionCommand: (args) => handleSubscriptionCommand(subscriptions, args),
  });
  if (config.mode === 'http') await app.start(config.port);
  else await app.start();
  const daily = startDailyFromConfig(config, { archive, client: app.client, logger, subscriptions });
  logger.info({ mode: config.mode, port: config.mode === 'http' ? config.port : undefined, dailyChannels: config.dailyChannels.length }, 'Summit is running');
  watchArchive(archive, logger);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'Summit is stopping');
    daily.stop();
    app.stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number | null> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  let archive: Archive;
  try {
    archive = openArchiveInStages(config.indexDir);
  } catch (error) {
    if (error instanceof ArchiveError) return fail(`Summit cannot start: ${error.message}`);
    throw error;
  }
  if (config.mode === 'shell') return runLocalShell(config, archive);
  await runSlack(config, archive, createLogger(config.logLevel));
  return null; // keeps running until a signal
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
