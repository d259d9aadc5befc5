/**
 * The real bot process, as `npm start` runs it (`node scripts/start.js`), in HTTP mode against a fake
 * Slack on loopback: its pino lines parsed, its stderr kept, its exit awaited.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOT_TOKEN, SIGNING_SECRET } from './summit-app';

export const ROOT = join(__dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  port: number;
  /** `http://127.0.0.1:<port>/slack/events` */
  eventsUrl: string;
  /** Every stdout line (pino JSON), parsed; lines that are not JSON are kept as `{ raw }`. */
  logs: Array<Record<string, unknown>>;
  /** Everything the process wrote, as text (stdout and stderr), for greps. */
  output(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  /** Resolves with the first log line that `match` accepts (rejects after `ms`). */
  waitForLog(match: (line: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The environment of a fresh machine: nothing of the developer's .env or Slack settings. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SLACK_|DAILY_|INDEX_DIR$|STATE_DIR$|PORT$|LOG_LEVEL$|DATABASE_URL$)/.test(k)),
  );
}

export interface BotProcessOptions {
  /** The fake Slack's `apiUrl`. */
  apiUrl: string;
  env?: Record<string, string>;
  /** Wait for "Summit is running" (default true). */
  waitUntilRunning?: boolean;
}

/** Starts the bot in HTTP mode on a free port; by default resolves once it logs "Summit is running". */
export async function startBotProcess(opts: BotProcessOptions): Promise<BotProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: opts.apiUrl,
    PORT: String(port),
    LOG_LEVEL: 'info',
    // Its own state (answered events, ledger) unless the test shares one: event ids repeat across test files.
    STATE_DIR: mkdtempSync(join(tmpdir(), 'summit-bot-state-')),
    ...opts.env,
  };
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Array<Record<string, unknown>> = [];
  const waiters: Array<{ match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }> = [];
  let out = '';
  let err = '';
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        parsed = { raw: line };
      }
      logs.push(parsed);
      for (const w of [...waiters]) {
        if (w.match(parsed)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(parsed);
        }
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));

  const waitForLog = (match: (l: Record<string, unknown>) => boolean, ms = 15000) => {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such log line within ${ms} ms; stdout:\n${out}\nstderr:\n${err}`)), ms);
      waiters.push({ match, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      void exited.then(() => setTimeout(() => reject(new Error(`the bot exited; stdout:\n${out}\nstderr:\n${err}`)), 50));
    });
  };

  const bot: BotProcess = {
    child,
    port,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    logs,
    output: () => out + err,
    stderr: () => err,
    exited,
    waitForLog,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  if (opts.waitUntilRunning !== false) {
    try {
      await waitForLog((l) => l.msg === 'Summit is running');
    } catch (e) {
      await bot.stop();
      throw e;
    }
  }
  return bot;
}
