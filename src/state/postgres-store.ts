import * as os from 'node:os';
import type { Installation, InstallationQuery } from '@slack/bolt';
import { Pool, type PoolClient } from 'pg';
import { SIGNATURE_WINDOW_SECONDS } from '../slack/http/request-limits';
import { migrate } from './migrations';
import {
  ANSWERED_EVENT_TTL_MS,
  SINGLE_WORKSPACE,
  type AnsweredEvents,
  type Claim,
  type DailyLedger,
  type FeedbackRecord,
  type FeedbackStore,
  type Installations,
  type LedgerEntry,
  type SignatureMemory,
  type SignatureRefusal,
  type StateStore,
  type Subscription,
  type SubscriptionStore,
} from './store';

type Row = Record<string, unknown>;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** Expired event ids and signatures are swept at most this often, by whichever replica notices. */
const SWEEP_EVERY_MS = 60_000;

function ledgerEntry(r: Row): LedgerEntry {
  const team = String(r.team);
  return {
    date: String(r.day),
    channel: String(r.channel),
    status: r.status as LedgerEntry['status'],
    at: iso(r.at),
    ...(r.ts ? { ts: String(r.ts) } : {}),
    ...(team === SINGLE_WORKSPACE ? {} : { team }),
    ...(r.pid !== null ? { pid: Number(r.pid) } : {}),
    ...(r.host !== null ? { host: String(r.host) } : {}),
  };
}

const LEDGER_COLUMNS = `team, channel, to_char(day, 'YYYY-MM-DD') AS day, status, at, ts, pid, host`;

class PostgresLedger implements DailyLedger {
  readonly where = 'the daily_posts table of DATABASE_URL';
  constructor(
    private readonly pool: Pool,
    private readonly now: () => Date,
  ) {}

  async forDay(date: string, team = SINGLE_WORKSPACE): Promise<LedgerEntry[]> {
    const { rows } = await this.pool.query(`SELECT ${LEDGER_COLUMNS} FROM daily_posts WHERE team = $1 AND day = $2 ORDER BY at`, [
      team,
      date,
    ]);
    return rows.map(ledgerEntry);
  }

  /** The unique key on (team, channel, day) is the claim: the first INSERT wins, every other sees its row. */
  async claim(date: string, channel: string, team = SINGLE_WORKSPACE): Promise<Claim> {
    const inserted = await this.pool.query(
      `INSERT INTO daily_posts (team, channel, day, status, at, pid, host) VALUES ($1, $2, $3, 'posting', $4, $5, $6)
       ON CONFLICT (team, channel, day) DO NOTHING RETURNING channel`,
      [team, channel, date, this.now(), process.pid, os.hostname()],
    );
    if (inserted.rowCount === 1) return { claimed: true };
    const { rows } = await this.pool.query(`SELECT ${LEDGER_COLUMNS} FROM daily_posts WHERE team = $1 AND channel = $2 AND day = $3`, [
      team,
      channel,
      date,
    ]);
    // Released between the two statements: treat as someone else's claim in progress, tried at the next wake-up.
    const entry = rows[0] ? ledgerEntry(rows[0]) : { date, channel, status: 'posting' as const, at: this.now().toISOString() };
    return { claimed: false, entry };
  }

  async confirm(date: string, channel: string, ts: string, team = SINGLE_WORKSPACE): Promise<void> {
    await this.pool.query(
      `INSERT INTO daily_posts (team, channel, day, status, at, ts, pid, host) VALUES ($1, $2, $3, 'posted', $4, $5, $6, $7)
       ON CONFLICT (team, channel, day) DO UPDATE SET status = 'posted', at = EXCLUDED.at, ts = EXCLUDED.ts, pid = EXCLUDED.pid, host = EXCLUDED.host`,
      [team, channel, date, this.now(), ts, process.pid, os.hostname()],
    );
  }

  async release(date: string, channel: string, team = SINGLE_WORKSPACE): Promise<void> {
    await this.pool.query(`DELETE FROM daily_posts WHERE team = $1 AND channel = $2 AND day = $3 AND status = 'posting'`, [
      team,
      channel,
      date,
    ]);
  }
}

