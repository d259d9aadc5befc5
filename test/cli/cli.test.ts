import { fileStatsPath } from '../../src/search/file-stats';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { captureIo } from '../support/capture-io';

const ROOT = join(__dirname, '..', '..');
const INDEX = join(ROOT, 'index');

describe('npm run -s cli', () => {
  it('summit --json prints exactly one JSON document in the contract shape', async () => {
    const io = captureIo();
    expect(await runCli(['summit', '2022-06-15', '--json', '--index', INDEX], io)).toBe(0);
    const doc = JSON.parse(io.out()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      query: '2022-06-15',
      date: '2022-06-15',
      event: { date: '2022-06-15', kind: 'phone call', articles: expect.any(Array) },
      nearest: [],
    });
    const results = doc.results as Array<Record<string, unknown>>;
    expect(Object.keys(results[0]!)).toEqual(
      expect.arrayContaining(['articleId', 'title', 'source', 'url', 'published', 'eventDate', 'paragraph', 'text', 'excerpt', 'score']),
    );
    expect(io.err()).toBe('');
  });

  it('ask, events and on-this-date print their JSON shapes', async () => {
    const ask = captureIo();
    await runCli(['ask', 'legally binding guarantees', '--json', '--index', INDEX], ask);
    expect(JSON.parse(ask.out())).toMatchObject({
      query: 'legally binding guarantees',
      results: [{ articleId: '003_b7d4a532b33766fb', paragraph: 1, eventDate: '2021-12-15' }],
    });
    const events = captureIo();
    await runCli(['events', '--json', '--index', INDEX], events);
    expect((JSON.parse(events.out()) as { events: Array<{ date: string }> }).events.map((e) => e.date)).toEqual([
      '2021-12-15',
      '2022-06-15',
      '2022-12-30',
    ]);
    const day = captureIo({ DAILY_TZ: 'Asia/Shanghai' }, new Date('2026-06-14T20:00:00Z'));
    await runCli(['on-this-date', '--json', '--index', INDEX], day);
    expect(JSON.parse(day.out())).toMatchObject({ day: '06-15', events: [{ date: '2022-06-15', yearsAgo: 4 }] });
  });

  it('ask and quotes keep to the source typed as source:"Name", as Slack and the shell do, and say when the archive has none from it', async () => {
    const text = captureIo();
    expect(await runCli(['ask', 'NATO source:"Reuters"', '--index', INDEX], text)).toBe(0);
    expect(text.out()).toContain('The archive has no article from Reuters.');
    const json = captureIo();
    await runCli(['quotes', 'Xi source:Reuters', '--json', '--index', INDEX], json);
    expect(JSON.parse(json.out())).toMatchObject({ results: [], source: { name: 'Reuters', articles: 0 } });
  });

  it("quotes --json lists a speaker's statements with citations; summit --json carries each side's account", async () => {
    const io = captureIo();
    expect(await runCli(['quotes', 'Putin', '2022-12-30', '--json', '--limit', '20', '--index', INDEX], io)).toBe(0);
    const doc = JSON.parse(io.out()) as {
      speaker: string;
      results: Array<{ speaker: string; text: string; articleId: string; paragraph: number; eventDate: string }>;
    };
    expect(doc.speaker).toBe('Vladimir Putin');
    expect(doc.results.length).toBeGreaterThan(0);
    expect(doc.results.every((r) => r.speaker === 'Vladimir Putin' && r.eventDate === '2022-12-30')).toBe(true);
    expect(doc.results.some((r) => /the best in history|special place/.test(r.text))).toBe(true);
    const summit = captureIo();
    await runCli(['summit', '2022-06-15', '--json', '--index', INDEX], summit);
    const sides = (
      JSON.parse(summit.out()) as {
        event: {
          sides: Array<{ side: string; statements: Array<{ speaker: string; text: string; articleId: string; paragraph: number }> }>;
        };
      }
    ).event.sides;
    expect(sides.map((s) => s.side)).toEqual(['Chinese', 'Russian']);
    expect(sides[0]!.statements[0]).toEqual(
      expect.objectContaining({
        speaker: expect.any(String),
        text: expect.any(String),
        articleId: expect.any(String),
        paragraph: expect.any(Number),
      }),
    );
    const unknown = captureIo();
    expect(await runCli(['quotes', 'Nobody Atall', '--index', INDEX], unknown)).toBe(2);
    expect(unknown.err()).toMatch(/summit: .*/);
  });

  it('prints text for a person without --json: the excerpt and its citation', async () => {
    const io = captureIo();
    await runCli(['ask', 'Zhejiang', '--index', INDEX, '--no-color'], io);
    expect(io.out()).toContain('Zhejiang');
    expect(io.out()).toMatch(/¶ \d+/);
  });

  it('exits 2 with a one-line reason on a bad argument', async () => {
    for (const argv of [
      ['summit', '2022-13-45'],
      ['ask'],
      ['frobnicate'],
      ['ask', 'x', '--limit', 'ten'],
      ['on-this-date', '13-45'],
      ['index', '--corpus', '/no/such/dir'],
      ['events', '--limit', '3'],
      ['daily', '--frobnicate'],
    ]) {
      const io = captureIo();
      expect([argv.join(' '), await runCli([...argv, '--index', INDEX], io)]).toEqual([argv.join(' '), 2]);
      expect(io.err().trim().split('\n')).toHaveLength(1);
    }
  });

  it('a DAILY_TZ that is no time zone exits 2 with the reason, as every configuration problem on the command line', async () => {
    for (const argv of [['on-this-date'], ['summit', '06-15'], ['ask', 'gas']]) {
      const io = captureIo({ DAILY_TZ: 'Mars/Base' });
      expect([argv[0], await runCli([...argv, '--index', INDEX], io)]).toEqual([argv[0], 2]);
      expect(io.err()).toBe('DAILY_TZ: must be an IANA time zone such as Europe/Berlin\n');
      expect(io.out()).toBe('');
    }
  });

  it('help prints the usage of every command (exit 0); no command prints it and exits 2', async () => {
    const help = captureIo();
    expect(await runCli(['help'], help)).toBe(0);
    expect(help.out()).toMatch(/^usage: npm run -s cli -- <command> \[args\]\n {2}index .*\n {6}build the index/);
    const none = captureIo();
    expect(await runCli([], none)).toBe(2);
    expect(none.out()).toBe(help.out());
  });

  it('exits 1 saying how to build a missing or stale index', async () => {
    const io = captureIo();
    expect(await runCli(['ask', 'putin', '--index', join(tmpdir(), 'summit-no-index')], io)).toBe(1);
    expect(io.err()).toMatch(/No index in .*Build it from the archive: npm run -s cli -- index/);
  });

  it('runs as a real process after npm ci: index builds a report, ask answers, a stale index exits 1', () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-cli-'));
    cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
    const cli = (...args: string[]) => spawnSync('npm', ['run', '-s', 'cli', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
    const built = cli('index', '--corpus', join(root, 'corpus'), '--out', join(root, 'index'));
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/5 articles .* 59 paragraphs/);
    expect(built.stdout).toContain('2022-12-30  video call  (002_cff825e3b96a151e, 004_db6102cc610135d6 inferred)');
    expect(built.stdout).toMatch(/dropped \(live-blog link\)/);
    const asked = cli('ask', 'stabilizing factor', '--json', '--index', join(root, 'index'));
    expect(JSON.parse(asked.stdout)).toMatchObject({
      results: [{ articleId: '002_cff825e3b96a151e' }, expect.anything(), expect.anything()],
    });
    execFileSync('sh', ['-c', `echo "more" >> "${join(root, 'corpus', '003_b7d4a532b33766fb.txt')}"`]);
    const stale = cli('summit', '2022-06-15', '--index', join(root, 'index'));
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/stale.*changed 003_b7d4a532b33766fb\.txt.*Rebuild it: npm run -s cli -- index/);
  });

  it('builds the same bytes with worker threads as in one thread', () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-workers-'));
    cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
    const run = (out: string, workers: string) =>
      spawnSync(
        'npm',
        ['run', '-s', 'cli', '--', 'index', '--corpus', join(root, 'corpus'), '--out', join(root, out), '--workers', workers, '--quiet'],
        { cwd: ROOT, encoding: 'utf8' },
      );
    const parallel = run('parallel', '2');
    expect(parallel.stdout).toContain('with 2 worker threads');
    expect(run('single', '0').status).toBe(0);
    const diff = spawnSync('diff', ['-r', join(root, 'parallel'), join(root, 'single')], { encoding: 'utf8' });
    expect(diff.stdout).toBe('');
    expect(diff.status).toBe(0);
  });
});

