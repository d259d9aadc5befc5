/**
 * The command line of docs/contract.md. A bad argument or configuration exits 2 with a one-line
 * reason on stderr; a missing or stale index, or unusable state, exits 1 saying what to do.
 */
import './cli/load-dotenv';
import { ConfigError } from './config';
import { ArchiveError } from './search/archive-error';
import { parseArgs, UsageError, USAGE, type ParsedArgs } from './cli/args';
import { exitQuietlyOnClosedPipe, processIo, type CliIo } from './cli/io';

async function runCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  // Each command's modules are imported when it is asked for: a question need not load the build,
  // Slack's Web API client or the state stores (scripts/bundle.js keeps them apart), nor an update
  // the answers.
  if (args.command === 'index') return (await import('./cli/index-command')).runIndexCommand(args, io);
  if (args.command === 'daily') return (await import('./cli/daily')).runDailyCommand(args, io);
  if (args.command === 'shell') return (await import('./shell/run-shell-command')).runShellCommand(args, io);
  if (args.command === 'feedback') return (await import('./cli/feedback')).runFeedbackCommand(args, io);
  return (await import('./cli/answer-commands')).runAnswerCommand(args, io);
}

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (!args.command || args.command === 'help' || args.flags.has('--help')) {
      io.stdout.write(`${USAGE}\n`);
      return args.command ? 0 : 2;
    }
    return await runCommand(args, io);
  } catch (e) {
    // A configuration problem starts with the variable's name, as in the bot's report.
    if (e instanceof ConfigError) return fail(io, e.oneLine(), 2);
    if (e instanceof UsageError) return fail(io, `summit: ${e.message}`, 2);
    if (e instanceof ArchiveError) return fail(io, `summit: ${e.message}`, 1);
    // The state files' errors come only from the commands that load them: their modules (and zod,
    // which they need) are not loaded before an error asks.
    const [{ LedgerError }, { SubscriptionsError }] = await Promise.all([import('./daily/ledger'), import('./daily/subscriptions')]);
    if (e instanceof LedgerError || e instanceof SubscriptionsError) return fail(io, `summit: ${e.message}`, 1);
    throw e;
  }
}

function fail(io: CliIo, line: string, code: number): number {
  io.stderr.write(`${line}\n`);
  return code;
}

/** The command line of this process: what `npm run cli` runs (from the bundle, scripts/cli.js). */
export function runFromCommandLine(): void {
  exitQuietlyOnClosedPipe(process.stdout);
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`summit: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runFromCommandLine();
