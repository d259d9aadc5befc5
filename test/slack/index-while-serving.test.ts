/**
 * The README's workflow, through the real bot process: the archive is updated and re-indexed while
 * the bot serves it, and every answer is whole, under the right citation, from one generation; a
 * damaged index is never shown, and the bot keeps serving.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../src/search/build-index';
import { ROOT, startBotProcess, type BotProcess } from '../support/bot-process';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { formBody, postSigned } from '../support/signed-request';
import { slashCommand } from '../support/slack-payloads';
import { messageTexts, shownText } from '../support/slack-reading';
import { SIGNING_SECRET } from '../support/summit-app';
import { reseal, scramblePostings } from '../support/damaged-index';

const SHORTENED = ['001_2a8c10d118161e22.txt', '003_b7d4a532b33766fb.txt'];
const NEW_ARTICLE = 'date 2023-05-01 Grain talks\n\nXi Jinping and Vladimir Putin spoke about grain corridors across the Black Sea.';

/** An excerpt with the title of the article its citation names, read from a reply's blocks. */
function citedExcerpts(body: Record<string, unknown>): Array<{ excerpt: string; title: string }> {
  const blocks = (body.blocks ?? []) as Array<{ type: string; text?: { text: string }; elements?: Array<{ text?: string }> }>;
  const out: Array<{ excerpt: string; title: string }> = [];
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    const citation = next?.type === 'context' ? (next.elements?.[0]?.text ?? '') : '';
    if (b.type !== 'section' || !/¶ \d+$/.test(citation)) return;
    const title = /^(?:\*([^*]+)\*|<[^|]+\|([^>]+)>)/.exec(citation);
    out.push({ excerpt: shownText(b.text?.text ?? ''), title: shownText(title?.[1] ?? title?.[2] ?? '') });
  });
  return out;
}

