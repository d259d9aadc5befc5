/**
 * The sending side of the concurrent /summit measurement, in its own process as Slack is: fires
 * `count` signed slash commands at once, each on its own connection, and prints one JSON line with
 * each request's id, the time it was sent and how long its ack took.
 *
 *   node --import tsx bench/slack-sender.ts <eventsUrl> <responseUrlBase> <count>
 */
import { request } from 'node:http';
import { formBody, slackSignature } from '../test/support/signed-request';
import { slashCommand } from '../test/support/slack-payloads';
import { SIGNING_SECRET } from '../test/support/summit-app';
import { DATES, QUESTIONS } from './questions';

export interface SentRequest {
  id: string;
  sentAt: number;
  status: number;
  ackMs: number;
}

function send(url: string, body: string): Promise<number> {
  const ts = Math.floor(Date.now() / 1000);
  return new Promise((resolve, reject) => {
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': slackSignature(SIGNING_SECRET, ts, body),
    };
    const req = request(url, { method: 'POST', agent: false, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const [eventsUrl, responseBase, countArg] = process.argv.slice(2);
  if (!eventsUrl || !responseBase) throw new Error('usage: slack-sender.ts <eventsUrl> <responseUrlBase> <count>');
  const texts = [...QUESTIONS, ...DATES];
  const bodies = Array.from({ length: Number(countArg ?? 500) }, (_, i) => ({
    id: `c${i}`,
    body: formBody(slashCommand(texts[i % texts.length]!, `${responseBase}c${i}`)),
  }));
  const sent = await Promise.all(
    bodies.map(async ({ id, body }): Promise<SentRequest> => {
      const sentAt = Date.now();
      const status = await send(eventsUrl, body).catch(() => 0);
      return { id, sentAt, status, ackMs: Date.now() - sentAt };
    }),
  );
  process.stdout.write(`${JSON.stringify(sent)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
