import { webApi } from '@slack/bolt';
import { openArchive } from '../search/archive';
import { onThisDateComposer } from '../daily/compose';
import { runDaily, summarizeReport, type DailyReport } from '../daily/run-daily';
import { runWorkspaces } from '../daily/daily-job';
import { installedWorkspaces } from '../daily';
import { localDate } from '../daily/schedule';
import { slackPoster } from '../daily/slack-poster';
import { databaseProblem, openStore } from '../state/open-store';
import type { StateStore } from '../state/store';
import type { DailyConfig } from '../config';
import { boltLogger, createLogger } from '../logger';
import { commandConfig, flagValue, type ParsedArgs } from './args';
import type { CliIo } from './io';

function printReport(report: DailyReport, io: CliIo): void {
  const lines = [summarizeReport(report)];
  for (const p of report.posted) lines.push(`  posted   ${p.channel}  ts ${p.ts}`);
  for (const s of report.skipped) lines.push(`  skipped  ${s.channel}  ${s.reason.replace(/-/g, ' ')}${s.at ? ` (${s.at})` : ''}`);
  for (const f of report.failed) lines.push(`  failed   ${f.channel}  ${f.error}: ${f.fix}`);
  io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `npm run -s cli -- daily [--date YYYY-MM-DD] [--json] [--index DIR]`: posts the day's message to
 * every daily channel (DAILY_CHANNELS ∪ subscriptions) through the same ledger as the bot, so a
 * channel already posted that day is skipped. Exit 0: nothing failed; 1: a channel failed, or the
 * index, the subscriptions, the ledger or the database is unusable (thrown to cli.ts); 2: a bad
 * argument or configuration, the bot token included (thrown to cli.ts). With DATABASE_URL the
 * ledger and subscriptions are the database's, shared with every replica of the bot. With
 * SLACK_CLIENT_ID … (many workspaces) it posts for every installation in the store with that
 * workspace's own token, to its subscribed channels, through the ledger keyed by team (the bot's
 * daily job does the same, with the same code).
 */
export async function runDailyCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const config = commandConfig(args, io.env, 'daily');
  const date = flagValue(args, '--date') ?? localDate(io.now(), config.dailyTz);
  let store: StateStore;
  try {
    store = (await openStore({ ...config, now: io.now })).store;
  } catch (error) {
    if (!config.databaseUrl) throw error;
    io.stderr.write(`summit: ${databaseProblem(error)}\n`);
    return 1;
  }
  try {
    if (config.oauth) return await postDailyForInstallations(args, io, { config, date, store });
    return await postDaily(args, io, { config, date, store });
  } finally {
    await store.close();
  }
}

/** OAuth: every installed workspace with its own token, as the bot's daily job posts. */
async function postDailyForInstallations(
  args: ParsedArgs,
  io: CliIo,
  { config, date, store }: { config: DailyConfig; date: string; store: StateStore },
): Promise<number> {
  const logger = createLogger(config.logLevel, { write: (line: string) => io.stderr.write(line) });
  const workspaces = installedWorkspaces(store, config.slackApiUrl, logger);
  const teams = await store.installations.teams();
  if (teams.length === 0) {
    const empty: DailyReport = { date, posted: [], skipped: [], failed: [] };
    if (args.flags.has('--json')) io.stdout.write(`${JSON.stringify(empty)}\n`);
    else io.stdout.write('No installed workspace: install Summit through /slack/install first (SLACK_CLIENT_ID … is set).\n');
    return 0;
  }
  const archive = openArchive(config.indexDir);
  const report = await runWorkspaces(date, {
    ledger: store.ledger,
    subscriptions: store.subscriptions,
    workspaces,
    composePost: onThisDateComposer(archive, { empty: config.dailyEmpty }),
    logger,
    now: io.now,
  });
  if (args.flags.has('--json')) io.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report, io);
  return report.failed.length > 0 ? 1 : 0;
}

async function postDaily(
  args: ParsedArgs,
  io: CliIo,
  { config, date, store }: { config: DailyConfig; date: string; store: StateStore },
): Promise<number> {
  const channels = [...new Set([...config.dailyChannels, ...(await store.subscriptions.list()).map((s) => s.channel)])];
  if (channels.length === 0) {
    const empty: DailyReport = { date, posted: [], skipped: [], failed: [] };
    if (args.flags.has('--json')) io.stdout.write(`${JSON.stringify(empty)}\n`);
    else io.stdout.write('No daily channels: set DAILY_CHANNELS, or type /summit subscribe in a channel.\n');
    return 0;
  }

  const archive = openArchive(config.indexDir);
  const logger = createLogger(config.logLevel, { write: (line: string) => io.stderr.write(line) });
  const client = new webApi.WebClient(config.botToken, {
    slackApiUrl: config.slackApiUrl,
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
    // The client's own lines go through the same whitelist as the bot's: never a payload or a token.
    logger: boltLogger(logger),
  });
  const report = await runDaily(date, {
    ledger: store.ledger,
    channels,
    composePost: onThisDateComposer(archive, { empty: config.dailyEmpty }),
    post: slackPoster(client),
    logger,
    now: io.now,
  });
  if (args.flags.has('--json')) io.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report, io);
  return report.failed.length > 0 ? 1 : 0;
}
