import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io';

/** A CliIo whose output a test reads back; stdin gives `input` (nothing by default). */
export function captureIo(
  env: NodeJS.ProcessEnv = {},
  now = new Date('2026-11-25T08:00:00Z'),
  input = '',
): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdin: Readable.from(input ? [input] : []), stdout, stderr, env, now: () => now, out: () => out, err: () => err };
}
