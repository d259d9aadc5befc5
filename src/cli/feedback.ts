import { openStore } from '../state/open-store';
import type { FeedbackRecord } from '../state/store';
import { renderFeedbackForTerminal } from '../render/terminal';
import { commandConfig, flagValue, type ParsedArgs } from './args';
import { printJson, type CliIo } from './io';

/** The contract's shape: `{ feedback: [ { at, team, user, channel, query, verdict, reason?, citations } ] }`. */
export function feedbackJson(records: readonly FeedbackRecord[]): { feedback: FeedbackRecord[] } {
  return {
    feedback: records.map((r) => ({
      at: r.at,
      team: r.team,
      user: r.user,
      channel: r.channel,
      query: r.query,
      verdict: r.verdict,
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
      citations: r.citations.map((c) => ({ articleId: c.articleId, paragraph: c.paragraph })),
    })),
  };
}

/**
 * `npm run -s cli -- feedback [--since YYYY-MM-DD] [--json]`: the feedback people gave on answers,
 * oldest first, read from the state store the bot writes (files under STATE_DIR, or DATABASE_URL).
 * The bench's eval can read `--json` as the questions users found wrong (verdict ≠ helpful).
 */
export async function runFeedbackCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const config = commandConfig(args, io.env, 'feedback');
  const { store } = await openStore({ stateDir: config.stateDir, databaseUrl: config.databaseUrl });
  try {
    const records = await store.feedback.list(flagValue(args, '--since'));
    if (args.flags.has('--json')) printJson(io, feedbackJson(records));
    else io.stdout.write(renderFeedbackForTerminal(records));
    return 0;
  } finally {
    await store.close();
  }
}