const words = (text: string) =>
  text
    .replace(/[“”"']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('updating the archive while the bot serves it', () => {
  let fake: FakeSlack;
  let bot: BotProcess;
  let root: string;
  let corpus: string;
  let index: string;
  let asked = 0;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'summit-serving-'));
    corpus = join(root, 'corpus');
    index = join(root, 'index');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
    buildIndex(corpus, index);
    fake = await startFakeSlack();
    bot = await startBotProcess({ apiUrl: fake.apiUrl, env: { INDEX_DIR: index, STATE_DIR: join(root, 'state') } });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  async function ask(text: string): Promise<Record<string, unknown>> {
    const id = `q${(asked += 1)}`;
    const res = await postSigned(bot.eventsUrl, SIGNING_SECRET, formBody(slashCommand(text, fake.responseUrl(id))));
    expect(res.status).toBe(200);
    const [reply] = await fake.waitFor((c) => c.method === 'response_url' && c.responseId === id, 1, 10_000);
    return reply!.body;
  }

  /** Every article's words, as the archive holds it now (its title is among them). */
  function articleTexts(): string[] {
    return readdirSync(corpus).map((file) => words(readFileSync(join(corpus, file), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '')));
  }

  /** Each excerpt is the words of the article its citation names, in one of the archive's versions. */
  function expectHonest(replies: Array<Record<string, unknown>>, versions: string[][]): void {
    for (const body of replies) {
      expect(JSON.stringify(body)).not.toContain('\\u0000');
      for (const { excerpt, title } of citedExcerpts(body)) {
        const pieces = words(excerpt)
          .split('…')
          .map((p) => p.trim())
          .filter((p) => p.length > 20);
        const cited = words(title).replace(/…$/, '');
        const matches = versions.some((v) => v.some((text) => text.includes(cited) && pieces.every((p) => text.includes(p))));
        expect([title, excerpt, matches]).toEqual([title, excerpt, true]);
      }
    }
  }

  it('switches to the new generation by itself, answers in flight stay whole and honestly cited, and the old generation is removed', async () => {
    const before = articleTexts();
    const first = await ask('legally binding guarantees');
    expect(citedExcerpts(first).length).toBeGreaterThan(0);
    expect(JSON.stringify(await ask('grain corridors'))).toContain('Nothing in the archive matches');
    const oldGeneration = readFileSync(join(index, 'CURRENT'), 'utf8').trim();

    for (const file of SHORTENED)
      writeFileSync(join(corpus, file), readFileSync(join(corpus, file), 'utf8').split('\n\n').slice(0, 3).join('\n\n'));
    writeFileSync(join(corpus, 'zz-grain.txt'), NEW_ARTICLE);
    // Questions keep arriving while the index command runs.
    const during = Promise.all(
      ['legally binding guarantees', 'NATO expansion', 'video call lasted', 'stabilizing factor', '2022-06-15'].map((q) => ask(q)),
    );
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/.bin/tsx'), 'src/cli.ts', 'index', '--corpus', corpus, '--out', index, '--update', '--quiet'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/Updated in .* 1 article\(s\) added, 2 changed/);
    const switched = await bot.waitForLog((l) => l.msg === 'answering from a new index generation');
    expect(switched.previous).toBe(oldGeneration);

    const after = articleTexts();
    const grain = await ask('grain corridors');
    expect(citedExcerpts(grain)[0]).toEqual({ excerpt: expect.stringMatching(/grain corridors/), title: 'Grain talks' });
    expectHonest([first, ...(await during), grain, await ask('legally binding guarantees'), await ask('NATO expansion')], [before, after]);
    expect(readdirSync(index).sort()).toEqual(['CURRENT', switched.generation]);
  });

  it('a text file emptied under the running bot is never shown: the person is told, the log names the file and the fix, and dates still work', async () => {
    const generation = readFileSync(join(index, 'CURRENT'), 'utf8').trim();
    truncateSync(join(index, generation, 'shards', '000.text.bin'), 0);
    const reply = await ask('legally binding guarantees');
    expect(JSON.stringify(reply)).not.toContain('\\u0000');
    expect(citedExcerpts(reply)).toEqual([]);
    expect(
      messageTexts(reply)
        .map((t) => t.text)
        .join('\n'),
    ).toContain('Summit cannot read its archive right now: its index is damaged');
    const logged = await bot.waitForLog((l) => l.level === 50 && typeof l.msg === 'string' && l.msg.includes('000.text.bin'));
    expect(logged.msg).toMatch(/shards\/000\.text\.bin ends before byte \d+ .*Rebuild it: npm run -s cli -- index --corpus .* --out /);
    // Dates are answered from what is already in memory.
    expect(
      messageTexts(await ask('2022-06-15'))
        .map((t) => t.text)
        .join('\n'),
    ).toContain('15 June 2022');
    // Rebuilding heals it without a restart.
    buildIndex(corpus, join(root, 'index'));
    await bot.waitForLog((l) => l.msg === 'answering from a new index generation' && l.previous === generation);
    expect(citedExcerpts(await ask('legally binding guarantees')).length).toBeGreaterThan(0);
  });
});

describe('a bot started on damaged postings', () => {
  let fake: FakeSlack;
  let bot: BotProcess;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-damaged-'));
    const corpus = join(root, 'corpus');
    const index = join(root, 'index');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
    buildIndex(corpus, index);
    // Ranges pointing two billion postings away, under a manifest that vouches for them: once, this pinned the CPU.
    scramblePostings(index);
    reseal(index);
    fake = await startFakeSlack();
    bot = await startBotProcess({ apiUrl: fake.apiUrl, env: { INDEX_DIR: index, STATE_DIR: join(root, 'state') } });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('answers dates, tells whoever asks a question that the index is damaged, and names the file and the fix in the log', async () => {
    const send = async (text: string, id: string) => {
      await postSigned(bot.eventsUrl, SIGNING_SECRET, formBody(slashCommand(text, fake.responseUrl(id))));
      const [reply] = await fake.waitFor((c) => c.method === 'response_url' && c.responseId === id, 1, 5000);
      return messageTexts(reply!.body)
        .map((t) => t.text)
        .join('\n');
    };
    expect(await send('legally binding guarantees', 'question')).toContain(
      'Summit cannot read its archive right now: its index is damaged',
    );
    expect(await send('2022-06-15', 'date')).toContain('15 June 2022');
    const logged = await bot.waitForLog((l) => typeof l.msg === 'string' && l.msg.includes('000.postings.bin'));
    expect(logged.msg).toMatch(
      /shards\/000\.postings\.bin holds posting ranges outside its postings\. Rebuild it: npm run -s cli -- index --corpus /,
    );
  });
});
