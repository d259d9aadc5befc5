/**
 * The attack of issue 9 (finding 3), measured: the bot in HTTP mode against the fake Slack, sent N
 * concurrent POSTs of a large body to /slack/events (no signature headers by default) while a real,
 * signed /summit is sent; reports the bot's RSS before, at its peak, and some seconds after, and how
 * long the /summit took to be acked and answered. One JSON line on stdout (a summary on stderr).
 *
 *   npx tsx bench/unsigned-flood.ts [--attackers 200] [--body-mb 4] [--after 5] [--sustain 0] [--forged] [--plain-bolt]
 *
 * --after S     seconds to wait after the flood before the last RSS reading (issue 9 used 30)
 * --sustain S   keep every attacker sending again as soon as it is answered, for S seconds (the /summit
 *               goes out half-way); by default one wave of N requests, as in issue 9
 * --forged      send well-formed but forged signature headers (the most an attacker can get read:
 *               use --body-mb 1 to stay just under the limit)
 * --plain-bolt  the bot behind Bolt's plain HTTPReceiver, as before issue 9 (bench/flood-target-plain-bolt.ts)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { cleanEnv, freePort, ROOT, startBotProcess } from '../test/support/bot-process';
import { startFakeSlack, type FakeSlack } from '../test/support/fake-slack';
import { formBody, postSigned } from '../test/support/signed-request';
import { slashCommand } from '../test/support/slack-payloads';
import { BOT_TOKEN, SIGNING_SECRET } from '../test/support/summit-app';
import { describeMachine } from './machine';

interface FloodOptions {
  attackers: number;
  bodyMb: number;
  afterSeconds: number;
  forged: boolean;
  plainBolt: boolean;
  /** 0: one wave of `attackers` requests (the attack); else keep them coming for this long. */
  sustainSeconds: number;
}

