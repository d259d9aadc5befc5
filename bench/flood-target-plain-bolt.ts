/**
 * The bot as it served HTTP before issue 9: Summit's Bolt app behind Bolt's plain HTTPReceiver (reads
 * up to 4 MB of any body before checking its signature). Only for `bench/unsigned-flood.ts --plain-bolt`,
 * which bundles it with esbuild and runs it with plain Node, as `npm start` runs the bot.
 * Environment as the bot's: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL, PORT, INDEX_DIR.
 */
import { HTTPReceiver } from '@slack/bolt';
import { openArchive } from '../src/search/archive';
import { loadConfig } from '../src/config';
import { boltLogger, createLogger } from '../src/logger';
import { EVENTS_PATH } from '../src/slack/create-receiver';
import { createSlackApp } from '../src/slack/create-slack-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret!,
    endpoints: EVENTS_PATH,
    port: config.port,
    logger: boltLogger(logger),
  });
  const app = createSlackApp({ config, archive: openArchive(config.indexDir), logger, receiver, now: () => new Date() });
  await app.start(config.port);
  logger.info({ mode: 'http', port: config.port, receiver: 'plain HTTPReceiver' }, 'Summit is running');
  process.once('SIGTERM', () => void app.stop().finally(() => process.exit(0)));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
