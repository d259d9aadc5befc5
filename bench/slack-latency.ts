/**
 * /summit latency over HTTP on loopback: 200 signed slash commands, one after another, to the real
 * Bolt app (production settings: ack first, answer through response_url) with a fake Slack.
 * Prints median and p99 of request→ack (the HTTP response) and request→answer (response_url received).
 *
 *   npx tsx bench/slack-latency.ts [count]
 */
import { performance } from 'node:perf_hooks';
import { openArchive } from '../src/search/archive';
import { startFakeSlack } from '../test/support/fake-slack';
import { formBody, postSigned } from '../test/support/signed-request';
import { slashCommand } from '../test/support/slack-payloads';
import { SIGNING_SECRET, startSummitApp } from '../test/support/summit-app';

const REQUESTS = [
  '2022-06-15',
  'what did Putin say about military cooperation?',
  'list',
  'on this date 12-30',
  'December 30, 2022',
  'Heihe bridge trade',
  '2022-06-14',
  'help',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 200);
  const fake = await startFakeSlack();
  const summit = await startSummitApp({ fake, archive: openArchive('index'), now: () => new Date('2023-12-30T09:00:00Z') });
  const ack: number[] = [];
  const answer: number[] = [];
  // Warm-up: auth.test and the first index reads are not what a running bot pays per request.
  for (let i = 0; i < 5; i++) {
    await postSigned(
      summit.eventsUrl,
      SIGNING_SECRET,
      formBody(slashCommand(REQUESTS[i % REQUESTS.length]!, fake.responseUrl(`warm${i}`))),
    );
    await fake.waitFor((c) => c.responseId === `warm${i}`);
  }
  for (let i = 0; i < count; i++) {
    const id = `r${i}`;
    const body = formBody(slashCommand(REQUESTS[i % REQUESTS.length]!, fake.responseUrl(id)));
    const answered = fake.waitFor((c) => c.responseId === id, 1, 10_000).then(() => performance.now());
    const started = performance.now();
    const res = await postSigned(summit.eventsUrl, SIGNING_SECRET, body);
    await res.arrayBuffer();
    ack.push(performance.now() - started);
    answer.push((await answered) - started);
  }
  await summit.stop();
  await fake.close();
  const fmt = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${percentile(s, 50).toFixed(1)} ms, p99 ${percentile(s, 99).toFixed(1)} ms, max ${s[s.length - 1]!.toFixed(1)} ms`;
  };
  console.log(`${count} /summit requests over HTTP on loopback (node ${process.version})`);
  console.log(`request→ack:    ${fmt(ack)}`);
  console.log(`request→answer: ${fmt(answer)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
