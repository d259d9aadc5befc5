import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellBanner } from '../../src/render/copy';

const ROOT = join(__dirname, '..', '..');
/** The environment of a fresh machine: no Slack tokens, no .env values. */
const cleanEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !k.startsWith('DAILY_') && k !== 'INDEX_DIR'));

describe('npm start without Slack tokens', () => {
  it('says in one line that it runs the local shell on the bundled archive, answers a piped request and exits', () => {
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      input: '/summit 2022-06-15\n@summit who called NATO rhetoric aggressive?\n',
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Summit: no Slack tokens set, so this is the local shell on the bundled archive .*docs\/slack-setup\.md/);
    expect(run.stdout).toContain('15 June 2022 · phone call · 2 articles');
    expect(run.stdout).toMatch(/very \*?aggressive\*?/);
    expect(run.stdout).toMatch(/¶ \d+/);
  });

  it('names the index it serves when INDEX_DIR names another than the bundled one', () => {
    const index = join(ROOT, 'index');
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      input: '/summit 2022-06-15\n',
      encoding: 'utf8',
      env: { ...cleanEnv(), INDEX_DIR: index },
    });
    expect(run.status).toBe(0);
    const [banner] = run.stdout.split('\n');
    expect(banner).toBe(`${shellBanner(index)}`);
    expect(banner).toContain(`local shell on the index in ${index}/;`);
    expect(banner).not.toContain('bundled archive');
    expect(shellBanner('index')).toContain('local shell on the bundled archive (index/)');
  });

  it('needs no STATE_DIR: the local shell keeps no state, so an unusable one does not stop it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-shell-'));
    try {
      const stateFile = join(dir, 'state-is-a-file');
      writeFileSync(stateFile, '');
      const run = spawnSync('npm', ['start', '--silent'], {
        cwd: ROOT,
        input: '/summit 2022-06-15\n',
        encoding: 'utf8',
        env: { ...cleanEnv(), STATE_DIR: stateFile },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('15 June 2022 · phone call · 2 articles');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops with every configuration problem listed at once', () => {
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      input: '',
      encoding: 'utf8',
      env: { ...cleanEnv(), SLACK_BOT_TOKEN: 'nope', DAILY_TIME: '9am', DAILY_TZ: 'Mars/Base' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN');
    expect(run.stderr).toContain('DAILY_TIME');
    expect(run.stderr).toContain('DAILY_TZ');
    expect(run.stderr).not.toMatch(/\n\s+at /); // a list for a person, no stack
  });
});
