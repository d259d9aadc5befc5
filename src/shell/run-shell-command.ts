import { ArchiveError, openArchive } from '../answers';
import { runShell } from './run-shell';

export interface ShellIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  now: () => Date;
}

const processShellIo = (): ShellIo => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, now: () => new Date() });

/**
 * `cli shell [--index DIR] [--no-color]`: the local shell on an index (default INDEX_DIR, else
 * `index`). Returns the exit code: 0 at the end of input, 1 when the index is missing or stale.
 */
export async function runShellCommand(args: string[], env: NodeJS.ProcessEnv = process.env, io: ShellIo = processShellIo()): Promise<number> {
  const at = args.indexOf('--index');
  const indexDir = (at >= 0 ? args[at + 1] : undefined) ?? env.INDEX_DIR ?? 'index';
  const color = !args.includes('--no-color') && (args.includes('--color') || (Boolean(io.stdout.isTTY) && env.NO_COLOR === undefined));
  let timeZone = env.DAILY_TZ || 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    io.stderr.write(`summit: DAILY_TZ "${timeZone}" is not an IANA time zone; the shell reads "today" in UTC\n`);
    timeZone = 'UTC';
  }
  let archive;
  try {
    archive = openArchive(indexDir);
  } catch (error) {
    if (error instanceof ArchiveError) {
      io.stderr.write(`summit: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  await runShell({
    archive,
    input: io.stdin as unknown as import('node:stream').Readable,
    output: io.stdout as unknown as import('node:stream').Writable,
    now: io.now,
    color,
    timeZone,
    prompt: io.stdin.isTTY ? 'summit> ' : undefined,
  });
  return 0;
}
