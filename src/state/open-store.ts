import { openFilesStore } from './files-store';
import { importStateDirOnce, type ImportSummary } from './import-state-dir';
import { openPostgresStore } from './postgres-store';
import type { StateStore } from './store';

export interface StoreSettings {
  stateDir: string;
  databaseUrl?: string;
  /** The clock records are stamped with (tests and the CLI's --date runs pass theirs). */
  now?: () => Date;
}

/** Why the database cannot serve, for the list of start problems (the URL's password never shown). */
export function databaseProblem(error: unknown): string {
  const e = error as Error & { code?: string };
  const code = e.code ? ` (${e.code})` : '';
  return `DATABASE_URL: the database cannot be reached or migrated${code}: ${e.message}. Check the host, port, user, password and database name, and that this user may create tables; or leave DATABASE_URL empty to keep the state in files under STATE_DIR.`;
}

/** What a start logs once the logger is there: the first start with a database imports STATE_DIR. */
export function importLine(imported: ImportSummary): string {
  return `imported ${imported.ledger} daily-ledger entries and ${imported.subscriptions} subscriptions from ${imported.from} into the database, once; the files there are no longer read`;
}

/**
 * The store a configuration asks for: PostgreSQL (opened, migrated, and on its first start given
 * the files of STATE_DIR once: `imported`) when DATABASE_URL is set, else the files under STATE_DIR.
 */
export async function openStore(settings: StoreSettings): Promise<{ store: StateStore; imported: ImportSummary | null }> {
  if (!settings.databaseUrl) return { store: openFilesStore(settings.stateDir, { now: settings.now }), imported: null };
  const store = await openPostgresStore(settings.databaseUrl, { now: settings.now });
  try {
    return { store, imported: await importStateDirOnce(store.pool, settings.stateDir) };
  } catch (error) {
    await store.close();
    throw error;
  }
}
