import type { LiveArchive } from '../search/live-archive';
import { checkConfig, type Config } from '../config';
import { checkBotToken, type BotIdentity, type TokenCheckOptions, type TokenCheck } from './check-bot-token';
import { checkStateDir } from './check-state-dir';
import { openIndex } from './open-index';
import { LedgerError } from '../daily/ledger';
import { SubscriptionsError } from '../daily/subscriptions';
import { databaseProblem, openStore } from '../state/open-store';
import type { ImportSummary } from '../state/import-state-dir';
import type { StateStore } from '../state/store';

export type StartCheck =
  | {
      config: Config;
      archive: LiveArchive;
      identity?: BotIdentity;
      store?: StateStore;
      imported?: ImportSummary | null;
      problems?: undefined;
    }
  | { problems: string[] };

export interface StartCheckDeps {
  checkToken?: (opts: TokenCheckOptions) => Promise<TokenCheck>;
}

/** Opens the store (Slack modes): PostgreSQL reachable and migrated, or STATE_DIR usable. */
async function checkStore(known: { stateDir: string; databaseUrl?: string }, problems: string[]) {
  if (!known.databaseUrl) {
    const stateProblem = checkStateDir(known.stateDir);
    if (stateProblem) return void problems.push(stateProblem);
  }
  try {
    return await openStore(known);
  } catch (error) {
    if (error instanceof LedgerError || error instanceof SubscriptionsError)
      problems.push(`STATE_DIR: importing it into the database failed: ${error.message}`);
    else problems.push(databaseProblem(error));
    return undefined;
  }
}

/**
 * Everything a start needs, checked together so one report lists every problem: the configuration,
 * the index in INDEX_DIR, the store (Slack modes only: the local shell keeps no state) — STATE_DIR, or
 * the database of DATABASE_URL reachable and migrated — and the bot token with Slack. Each check runs on what can be read even when another variable is wrong.
 */
export async function checkStart(env: NodeJS.ProcessEnv, deps: StartCheckDeps = {}): Promise<StartCheck> {
  const { config, problems, known } = checkConfig(env);
  const index = openIndex(known.indexDir);
  if (index.problem) problems.push(index.problem);
  let identity: BotIdentity | undefined;
  let opened: Awaited<ReturnType<typeof checkStore>>;
  if (known.mode !== 'shell') {
    opened = await checkStore(known, problems);
    if (known.slack) {
      const token = await (deps.checkToken ?? checkBotToken)({ token: known.slack.botToken, slackApiUrl: known.slack.apiUrl });
      if (token.problem) problems.push(token.problem);
      identity = token.identity;
    }
  }
  if (problems.length > 0 || !config || !index.archive) {
    await opened?.store.close();
    return { problems };
  }
  return { config, archive: index.archive, identity, store: opened?.store, imported: opened?.imported };
}
