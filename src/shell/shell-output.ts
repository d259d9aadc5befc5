/**
 * What the shell prints for each thing it answers: terminal text (the default), or with `--blocks` the
 * Block Kit JSON Slack would get for the same line, framed as the Slack surface frames it (`/summit`
 * as the slash command replies, a mention as in a thread, `check` as "Check with Summit", `home` as
 * the App Home view), one JSON document per reply.
 */
import type { Answer } from '../answers';
import type { HomeAnswer } from '../answers/home';
import { renderHomeView, renderNotice, renderSlackMessage, renderUsageMessage } from '../render/slack';
import { truncate } from '../render/slack/slack-limits';
import { renderCheckForTerminal, renderForTerminal, renderHomeForTerminal, renderTerminalUsage } from '../render/terminal';

/** How a line reached Summit: `/summit …` or a mention (plain text is one). */
export type ShellVia = 'command' | 'mention';

export interface ShellOutput {
  answer(answer: Answer, text: string, via: ShellVia): string;
  usage(text: string, via: ShellVia): string;
  home(home: HomeAnswer): string;
  check(message: string, answer: Answer): string;
  /** A sentence of Summit's own (hints, notices). */
  notice(text: string): string;
  /** Whether to say "Type more" after a page with more: Slack's blocks carry their own "More" button. */
  saysMore: boolean;
}

export function terminalOutput(color: boolean): ShellOutput {
  return {
    answer: (answer) => renderForTerminal(answer, { color }),
    usage: () => renderTerminalUsage({ color }),
    home: (home) => renderHomeForTerminal(home, { color }),
    check: (message, answer) => renderCheckForTerminal(message, answer, { color }),
    notice: (text) => `${text}\n`,
    saysMore: true,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What the slash command restates at the top (`/summit …`); a mention restates nothing. */
const askedBy = (text: string, via: ShellVia) => (via === 'command' ? `/summit ${text}`.trim() : undefined);

export function blocksOutput(): ShellOutput {
  return {
    answer: (answer, text, via) =>
      json(
        via === 'command'
          ? renderSlackMessage(answer, {
              asked: askedBy(text, via),
              request: text.trim(),
              replyIn: 'ephemeral',
              share: true,
              feedback: 'buttons',
              showContext: true,
            })
          : renderSlackMessage(answer, { request: text.trim(), replyIn: 'thread', feedback: 'context_actions', showContext: true }),
      ),
    usage: (text, via) => json(renderUsageMessage({ asked: askedBy(text, via) })),
    home: (home) => json(renderHomeView(home)),
    check: (message, answer) =>
      json(
        renderSlackMessage(answer, {
          asked: `“${truncate(message, 300)}”`,
          request: message,
          replyIn: 'ephemeral',
          share: true,
          feedback: 'buttons',
          showContext: true,
        }),
      ),
    notice: (text) => json(renderNotice(text)),
    saysMore: false,
  };
}
