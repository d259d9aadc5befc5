/**
 * The command line of ../shared/CONTRACT.md. A bad argument exits 2 with a one-line reason on
 * stderr; a missing or stale index exits 1 saying how to build it.
 */
import 'dotenv/config';
import { ArchiveError } from './answers';
import { BuildError } from './search/build-index';
import { parseArgs, UsageError } from './cli/args';
import { ANSWER_COMMANDS, runAnswerCommand } from './cli/answer-commands';
import { runIndexCommand } from './cli/index-command';
import { exitQuietlyOnClosedPipe, processIo, type CliIo } from './cli/io';

const USAGE = `usage: npm run -s cli -- <command> [args] [--json] [--index DIR]
  index [--corpus DIR] [--out DIR]   build the index and print the build report
  ask "<question>"                   the best cited excerpts for a question
  summit "<date or text>"            a day's summit (with what each side said), or a question
  quotes <name> [date or words]      what a speaker said, cited (Xi, Putin, Peskov, Kremlin, Xinhua…)
  events                             the timeline of summits
  on-this-date [MM-DD|YYYY-MM-DD]    the "on this date" message
  daily [--date YYYY-MM-DD]          post it to the daily channels, once per channel per day
  shell                              the local shell`;

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  // daily and shell read their own arguments, and load Slack's client only when asked for.
  if (argv[0] === 'daily') return (await import('./cli/daily')).runDailyCommand(argv.slice(1), io.env, { stdout: io.stdout, stderr: io.stderr, now: io.now });
  if (argv[0] === 'shell') return (await import('./shell/run-shell-command')).runShellCommand(argv.slice(1), io.env, { stdin: process.stdin, stdout: io.stdout, stderr: io.stderr, now: io.now });
  try {
    const args = parseArgs(argv);
    if (!args.command || args.command === 'help' || args.flags.has('--help')) {
      io.stdout.write(`${USAGE}\n`);
      return args.command ? 0 : 2;
    }
    if (args.command === 'index') return await runIndexCommand(args, io);
    if ((ANSWER_COMMANDS as readonly string[]).includes(args.command)) return runAnswerCommand(args, io);
    throw new UsageError(`unknown command "${args.command}"; try: ${['index', ...ANSWER_COMMANDS, 'daily', 'shell'].join(', ')}`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`summit: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ArchiveError || e instanceof BuildError) {
      io.stderr.write(`summit: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) {
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
