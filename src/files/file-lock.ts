import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A lock file shared by every process using one STATE_DIR: created with O_EXCL, so exactly one
 * process holds it. Holders keep it for milliseconds (a read-modify-write of a small JSON file),
 * never across a Slack call. A lock left by a crashed process is broken when its process is gone
 * (same host) or when it is older than `staleMs`.
 */
export interface LockOptions {
  /** A lock older than this is taken to be left by a crash (default 30 s). */
  staleMs?: number;
  /** How long to wait for the lock before giving up (default 10 s). */
  timeoutMs?: number;
  /** Pause between attempts (default 25 ms). */
  retryMs?: number;
}

/** The lock could not be had in time; the message names the file and the holder. */
export class LockTimeoutError extends Error {
  constructor(
    readonly file: string,
    holder: string,
  ) {
    super(`Timed out waiting for the lock ${file} (held by ${holder}). If no Summit process is running, delete that file.`);
    this.name = 'LockTimeoutError';
  }
}

interface Holder {
  pid: number;
  host: string;
  at: string;
  token: string;
}

function readHolder(file: string): Holder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function isStale(file: string, staleMs: number): boolean {
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return false; // gone already: the next attempt will tell
  }
  if (Date.now() - mtimeMs > staleMs) return true;
  const holder = readHolder(file);
  return holder !== undefined && holder.host === os.hostname() && holder.pid !== process.pid && processGone(holder.pid);
}

function describeHolder(file: string): string {
  const h = readHolder(file);
  return h ? `pid ${h.pid} on ${h.host} since ${h.at}` : 'an unknown process';
}

/** One attempt; returns the token to release with, or undefined when someone else holds it. */
function tryAcquire(file: string, staleMs: number): string | undefined {
  const token = randomBytes(8).toString('hex');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      try {
        const holder: Holder = { pid: process.pid, host: os.hostname(), at: new Date().toISOString(), token };
        fs.writeFileSync(fd, JSON.stringify(holder));
      } finally {
        fs.closeSync(fd);
      }
      return token;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (attempt > 0 || !isStale(file, staleMs)) return undefined;
      fs.rmSync(file, { force: true });
    }
  }
  return undefined;
}

function release(file: string, token: string): void {
  // Only our own lock: if ours was broken as stale, the file now belongs to someone else.
  if (readHolder(file)?.token === token) fs.rmSync(file, { force: true });
}

function settings(options: LockOptions) {
  return { staleMs: options.staleMs ?? 30_000, timeoutMs: options.timeoutMs ?? 10_000, retryMs: options.retryMs ?? 25 };
}

/** Runs `fn` holding the lock `file`, waiting for it without blocking the event loop. */
export async function withLock<T>(file: string, fn: () => T | Promise<T>, options: LockOptions = {}): Promise<T> {
  const { staleMs, timeoutMs, retryMs } = settings(options);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let token = tryAcquire(file, staleMs);
  while (token === undefined) {
    if (Date.now() > deadline) throw new LockTimeoutError(file, describeHolder(file));
    await new Promise((resolve) => setTimeout(resolve, retryMs + Math.random() * retryMs));
    token = tryAcquire(file, staleMs);
  }
  try {
    return await fn();
  } finally {
    release(file, token);
  }
}

/** Same as `withLock`, for the rare synchronous caller (a slash command changing subscriptions). */
export function withLockSync<T>(file: string, fn: () => T, options: LockOptions = {}): T {
  const { staleMs, timeoutMs, retryMs } = settings(options);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let token = tryAcquire(file, staleMs);
  while (token === undefined) {
    if (Date.now() > deadline) throw new LockTimeoutError(file, describeHolder(file));
    Atomics.wait(sleeper, 0, 0, retryMs);
    token = tryAcquire(file, staleMs);
  }
  try {
    return fn();
  } finally {
    release(file, token);
  }
}