function parseArgs(argv: string[]): FloodOptions {
  const opts: FloodOptions = { attackers: 200, bodyMb: 4, afterSeconds: 5, forged: false, plainBolt: false, sustainSeconds: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--forged') opts.forged = true;
    else if (a === '--plain-bolt') opts.plainBolt = true;
    else if (['--attackers', '--body-mb', '--after', '--sustain'].includes(a)) {
      const n = Number(argv[++i]);
      if (!(n > 0)) throw new Error(`${a} needs a positive number`);
      if (a === '--attackers') opts.attackers = Math.round(n);
      else if (a === '--body-mb') opts.bodyMb = n;
      else if (a === '--sustain') opts.sustainSeconds = n;
      else opts.afterSeconds = n;
    } else
      throw new Error(
        `unknown argument "${a}"; usage: npx tsx bench/unsigned-flood.ts [--attackers N] [--body-mb X] [--after S] [--sustain S] [--forged] [--plain-bolt]`,
      );
  }
  return opts;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

/** The bot before issue 9, bundled and started like the real one; resolves once it is running. */
async function startPlainBolt(apiUrl: string): Promise<{ child: ChildProcess; eventsUrl: string; stop(): Promise<void> }> {
  const outfile = join(ROOT, '.build', 'bench', 'flood-target-plain-bolt.js');
  buildSync({
    entryPoints: [join(__dirname, 'flood-target-plain-bolt.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  const port = await freePort();
  const env = {
    ...cleanEnv(),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: String(port),
    LOG_LEVEL: 'info',
  };
  const child = spawn(process.execPath, [outfile], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('"Summit is running"')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the plain-Bolt bot exited (${code})`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, eventsUrl: `http://127.0.0.1:${port}/slack/events`, stop: () => (child.kill('SIGTERM'), exited) };
}

/** One attacker: a POST of `body`, each on its own connection; resolves with the status or the error. */
function attack(url: string, body: Buffer, forged: boolean): Promise<string> {
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': body.length };
  if (forged)
    Object.assign(headers, {
      'x-slack-signature': `v0=${'ab'.repeat(32)}`,
      'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
    });
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent: false, headers }, (res) => {
      res.resume();
      resolve(String(res.statusCode));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    req.end(body);
  });
}

/**
 * The attackers run in their own process, as they would be on another machine: writing 800 MB from the
 * process that also plays Slack would slow the fake's side of the /summit and count it against the bot.
 * Prints `started` once every request is under way, then the outcomes as one JSON line.
 */
async function runAttackers(url: string, count: number, bodyMb: number, forged: boolean, sustainSeconds: number): Promise<void> {
  const body = Buffer.alloc(Math.round(bodyMb * 1024 * 1024), 'a');
  const until = performance.now() + sustainSeconds * 1000;
  // Each attacker sends once, or again and again until `until` when sustained.
  const attacker = async (): Promise<string[]> => {
    const outcomes = [await attack(url, body, forged)];
    while (performance.now() < until) outcomes.push(await attack(url, body, forged));
    return outcomes;
  };
  const flood = Promise.all(Array.from({ length: count }, attacker));
  process.stdout.write('started\n');
  process.stdout.write(`${JSON.stringify((await flood).flat())}\n`);
}

function startAttackers(url: string, opts: FloodOptions): { started: Promise<void>; outcomes: Promise<string[]> } {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      __filename,
      '--attackers-process',
      url,
      String(opts.attackers),
      String(opts.bodyMb),
      String(opts.forged),
      String(opts.sustainSeconds),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  let onStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (onStarted = resolve));
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    if (out.startsWith('started\n')) onStarted();
  });
  const outcomes = new Promise<string[]>((resolve, reject) =>
    child.once('close', (code) =>
      code === 0 ? resolve(JSON.parse(out.slice('started\n'.length)) as string[]) : reject(new Error(`the attackers exited with ${code}`)),
    ),
  );
  return { started, outcomes };
}

async function summitLatency(fake: FakeSlack, eventsUrl: string, id: string): Promise<{ ackMs: number; answerMs: number }> {
  const started = performance.now();
  const answered = fake.waitFor((c) => c.responseId === id, 1, 60_000).then(() => performance.now() - started);
  const res = await postSigned(
    eventsUrl,
    SIGNING_SECRET,
    formBody(slashCommand('what did Putin say about gas pipelines?', fake.responseUrl(id))),
  );
  await res.arrayBuffer();
  const ackMs = performance.now() - started;
  return { ackMs: Math.round(ackMs), answerMs: Math.round(await answered) };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const fake = await startFakeSlack();
  const bot = opts.plainBolt ? await startPlainBolt(fake.apiUrl) : await startBotProcess({ apiUrl: fake.apiUrl });
  const pid = bot.child.pid!;
  try {
    // Warm-up: the first answers read the index; a running bot has paid that already.
    for (let i = 0; i < 3; i++) await summitLatency(fake, bot.eventsUrl, `warm-up-${i}`);
    const quiet = await summitLatency(fake, bot.eventsUrl, 'quiet');
    await sleep(1000);
    const before = rssBytes(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 20);

    const flood = startAttackers(bot.eventsUrl, opts);
    await flood.started;
    const started = performance.now();
    await sleep(opts.sustainSeconds ? (opts.sustainSeconds * 1000) / 2 : 200); // bodies are streaming in by now
    const summit = await summitLatency(fake, bot.eventsUrl, 'during-flood');
    const outcomes = await flood.outcomes;
    const floodSeconds = (performance.now() - started) / 1000;
    await sleep(1000);
    clearInterval(sampler);
    await sleep(opts.afterSeconds * 1000);
    const after = rssBytes(pid);

    const statuses: Record<string, number> = {};
    for (const o of outcomes) statuses[o] = (statuses[o] ?? 0) + 1;
    const result = {
      receiver: opts.plainBolt ? 'Bolt HTTPReceiver (before issue 9)' : 'Summit (guarded HTTPReceiver)',
      attack: {
        connections: opts.attackers,
        bodyMb: opts.bodyMb,
        headers: opts.forged ? 'forged signature' : 'none',
        requests: outcomes.length,
        statuses,
        seconds: Math.round(floodSeconds * 100) / 100,
      },
      rssMb: { before: mb(before), peak: mb(peak), after: mb(after), afterSeconds: opts.afterSeconds },
      summitQuiet: quiet,
      summitDuringFlood: summit,
      machine: describeMachine(),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stderr.write(
      `${result.receiver}: ${opts.attackers} connections × ${opts.bodyMb} MB (${result.attack.headers}), ${outcomes.length} requests → ${JSON.stringify(statuses)} in ${result.attack.seconds} s; ` +
        `RSS ${result.rssMb.before} → peak ${result.rssMb.peak} → ${result.rssMb.after} MB ${opts.afterSeconds} s later; /summit acked in ${summit.ackMs} ms, answered in ${summit.answerMs} ms (${quiet.answerMs} ms without the flood)\n`,
    );
  } finally {
    await bot.stop();
    await fake.close();
  }
}

const [mode, ...rest] = process.argv.slice(2);
(mode === '--attackers-process'
  ? runAttackers(rest[0]!, Number(rest[1]), Number(rest[2]), rest[3] === 'true', Number(rest[4]))
  : main()
).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
