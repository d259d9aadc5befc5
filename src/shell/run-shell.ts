import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../answers';
import type { ArchiveSource } from '../search/archive';
import {
  CHECK_EMPTY,
  CHECK_NOTHING_LEFT,
  SHELL_MENTION_HINT,
  SHELL_NO_SUBSCRIPTIONS,
  SHELL_NOTHING_MORE,
  SHELL_TYPE_MORE,
  SHELL_TYPE_MORE_STATEMENTS,
  shellFailed,
} from '../render/copy';
import { homeAnswer } from '../answers/home';
import { checkedText } from '../requests/checked-text';
import { parseRequest, type SummitRequest } from '../requests/parse-request';
import { resolveRequest } from '../requests/resolve-request';
import { todayIn } from '../requests/today';
import { readShellLine } from './read-shell-line';
import { blocksOutput, terminalOutput, type ShellVia } from './shell-output';

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
  /**
   * Line editing and history (arrow keys, Ctrl-R…), as Node's readline gives a terminal. Default: when
   * `input` is a TTY. A pipe is read line by line as it is, escape sequences and all.
   */
  terminal?: boolean;
  /** Print the Block Kit JSON Slack would get instead of terminal text (`cli shell --blocks`). */
  blocks?: boolean;
}

/** Lines kept for the up arrow in one session. */
const HISTORY_SIZE = 500;

/** Where the next page of the last answer starts, when there is one. */
function nextOffset(answer: Answer, offset: number): number | null {
  if (answer.kind !== 'question' && answer.kind !== 'date' && answer.kind !== 'quotes') return null;
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
  const terminal = opts.terminal ?? (input as Partial<NodeJS.ReadStream>).isTTY === true;
  const lines = terminal
    ? createInterface({
        input,
        output,
        terminal: true,
        historySize: HISTORY_SIZE,
        removeHistoryDuplicates: true,
        prompt: opts.prompt ?? '',
      })
    : createInterface({ input, terminal: false, crlfDelay: Infinity });
  // Raw mode reads Ctrl-C as a key: it ends the shell, as it does in a pipe.
  if (terminal) lines.on('SIGINT', () => lines.close());
  const show = opts.blocks ? blocksOutput() : terminalOutput(color);
  /** The prompt: readline draws it on a terminal, so that editing the line redraws it. */
  const prompt = () => {
    if (terminal) lines.prompt();
    else if (opts.prompt) write(opts.prompt);
  };
  // The last request, for "more".
  const state: { last: { request: SummitRequest; text: string; via: ShellVia; next: number | null } | null } = { last: null };

  /** The App Home as text, from the archive's memory as in Slack. */
  const home = () => {
    const lease = archive.lease();
    try {
      write(
        show.home(homeAnswer(lease.archive, { today: todayIn(opts.timeZone ?? 'UTC', now()), dailyChannels: opts.dailyChannels ?? [] })),
      );
    } finally {
      lease.release();
    }
  };

  /** "Check with Summit" on a message saying `text`: always a search, as in Slack. */
  const check = async (text: string) => {
    const words = checkedText(text);
    if (words === '') return write(show.notice(text.trim() === '' ? CHECK_EMPTY : CHECK_NOTHING_LEFT));
    const lease = archive.lease();
    try {
      const request: SummitRequest = { kind: 'summit', text: words };
      const resolved = await resolveRequest(request, { archive: lease.archive, today: todayIn(opts.timeZone ?? 'UTC', now()), offset: 0 });
      if (resolved.kind !== 'answer') return;
      write(show.check(words, resolved.answer));
      const next = nextOffset(resolved.answer, 0);
      state.last = { request, text: words, via: 'command', next };
      if (next !== null && show.saysMore) write(`${SHELL_TYPE_MORE}\n`);
    } finally {
      lease.release();
    }
  };

  const answer = async (request: SummitRequest, text: string, via: ShellVia, offset: number) => {
    const today = todayIn(opts.timeZone ?? 'UTC', now());
    const lease = archive.lease();
    try {
      const resolved = await resolveRequest(request, { archive: lease.archive, today, offset });
      if (resolved.kind === 'help') return write(show.usage(text, via));
      if (resolved.kind === 'subscription') return write(show.notice(SHELL_NO_SUBSCRIPTIONS));
      write(show.answer(resolved.answer, text, via));
      const next = nextOffset(resolved.answer, offset);
      state.last = { request, text, via, next };
      if (next !== null && show.saysMore) write(`${resolved.answer.kind === 'quotes' ? SHELL_TYPE_MORE_STATEMENTS : SHELL_TYPE_MORE}\n`);
    } finally {
      lease.release();
    }
  };

  prompt();
  for await (const raw of lines) {
    const line = readShellLine(raw);
    try {
      if (line.kind === 'exit') break;
      if (line.kind === 'more') {
        const last = state.last;
        if (last && last.next !== null) await answer(last.request, last.text, last.via, last.next);
        else write(show.notice(SHELL_NOTHING_MORE));
      } else if (line.kind === 'home') {
        home();
      } else if (line.kind === 'check') {
        await check(line.text);
      } else if (line.kind === 'request') {
        if (line.text === '' && line.via === 'mention') write(show.notice(SHELL_MENTION_HINT));
        else await answer(parseRequest(line.text), line.text, line.via, 0);
      }
    } catch (error) {
      write(show.notice(shellFailed((error as Error).message)));
    }
    if (line.kind !== 'skip') write('\n');
    prompt();
  }
  lines.close();
}
