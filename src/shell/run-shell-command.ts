import { commandConfig, type ParsedArgs } from '../cli/args';
import { wantsColor, type CliIo } from '../cli/io';
import { openArchive } from '../search/archive';
import { runShell } from './run-shell';

/**
 * `cli shell [--index DIR] [--color|--no-color] [--blocks]`: the local shell on an index (default
 * INDEX_DIR); `--blocks` prints the Block Kit JSON Slack would get instead of terminal text.
 * Exit 0 at the end of input. Its configuration is read as every command's: a DAILY_TZ that is no
 * time zone stops it before the first line (exit 2, the reason on stderr, thrown to cli.ts) rather
 * than answering "today" in another zone than the bot's; a missing or stale index exits 1.
 */
export async function runShellCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const config = commandConfig(args, io.env, 'command');
  await runShell({
    archive: openArchive(config.indexDir),
    input: io.stdin,
    output: io.stdout,
    now: io.now,
    color: wantsColor(io, args.flags),
    timeZone: config.dailyTz,
    prompt: io.stdin.isTTY ? 'summit> ' : undefined,
    blocks: args.flags.has('--blocks'),
  });
  return 0;
}
