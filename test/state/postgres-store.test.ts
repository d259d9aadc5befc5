import { Client } from 'pg';
import { openPostgresStore } from '../../src/state/postgres-store';
import { migrate, MIGRATIONS } from '../../src/state/migrations';
import { startTestPostgres, type TestPostgres } from '../support/test-postgres';
import { storeContract } from './store-contract';
import { Pool } from 'pg';

let pg: TestPostgres;
beforeAll(async () => {
  pg = await startTestPostgres();
}, 90_000);
afterAll(() => pg?.stop());

// The same contract as the files store, on a real PostgreSQL: a fresh database per test.
storeContract('PostgreSQL (DATABASE_URL)', {
  place: () => pg.freshDatabase(),
  open: (url) => openPostgresStore(url, { max: 4 }),
});

describe('PostgreSQL store', () => {
  it('migrates once, even when several replicas start at the same moment', async () => {
    const url = await pg.freshDatabase();
    const pools = [1, 2, 3, 4].map(() => new Pool({ connectionString: url, max: 2 }));
    try {
      const applied = await Promise.all(pools.map((p) => migrate(p)));
      expect(applied.flat()).toEqual(MIGRATIONS.map((m) => m.version));
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
      await client.end();
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it("exclusively: while one replica runs a day's job, another is told it is taken; after it, it may run", async () => {
    const url = await pg.freshDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    try {
      let release!: () => void;
      const holding = a.exclusively('daily:2025-06-15', () => new Promise<string>((r) => (release = () => r('a'))));
      await new Promise((r) => setTimeout(r, 100));
      expect(await b.exclusively('daily:2025-06-15', async () => 'b')).toBeNull();
      expect(await b.exclusively('daily:2025-06-16', async () => 'b')).toBe('b'); // another day is another job
      release();
      expect(await holding).toBe('a');
      expect(await b.exclusively('daily:2025-06-15', async () => 'b')).toBe('b');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('an unreachable database is a clear error, not a hang', async () => {
    await expect(openPostgresStore('postgres://summit:x@127.0.0.1:9/none')).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
