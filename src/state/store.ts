/**
 * Everything Summit keeps beyond one request, behind one interface: answered Slack events, replayed
 * signatures, the daily ledger, subscriptions, feedback and workspace installations. Two
 * implementations pass the same contract suite (test/state/store-contract.ts): files under STATE_DIR
 * (one process, or several on one machine) and PostgreSQL (DATABASE_URL: several replicas).
 *
 * `team` is the Slack workspace (team id) a record belongs to; with the single static token it is
 * SINGLE_WORKSPACE, so the files of a one-workspace install keep their meaning.
 */
import type { InstallationStore } from '@slack/bolt';

/** The team key of the one workspace a static SLACK_BOT_TOKEN serves. */
export const SINGLE_WORKSPACE = '';

/** One daily post: claimed ('posting') before Slack is called, confirmed ('posted') with its ts after. */
export interface LedgerEntry {
  date: string; // YYYY-MM-DD, the local day in DAILY_TZ
  channel: string;
  status: 'posting' | 'posted';
  /** When the claim (or the post) was made, ISO 8601. */
  at: string;
  ts?: string;
  /** The workspace; absent (SINGLE_WORKSPACE) in files written before workspaces existed. */
  team?: string;
  pid?: number;
  host?: string;
}

export type Claim = { claimed: true } | { claimed: false; entry: LedgerEntry };

/** Exactly once per team, channel and day: claim, post, confirm (or release after Slack refused). */
export interface DailyLedger {
  /** Where the ledger lives, for log lines an operator acts on (a file path, or "the database"). */
  readonly where: string;
  /** The entries of one day in one workspace. */
  forDay(date: string, team?: string): Promise<LedgerEntry[]>;
  claim(date: string, channel: string, team?: string): Promise<Claim>;
  confirm(date: string, channel: string, ts: string, team?: string): Promise<void>;
  /** Gives a claim back after Slack refused the post, so a later run may try again. */
  release(date: string, channel: string, team?: string): Promise<void>;
}

export interface Subscription {
  channel: string;
  /** Who subscribed it (a Slack user id). */
  by: string;
  at: string; // ISO 8601
}

/** Channels that asked for the daily post with `/summit subscribe`, per workspace. */
export interface SubscriptionStore {
  /** Oldest first. */
  list(team?: string): Promise<Subscription[]>;
  /** Adds `channel`; returns the existing subscription instead when there is one. */
  subscribe(channel: string, by: string, team?: string): Promise<{ added: boolean; subscription: Subscription }>;
  /** False when it was not subscribed. */
  unsubscribe(channel: string, team?: string): Promise<boolean>;
}

/** What a person said about an answer (the feedback buttons; `cli feedback` lists them). */
export interface FeedbackRecord {
  at: string; // ISO 8601
  team: string;
  user: string;
  channel: string;
  query: string;
  verdict: string; // helpful | not-helpful | wrong-attribution
  reason?: string;
  citations: Array<{ articleId: string; paragraph: number }>;
}

export interface FeedbackStore {
  add(record: FeedbackRecord): Promise<void>;
  /** Oldest first; only records at or after `since` (ISO 8601 date or instant) when given. */
  list(since?: string): Promise<FeedbackRecord[]>;
}

/** Slack's event ids already answered; Slack re-sends events (X-Slack-Retry-Num), to any replica. */
export interface AnsweredEvents {
  /** True the first time `eventId` is seen (and records it), false for every repeat within the memory. */
  firstTime(eventId: string): Promise<boolean>;
}

/** Why a verified request signature may not be used. */
export type SignatureRefusal = 'replay' | 'beyond-memory';

/** Request signatures already accepted by the HTTP receiver (replays are refused). */
export interface SignatureMemory {
  /** Whether `signature` was already accepted (checked before the body is read). */
  has(signature: string): boolean | Promise<boolean>;
  /** Records a verified signature; why it may not be used, or null the first time. */
  accept(signature: string, timestampSec: number): SignatureRefusal | null | Promise<SignatureRefusal | null>;
}

/** Bolt's InstallationStore, plus the list the daily job walks. */
export interface Installations extends InstallationStore {
  /** Removes a workspace's installation and with it its tokens (uninstall, tokens revoked). */
  deleteInstallation(query: Parameters<NonNullable<InstallationStore['deleteInstallation']>>[0]): Promise<void>;
  /** Team ids (or enterprise ids of org-wide installs) with a stored bot token. */
  teams(): Promise<string[]>;
}

export interface StateStore {
  /** `files` (STATE_DIR) or `postgres` (DATABASE_URL). */
  readonly kind: 'files' | 'postgres';
  readonly ledger: DailyLedger;
  readonly subscriptions: SubscriptionStore;
  readonly feedback: FeedbackStore;
  readonly answeredEvents: AnsweredEvents;
  readonly signatures: SignatureMemory;
  readonly installations: Installations;
  /**
   * Runs `work` unless another process is running work of the same `name` right now (then resolves
   * null without running it): one replica runs each day's job. Per-channel claims still guard posts.
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T | null>;
  /** Why the store cannot serve right now (for /healthz), or null when it can. */
  problem(): Promise<string | null>;
  close(): Promise<void>;
}

/** How long an answered event id is remembered: Slack's retries come within minutes. */
export const ANSWERED_EVENT_TTL_MS = 60 * 60_000;
