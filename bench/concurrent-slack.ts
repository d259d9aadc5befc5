/**
 * 500 concurrent signed `/summit` requests over HTTP on loopback to the real Bolt app (production
 * settings: ack at once, answer through response_url) talking to a fake Slack, on a given index.
 * Reports whether every request was acked within 3 s and every answer delivered. One JSON line.
 *
 *   node --import tsx bench/concurrent-slack.ts <indexDir> [count]
 */
import { openArchive } from '../src/answers';
import { startFakeSlack } from '../test/support/fake-slack';
import { formBody, postSigned } from '../test/support/signed-request';
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
    const sentAt = new Map<string, number>();
    const acks: number[] = [];
    let acked = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const id = `c${i}`;
        const body = formBody(slashCommand(texts[i % texts.length]!, fake.responseUrl(id)));
        const t = Date.now();
        sentAt.set(id, t);
        try {
          const res = await postSigned(summit.eventsUrl, SIGNING_SECRET, body);
          await res.arrayBuffer();
          if (res.status === 200) acked += 1;
        } catch {
          // a refused or reset connection is a request not acked
        }
        acks.push(Date.now() - t);
      }),
    );
    const answers = await fake.waitFor((c) => c.responseId?.startsWith('c') === true, count, 600_000).catch(() => fake.responses().filter((c) => c.responseId?.startsWith('c')));
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
