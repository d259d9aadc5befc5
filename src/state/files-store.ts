import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Installation, InstallationQuery } from '@slack/bolt';
import { z } from 'zod';
import { Ledger } from '../daily/ledger';
import { Subscriptions } from '../daily/subscriptions';
import { SeenSignatures } from '../slack/http/seen-signatures';
import { JsonStateFile } from './json-state-file';
import {
  ANSWERED_EVENT_TTL_MS,
  type AnsweredEvents,
  type FeedbackRecord,
  type FeedbackStore,
  type Installations,
  type StateStore,
} from './store';

export const ANSWERED_EVENTS_FILE = 'answered-events.json';
export const FEEDBACK_FILE = 'feedback.json';
export const INSTALLATIONS_FILE = 'installations.json';

/** At most this many answered event ids are kept, however many arrive within the TTL. */
const ANSWERED_EVENTS_CAP = 20_000;

/** Where the files store keeps each thing (one folder, as `docs/daily-post.md` lists). */
export interface FilesStoreOptions {
  now?: () => Date;
}

const feedbackSchema: z.ZodType<FeedbackRecord> = z.object({
  at: z.string(),
  team: z.string(),
  user: z.string(),
  channel: z.string(),
  query: z.string(),
  verdict: z.string(),
  reason: z.string().optional(),
  citations: z.array(z.object({ articleId: z.string(), paragraph: z.number() })),
});

/** Answered event ids with their expiry, in one file: a retry after a restart is not answered twice. */
class AnsweredEventsFile implements AnsweredEvents {
  private readonly file: JsonStateFile<{ id: string; expires: number }>;

  constructor(
    stateDir: string,
    private readonly now: () => Date,
  ) {
    this.file = new JsonStateFile(path.join(stateDir, ANSWERED_EVENTS_FILE), z.object({ id: z.string(), expires: z.number() }));
  }

  firstTime(eventId: string): Promise<boolean> {
    const nowMs = this.now().getTime();
    return this.file.update((items) => {
      const live = items.filter((e) => e.expires > nowMs);
      if (live.some((e) => e.id === eventId)) return { result: false };
      return { items: [...live, { id: eventId, expires: nowMs + ANSWERED_EVENT_TTL_MS }].slice(-ANSWERED_EVENTS_CAP), result: true };
    });
  }
}

class FeedbackFile implements FeedbackStore {
  private readonly file: JsonStateFile<FeedbackRecord>;

  constructor(stateDir: string) {
    this.file = new JsonStateFile(path.join(stateDir, FEEDBACK_FILE), feedbackSchema);
  }

  add(record: FeedbackRecord): Promise<void> {
    return this.file.update((items) => ({ items: [...items, record], result: undefined }));
  }

  async list(since?: string): Promise<FeedbackRecord[]> {
    const from = since === undefined ? -Infinity : Date.parse(since);
    return this.file.read().filter((r) => Date.parse(r.at) >= from);
  }
}

/** The key of an installation: the enterprise of an org-wide install, else the team. */
function keyOf(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string {
  const key = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
  if (!key) throw new Error('an installation needs a team id (or an enterprise id for an org-wide install)');
  return key;
}

/** Installations as Bolt's InstallationStore wants them; the file holds bot tokens: keep STATE_DIR private. */
class InstallationsFile implements Installations {
  private readonly file: JsonStateFile<{ key: string; installation: Installation }>;

  constructor(stateDir: string) {
    this.file = new JsonStateFile(
      path.join(stateDir, INSTALLATIONS_FILE),
      z.object({ key: z.string(), installation: z.custom<Installation>((v) => typeof v === 'object' && v !== null) }),
    );
  }

  storeInstallation(installation: Installation): Promise<void> {
    const key = keyOf({
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      isEnterpriseInstall: installation.isEnterpriseInstall,
    });
    return this.file.update((items) => ({ items: [...items.filter((i) => i.key !== key), { key, installation }], result: undefined }));
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = keyOf(query);
    const found = this.file.read().find((i) => i.key === key);
    if (!found) throw new Error(`no installation for ${key}`);
    return found.installation;
  }

  deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = keyOf(query);
    return this.file.update((items) => ({ items: items.filter((i) => i.key !== key), result: undefined }));
  }

  async teams(): Promise<string[]> {
    return this.file
      .read()
      .filter((i) => i.installation.bot?.token)
      .map((i) => i.key);
  }
}

/**
 * The embedded default: everything in files under STATE_DIR, so `npm start` needs nothing installed.
 * Processes on one machine share it through lock files; the replay memory of request signatures
 * stays in the process (one HTTP receiver per machine).
 */
export function openFilesStore(stateDir: string, options: FilesStoreOptions = {}): StateStore {
  const now = options.now ?? (() => new Date());
  const dir = path.resolve(stateDir);
  return {
    kind: 'files',
    ledger: new Ledger(dir, { now }),
    subscriptions: new Subscriptions(dir, { now }),
    feedback: new FeedbackFile(dir),
    answeredEvents: new AnsweredEventsFile(dir, now),
    signatures: new SeenSignatures(() => now().getTime()),
    installations: new InstallationsFile(dir),
    // The ledger's per-channel claims already keep processes sharing the folder from double posts.
    exclusively: (_name, work) => work(),
    async problem() {
      try {
        fs.accessSync(dir, fs.constants.W_OK);
        return null;
      } catch (e) {
        return `STATE_DIR ${dir} is not writable (${(e as NodeJS.ErrnoException).code ?? 'unknown'})`;
      }
    },
    close: async () => undefined,
  };
}
