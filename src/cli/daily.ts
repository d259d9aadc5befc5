import { webApi } from '@slack/bolt';
import { ArchiveError, openArchive } from '../answers';
import { ConfigError, loadConfig } from '../config';
import { onThisDateComposer } from '../daily/compose';
import { Ledger, LedgerError } from '../daily/ledger';
import { runDaily, summarizeReport, type DailyReport } from '../daily/run-daily';
import { isCalendarDate, localDate } from '../daily/schedule';
import { slackPoster } from '../daily/slack-poster';
import { Subscriptions } from '../daily/subscriptions';
import { createLogger } from '../logger';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  now: () => Date;
}

const USAGE = 'usage: daily [--date YYYY-MM-DD] [--json] [--index DIR]';

interface DailyArgs {
  date?: string;
  json: boolean;
  index?: string;
}

function parseArgs(args: readonly string[]): DailyArgs | string {
  const out: DailyArgs = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') out.json = true;
    else if (flag === '--date') {
      const date = value();
      if (date === undefined) return `--date needs a date YYYY-MM-DD; ${USAGE}`;
      if (!isCalendarDate(date)) return `--date must be a calendar date written YYYY-MM-DD, not "${date}"`;
      out.date = date;
    } else if (flag === '--index') {
      const dir = value();
      if (!dir) return `--index needs a folder; ${USAGE}`;
      out.index = dir;
    } else return `unknown argument "${arg}"; ${USAGE}`;
  }
  return out;
}

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
 * index or the ledger is unusable; 2: a bad argument or configuration.
 */
export async function runDailyCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, now: () => new Date() },
): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`${message}\n`);
    return code;
  };
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(2, parsed);

  // The daily command needs only the bot token: read the rest as if no Slack mode were chosen.
  let config;
  try {
    config = loadConfig({ ...env, SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined, SLACK_APP_TOKEN: undefined });
  } catch (err) {
    if (err instanceof ConfigError) return fail(2, err.problems.join('; '));
    throw err;
  }
  const token = env.SLACK_BOT_TOKEN?.trim();
  if (!token) return fail(2, 'SLACK_BOT_TOKEN is not set: the daily command posts through the Slack Web API and needs the bot token xoxb-…');
  if (!/^xoxb-[A-Za-z0-9-]+$/.test(token)) return fail(2, 'SLACK_BOT_TOKEN must be a bot token starting with xoxb-');

  const date = parsed.date ?? localDate(io.now(), config.dailyTz);
  const subscriptions = new Subscriptions(config.stateDir, { configured: config.dailyChannels });
  let channels: string[];
  try {
    channels = subscriptions.channels();
  } catch (err) {
    return fail(1, (err as Error).message);
  }
  const empty: DailyReport = { date, posted: [], skipped: [], failed: [] };
  if (channels.length === 0) {
    if (parsed.json) io.stdout.write(`${JSON.stringify(empty)}\n`);
    else io.stdout.write('No daily channels: set DAILY_CHANNELS, or type /summit subscribe in a channel.\n');
    return 0;
  }

  let archive;
  try {
    archive = openArchive(parsed.index ?? config.indexDir);
  } catch (err) {
    if (err instanceof ArchiveError) return fail(1, err.message);
    throw err;
  }

  const logLevel = env.LOG_LEVEL?.trim() ? config.logLevel : 'warn';
  const logger = createLogger(logLevel, { write: (line: string) => io.stderr.write(line) });
  const client = new webApi.WebClient(token, {
    slackApiUrl: config.slackApiUrl,
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
    logLevel: webApi.LogLevel.ERROR,
  });

  let report: DailyReport;
  try {
    report = await runDaily(date, {
      ledger: new Ledger(config.stateDir, { now: io.now }),
      channels,
      composePost: onThisDateComposer(archive, { empty: config.dailyEmpty }),
      post: slackPoster(client),
      logger,
      now: io.now,
    });
  } catch (err) {
    if (err instanceof LedgerError) return fail(1, err.message);
    throw err;
  }
  if (parsed.json) io.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report, io);
  return report.failed.length > 0 ? 1 : 0;
}
