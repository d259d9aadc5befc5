import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Pool } from 'pg';
import { Ledger, LEDGER_FILE } from '../daily/ledger';
import { Subscriptions, SUBSCRIPTIONS_FILE } from '../daily/subscriptions';
import { MIGRATION_LOCK } from './migrations';
import { SINGLE_WORKSPACE } from './store';

export interface ImportSummary {
  ledger: number;
  subscriptions: number;
  from: string;
}

/**
 * The first start with DATABASE_URL takes over the files of STATE_DIR (daily ledger, subscriptions)
 * once, in one transaction under the migrations' lock: a second replica starting at the same time
 * finds the import done. Returns what was imported, or null when it had been done before.
 */
export async function importStateDirOnce(pool: Pool, stateDir: string): Promise<ImportSummary | null> {
  const dir = path.resolve(stateDir);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const done = await client.query(`SELECT 1 FROM state_imports WHERE source = 'state-dir'`);
      if (done.rowCount === 1) return null;
      const exists = (file: string) => fs.existsSync(path.join(dir, file));
      // Unreadable files throw (LedgerError, SubscriptionsError): nothing is imported or marked done.
      const posts = exists(LEDGER_FILE) ? new Ledger(dir).entries() : [];
      const subs = exists(SUBSCRIPTIONS_FILE) ? new Subscriptions(dir).all() : [];
      await client.query('BEGIN');
      try {
        for (const e of posts) {
          await client.query(
            `INSERT INTO daily_posts (team, channel, day, status, at, ts, pid, host) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
            [e.team ?? SINGLE_WORKSPACE, e.channel, e.date, e.status, e.at, e.ts ?? null, e.pid ?? null, e.host ?? null],
          );
        }
        for (const s of subs) {
          await client.query('INSERT INTO subscriptions (team, channel, by_user, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
            s.team ?? SINGLE_WORKSPACE,
            s.channel,
            s.by,
            s.at,
          ]);
        }
        const summary: ImportSummary = { ledger: posts.length, subscriptions: subs.length, from: dir };
        await client.query(`INSERT INTO state_imports (source, summary) VALUES ('state-dir', $1)`, [JSON.stringify(summary)]);
        await client.query('COMMIT');
        return summary;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
