import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli/io';

/** A CliIo whose output a test reads back. */
export function captureIo(env: NodeJS.ProcessEnv = {}, now = new Date('2026-11-25T08:00:00Z')): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdout, stderr, env, now: () => now, out: () => out, err: () => err };
}