class PostgresSubscriptions implements SubscriptionStore {
  constructor(
    private readonly pool: Pool,
    private readonly now: () => Date,
  ) {}

  async list(team = SINGLE_WORKSPACE): Promise<Subscription[]> {
    const { rows } = await this.pool.query('SELECT channel, by_user, at FROM subscriptions WHERE team = $1 ORDER BY at, channel', [team]);
    return rows.map((r: Row) => ({ channel: String(r.channel), by: String(r.by_user), at: iso(r.at) }));
  }

  async subscribe(channel: string, by: string, team = SINGLE_WORKSPACE): Promise<{ added: boolean; subscription: Subscription }> {
    const at = this.now();
    const inserted = await this.pool.query(
      'INSERT INTO subscriptions (team, channel, by_user, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [team, channel, by, at],
    );
    if (inserted.rowCount === 1) return { added: true, subscription: { channel, by, at: at.toISOString() } };
    const { rows } = await this.pool.query('SELECT channel, by_user, at FROM subscriptions WHERE team = $1 AND channel = $2', [
      team,
      channel,
    ]);
    const r = rows[0] as Row | undefined;
    return { added: false, subscription: r ? { channel, by: String(r.by_user), at: iso(r.at) } : { channel, by, at: at.toISOString() } };
  }

  async unsubscribe(channel: string, team = SINGLE_WORKSPACE): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM subscriptions WHERE team = $1 AND channel = $2', [team, channel]);
    return rowCount === 1;
  }
}

class PostgresFeedback implements FeedbackStore {
  constructor(private readonly pool: Pool) {}

  async add(r: FeedbackRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO feedback (at, team, user_id, channel, query, verdict, reason, citations) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [r.at, r.team, r.user, r.channel, r.query, r.verdict, r.reason ?? null, JSON.stringify(r.citations)],
    );
  }

  async list(since?: string): Promise<FeedbackRecord[]> {
    const { rows } = await this.pool.query(
      'SELECT at, team, user_id, channel, query, verdict, reason, citations FROM feedback WHERE ($1::timestamptz IS NULL OR at >= $1::timestamptz) ORDER BY at, id',
      [since ?? null],
    );
    return rows.map((r: Row) => ({
      at: iso(r.at),
      team: String(r.team),
      user: String(r.user_id),
      channel: String(r.channel),
      query: String(r.query),
      verdict: String(r.verdict),
      ...(r.reason !== null ? { reason: String(r.reason) } : {}),
      citations: r.citations as FeedbackRecord['citations'],
    }));
  }
}

/** Rows that expire (event ids, signatures): an INSERT is the check, an expired row counts as absent. */
class ExpiringKeys {
  private sweptAt = 0;
  constructor(
    private readonly pool: Pool,
    private readonly table: 'answered_events' | 'seen_signatures',
    private readonly column: string,
  ) {}

  /** True when `key` was absent (or expired) and is now recorded until `expires`. */
  async add(key: string, expires: Date): Promise<boolean> {
    this.sweep();
    const { rowCount } = await this.pool.query(
      `INSERT INTO ${this.table} (${this.column}, expires_at) VALUES ($1, $2)
       ON CONFLICT (${this.column}) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE ${this.table}.expires_at <= now()`,
      [key, expires],
    );
    return rowCount === 1;
  }

  async has(key: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(`SELECT 1 FROM ${this.table} WHERE ${this.column} = $1 AND expires_at > now()`, [key]);
    return rowCount === 1;
  }

