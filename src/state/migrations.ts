import type { Pool } from 'pg';

/**
 * The PostgreSQL schema, one numbered step at a time. A step is never edited once released; a
 * change is a new step. `migrate` runs the missing ones at start, each in its own transaction, under
 * an advisory lock, so two replicas starting together apply each step exactly once.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'shared state: events, signatures, daily ledger, subscriptions, feedback, installations',
    sql: `
      CREATE TABLE answered_events (
        event_id text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX answered_events_expiry ON answered_events (expires_at);

      CREATE TABLE seen_signatures (
        signature text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX seen_signatures_expiry ON seen_signatures (expires_at);

      CREATE TABLE daily_posts (
        team text NOT NULL,
        channel text NOT NULL,
        day date NOT NULL,
        status text NOT NULL CHECK (status IN ('posting', 'posted')),
        at timestamptz NOT NULL,
        ts text,
        pid integer,
        host text,
        PRIMARY KEY (team, channel, day)
      );

      CREATE TABLE subscriptions (
        team text NOT NULL,
        channel text NOT NULL,
        by_user text NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (team, channel)
      );

      CREATE TABLE feedback (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        team text NOT NULL,
        user_id text NOT NULL,
        channel text NOT NULL,
        query text NOT NULL,
        verdict text NOT NULL,
        reason text,
        citations jsonb NOT NULL
      );
      CREATE INDEX feedback_at ON feedback (at);

      CREATE TABLE installations (
        install_key text PRIMARY KEY,
        installation jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE state_imports (
        source text PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        summary jsonb NOT NULL
      );
    `,
  },
];

/** The advisory lock key migrations (and the one-time import) run under: "summit" in ASCII. */
export const MIGRATION_LOCK = 0x73756d6d6974;

/** Applies the missing migrations; returns the versions it applied (none when up to date). */
export async function migrate(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const applied: number[] = [];
      for (const m of MIGRATIONS.filter((m) => !done.has(m.version))) {
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${m.version} (${m.name}) failed: ${(error as Error).message}`);
        }
        applied.push(m.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
