/**
 * 500 concurrent signed `/summit` requests over HTTP on loopback to the real Bolt app (production
 * settings: ack at once, answer through response_url) talking to a fake Slack, on a given index.
 * Reports whether every request was acked within 3 s and every answer delivered. One JSON line.
 *
 *   node --import tsx bench/concurrent-slack.ts <indexDir> [count]
 */
import { openArchive } from '../src/search/archive';
import { startFakeSlack } from '../test/support/fake-slack';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { formBody, postSigned } from '../test/support/signed-request';
import type { SentRequest } from './slack-sender';
import { slashCommand } from '../test/support/slack-payloads';
import { SIGNING_SECRET, startSummitApp } from '../test/support/summit-app';
import { DATES, QUESTIONS } from './questions';
import { summarize, type LatencySummary } from './stats';

export const ACK_LIMIT_MS = 3000;

export interface ConcurrentSlackFigures {
  requests: number;
  acked: number;
  /** Acked with HTTP 200 within ACK_LIMIT_MS. */
  ackedWithin3s: number;
  allAckedWithin3s: boolean;
  answersDelivered: number;
  allAnswersDelivered: boolean;
  ack: LatencySummary;
  answer: LatencySummary;
  /** First request sent → last answer received. */
  totalSeconds: number;
}

function runSender(eventsUrl: string, responseBase: string, count: number): Promise<SentRequest[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'slack-sender.ts'), eventsUrl, responseBase, String(count)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as SentRequest[]) : reject(new Error(`slack-sender exited with ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const [indexDir, countArg] = process.argv.slice(2);
  if (!indexDir) throw new Error('usage: concurrent-slack.ts <indexDir> [count]');
  const count = Number(countArg ?? 500);
  const texts = [...QUESTIONS, ...DATES];
  const fake = await startFakeSlack();
  const summit = await startSummitApp({ fake, archive: openArchive(indexDir), now: () => new Date('2026-06-15T09:00:00Z') });
  try {
    // Warm-up: auth.test and first reads are paid once per process, not per request.
    for (let i = 0; i < 3; i++) {
      const res = await postSigned(summit.eventsUrl, SIGNING_SECRET, formBody(slashCommand(texts[i]!, fake.responseUrl(`warm${i}`))));
      await res.arrayBuffer();
      await fake.waitFor((c) => c.responseId === `warm${i}`, 1, 60_000);
    }
    // The requests come from another process, as Slack's do: a sender in this process would wait
    // for the app's own work between its writes and count that as the app's ack time.
    const started = Date.now();
    const sent = await runSender(summit.eventsUrl, fake.responseUrl(''), count);
    const sentAt = new Map(sent.map((r) => [r.id, r.sentAt]));
    const acks = sent.map((r) => r.ackMs);
    const acked = sent.filter((r) => r.status === 200).length;
    const answers = await fake
      .waitFor((c) => c.responseId?.startsWith('c') === true, count, 600_000)
      .catch(() => fake.responses().filter((c) => c.responseId?.startsWith('c')));
    const firstAnswer = new Map<string, number>();
    for (const c of answers) if (!firstAnswer.has(c.responseId!)) firstAnswer.set(c.responseId!, c.receivedAt - sentAt.get(c.responseId!)!);
    const within = acks.filter((ms) => ms <= ACK_LIMIT_MS).length;
    const result: ConcurrentSlackFigures = {
      requests: count,
      acked,
      ackedWithin3s: Math.min(acked, within),
      allAckedWithin3s: acked === count && within === count,
      answersDelivered: firstAnswer.size,
      allAnswersDelivered: firstAnswer.size === count,
      ack: summarize(acks),
      answer: summarize([...firstAnswer.values()]),
      totalSeconds: Math.round((Math.max(...answers.map((c) => c.receivedAt), started) - started) / 10) / 100,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await summit.stop();
    await fake.close();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
