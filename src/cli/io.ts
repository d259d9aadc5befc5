import type { Readable, Writable } from 'node:stream';
import type { ParsedArgs } from './args';

/** What a command reads and writes, the environment and the clock: tests run commands in-process with their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

export const processIo = (): CliIo => ({
  // Read when a command reads it (the shell): opening stdin costs a one-shot command 5–10 ms.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
});

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Colour for a person at a terminal. --no-color and --color decide first; then NO_COLOR, set and not
 * empty (no-color.org: a terminal convention, not a Summit setting); then whether stdout is a terminal.
 */
export function wantsColor(io: Pick<CliIo, 'stdout' | 'env'>, flags?: ParsedArgs['flags']): boolean {
  if (flags?.has('--no-color')) return false;
  if (flags?.has('--color')) return true;
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
}

/** `… | head` closes the pipe early: stop quietly instead of crashing on EPIPE. */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