  private sweep(): void {
    if (Date.now() - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = Date.now();
    this.pool.query(`DELETE FROM ${this.table} WHERE expires_at <= now()`).catch(() => undefined); // the next sweep tries again
  }
}

class PostgresAnsweredEvents implements AnsweredEvents {
  private readonly keys: ExpiringKeys;
  constructor(
    pool: Pool,
    private readonly now: () => Date,
  ) {
    this.keys = new ExpiringKeys(pool, 'answered_events', 'event_id');
  }
  firstTime(eventId: string): Promise<boolean> {
    return this.keys.add(eventId, new Date(this.now().getTime() + ANSWERED_EVENT_TTL_MS));
  }
}

/** Request signatures every replica has accepted: a replay sent to another replica is refused too. */
class PostgresSignatures implements SignatureMemory {
  private readonly keys: ExpiringKeys;
  constructor(pool: Pool) {
    this.keys = new ExpiringKeys(pool, 'seen_signatures', 'signature');
  }
  has(signature: string): Promise<boolean> {
    return this.keys.has(signature);
  }
  async accept(signature: string, timestampSec: number): Promise<SignatureRefusal | null> {
    // Kept until the timestamp leaves the window (plus a minute of clock skew between replicas).
    const expires = new Date((timestampSec + SIGNATURE_WINDOW_SECONDS + 60) * 1000);
    return (await this.keys.add(signature, expires)) ? null : 'replay';
  }
}

function installKey(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string {
  const key = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
  if (!key) throw new Error('an installation needs a team id (or an enterprise id for an org-wide install)');
  return key;
}

class PostgresInstallations implements Installations {
  constructor(private readonly pool: Pool) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const key = installKey({
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      isEnterpriseInstall: installation.isEnterpriseInstall,
    });
    await this.pool.query(
      'INSERT INTO installations (install_key, installation) VALUES ($1, $2) ON CONFLICT (install_key) DO UPDATE SET installation = EXCLUDED.installation, updated_at = now()',
      [key, JSON.stringify(installation)],
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = installKey(query);
    const { rows } = await this.pool.query('SELECT installation FROM installations WHERE install_key = $1', [key]);
    if (!rows[0]) throw new Error(`no installation for ${key}`);
    return (rows[0] as Row).installation as Installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.pool.query('DELETE FROM installations WHERE install_key = $1', [installKey(query)]);
  }

  async teams(): Promise<string[]> {
    const { rows } = await this.pool.query(
      `SELECT install_key FROM installations WHERE installation->'bot'->>'token' IS NOT NULL ORDER BY install_key`,
    );
    return rows.map((r: Row) => String(r.install_key));
  }
}

/** A stable 63-bit advisory lock key for a name (FNV-1a, folded into a JS-safe integer range). */
function lockKey(name: string): number {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(`summit:${name}`)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return Number(h % 9007199254740881n);
}

export interface PostgresStoreOptions {
  now?: () => Date;
  /** Connections this process keeps at most (pg's pool; default 10). */
  max?: number;
}

/** A pool that is open and migrated: what the bot and `cli daily` use with DATABASE_URL. */
export interface PostgresStore extends StateStore {
  readonly pool: Pool;
}

/**
 * Opens the PostgreSQL store: one pg pool, the schema migrated (under an advisory lock, so replicas
 * starting together are safe). Rejects when the database cannot be reached or migrated.
 */
export async function openPostgresStore(databaseUrl: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const now = options.now ?? (() => new Date());
  const pool = new Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by the server must not end the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return {
    kind: 'postgres',
    pool,
    ledger: new PostgresLedger(pool, now),
    subscriptions: new PostgresSubscriptions(pool, now),
    feedback: new PostgresFeedback(pool),
    answeredEvents: new PostgresAnsweredEvents(pool, now),
    signatures: new PostgresSignatures(pool),
    installations: new PostgresInstallations(pool),
    async exclusively<T>(name: string, work: () => Promise<T>): Promise<T | null> {
      // A session lock on one connection, held for the run: it goes with the connection if the replica dies.
      const client: PoolClient = await pool.connect();
      const key = lockKey(name);
      try {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
        if (!rows[0]?.locked) return null;
        try {
          return await work();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    async problem() {
      try {
        await pool.query('SELECT 1');
        return null;
      } catch (error) {
        return `the database (DATABASE_URL) cannot be reached: ${(error as Error).message}`;
      }
    },
    close: () => pool.end(),
  };
}
