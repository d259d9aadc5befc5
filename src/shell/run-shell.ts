import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../answers';
import type { ArchiveSource } from '../search/archive';
import { CHECK_EMPTY, SHELL_MENTION_HINT, SHELL_NO_SUBSCRIPTIONS, SHELL_NOTHING_MORE, SHELL_TYPE_MORE, shellFailed } from '../render/copy';
import { renderCheckForTerminal, renderForTerminal, renderHomeForTerminal, renderTerminalUsage } from '../render/terminal';
import { homeAnswer } from '../answers/home';
import { checkedText } from '../requests/checked-text';
import { parseRequest, type SummitRequest } from '../requests/parse-request';
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
  /** The channels that get the daily post, for `home`. */
  dailyChannels?: string[];
  /** Shown before each line when a person is typing (a TTY); nothing in a pipe. */
  prompt?: string;
}

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
  const state: { last: { request: SummitRequest; next: number | null } | null } = { last: null };

  /** The App Home as text, from the archive's memory as in Slack. */
  const home = () => {
    const lease = archive.lease();
    try {
      write(renderHomeForTerminal(homeAnswer(lease.archive, { today: todayIn(opts.timeZone ?? 'UTC', now()), dailyChannels: opts.dailyChannels ?? [] }), { color }));
    } finally {
      lease.release();
    }
  };

  /** "Check with Summit" on a message saying `text`: always a search, as in Slack. */
  const check = async (text: string) => {
    const words = checkedText(text);
    if (words === '') return write(`${CHECK_EMPTY}\n`);
    const lease = archive.lease();
    try {
      const request: SummitRequest = { kind: 'summit', text: words };
      const resolved = await resolveRequest(request, { archive: lease.archive, today: todayIn(opts.timeZone ?? 'UTC', now()), offset: 0 });
      if (resolved.kind !== 'answer') return;
      write(renderCheckForTerminal(words, resolved.answer, { color }));
      const next = nextOffset(resolved.answer, 0);
      state.last = { request, next };
      if (next !== null) write(`${SHELL_TYPE_MORE}\n`);
    } finally {
      lease.release();
    }
  };

  const answer = async (request: SummitRequest, offset: number) => {
    const today = todayIn(opts.timeZone ?? 'UTC', now());
    const lease = archive.lease();
    try {
      const resolved = await resolveRequest(request, { archive: lease.archive, today, offset });
      if (resolved.kind === 'help') return write(renderTerminalUsage({ color }));
      if (resolved.kind === 'subscription') return write(`${SHELL_NO_SUBSCRIPTIONS}\n`);
      write(renderForTerminal(resolved.answer, { color }));
      const next = nextOffset(resolved.answer, offset);
      state.last = { request, next };
      if (next !== null) write(`${SHELL_TYPE_MORE}\n`);
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
        if (last && last.next !== null) await answer(last.request, last.next);
        else write(`${SHELL_NOTHING_MORE}\n`);
      } else if (line.kind === 'home') {
        home();
      } else if (line.kind === 'check') {
        await check(line.text);
      } else if (line.kind === 'request') {
        if (line.text === '' && line.via === 'mention') write(`${SHELL_MENTION_HINT}\n`);
        else await answer(parseRequest(line.text), 0);
      }
    } catch (error) {
      write(`${shellFailed((error as Error).message)}\n`);
    }
    if (line.kind !== 'skip') write('\n');
    if (opts.prompt) write(opts.prompt);
  }
  lines.close();
}