describe('index --json and --report', () => {
  it('prints the report’s summary; --report FILE writes the whole report, every article’s part with it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-report-'));
    cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
    const io = captureIo();
    expect(await runCli(['index', '--corpus', join(root, 'corpus'), '--out', join(root, 'index'), '--json'], io)).toBe(0);
    const summary = JSON.parse(io.out()) as Record<string, unknown>;
    expect(summary).toMatchObject({ articles: 5, paragraphs: 59, files: 5 });
    expect(summary).not.toHaveProperty('perArticle');
    // The stats an update trusts are saved beside the generations, not in one.
    expect(existsSync(fileStatsPath(join(root, 'index')))).toBe(true);

    const asked = captureIo();
    const file = join(root, 'report.json');
    expect(await runCli(['index', '--corpus', join(root, 'corpus'), '--out', join(root, 'index'), '--json', '--report', file], asked)).toBe(
      0,
    );
    expect(JSON.parse(asked.out())).toMatchObject({ articles: 5, report: file });
    const report = JSON.parse(readFileSync(file, 'utf8')) as { perArticle: Array<{ id: string }> };
    expect(report.perArticle.map((a) => a.id)).toHaveLength(5);
  });

  it('refuses --report without a file name', async () => {
    const io = captureIo();
    expect(await runCli(['index', '--report'], io)).toBe(2);
    expect(io.err()).toMatch(/--report needs a file name/);
  });
});
