import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLogger, type Logger } from '../../src/logger';
import type { DailyMessage } from '../../src/daily/daily-post';
import type { PostMessage } from '../../src/daily/run-daily';

/** A fresh STATE_DIR under the system's tmp folder. */
export function tmpStateDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'summit-daily-'));
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A pino logger whose lines land in `lines`, parsed. */
export function capturingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger('debug', { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });
  return { logger, lines };
}

/** A clock the test moves by hand. */
export function manualClock(startIso: string): { now: () => Date; set(iso: string): void } {
  let t = new Date(startIso);
  return { now: () => new Date(t), set: (iso) => void (t = new Date(iso)) };
}

export const MESSAGE: DailyMessage = { text: 'On this date', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }] };

/** A post function that records calls; `failFor` channels reject with a Slack-shaped error. */
export function recordingPoster(options: { delayMs?: number; failFor?: Record<string, string> } = {}) {
  const calls: Array<{ channel: string; text: string }> = [];
  let n = 0;
  const post: PostMessage = async (channel, message) => {
    calls.push({ channel, text: message.text });
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const code = options.failFor?.[channel];
    if (code) throw Object.assign(new Error(`An API error occurred: ${code}`), { data: { ok: false, error: code } });
    return { ts: `1700000000.${String(++n).padStart(6, '0')}` };
  };
  return { post, calls };
}
