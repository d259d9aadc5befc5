import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer, ArchiveSource } from '../answers';
import { renderForTerminal, renderTerminalUsage } from '../render/terminal';
import { resolveRequest } from '../requests/resolve-request';
import { todayIn } from '../requests/today';
import { readShellLine } from './read-shell-line';

export interface ShellOptions {
  /** An opened archive, or a LiveArchive that follows rebuilds. */
  archive: ArchiveSource;
  input: Readable;
  output: Writable;
  now: () => Date;
  color: boolean;
  /** The zone "today" is read in (DAILY_TZ). */
  timeZone?: string;
  /** Shown before each line when a person is typing (a TTY); nothing in a pipe. */
  prompt?: string;
}

const MENTION_HINT = 'Ask about a Xi–Putin call or meeting: "@summit what did they agree on gas?" or "@summit 2022-06-15". Type "/summit help" for more.\n';
const NO_SUBSCRIPTIONS = 'Subscriptions are for Slack channels: type /summit subscribe in a channel once Summit is connected to Slack.\n';

/** Where the next page of the last answer starts, when there is one. */
function nextOffset(answer: Answer, offset: number): number | null {
  if (answer.kind !== 'question' && answer.kind !== 'date') return null;
  const next = answer.page.offset + answer.results.length;
  return answer.results.length > 0 && next < answer.page.total && next > offset ? next : null;
}

/**
 * The local shell: reads `/summit …`, `@summit …` or plain text (read as a mention) line by line and
 * prints the same answers Slack would give, rendered for a terminal. Ends at the end of the input.
 */
export async function runShell(opts: ShellOptions): Promise<void> {
  const { archive, input, output, now, color } = opts;
  const write = (text: string) => output.write(text);
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  // The last request, for "more".
  const state: { last: { text: string; next: number | null } | null } = { last: null };

  const answer = async (text: string, offset: number) => {
    const today = todayIn(opts.timeZone ?? 'UTC', now());
    const lease = archive.lease();
    try {
      const resolved = await resolveRequest(text, { archive: lease.archive, today, offset });
      if (resolved.kind === 'help') return write(renderTerminalUsage({ color }));
      if (resolved.kind === 'subscription') return write(NO_SUBSCRIPTIONS);
      write(renderForTerminal(resolved.answer, { color }));
      const next = nextOffset(resolved.answer, offset);
      state.last = { text, next };
      if (next !== null) write('Type "more" for the next excerpts.\n');
    } finally {
      lease.release();
    }
  };

  if (opts.prompt) write(opts.prompt);
  for await (const raw of lines) {
    const line = readShellLine(raw);
    try {
      if (line.kind === 'exit') break;
      if (line.kind === 'more') {
        const last = state.last;
        if (last && last.next !== null) await answer(last.text, last.next);
        else write('Nothing more to show: ask something else.\n');
      } else if (line.kind === 'request') {
        if (line.text === '' && line.via === 'mention') write(MENTION_HINT);
        else await answer(line.text, 0);
      }
    } catch (error) {
      write(`Sorry, that failed: ${(error as Error).message}\n`);
    }
    if (line.kind !== 'skip') write('\n');
    if (opts.prompt) write(opts.prompt);
  }
  lines.close();
}
