/**
 * STATE_DIR at start. Root ignores permission bits, and these tests may run as root: the folders
 * that must fail for everyone are a file or under a file; a read-only folder is checked as an
 * unprivileged user (a child process as `nobody` when the test runs as root).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStateDir, type StateDirFs } from '../../src/startup/check-state-dir';

const ROOT = join(__dirname, '..', '..');
const NOBODY = 65534;

/** checkStateDir(dir) as a user without privileges. */
function checkAsUnprivileged(dir: string): string | undefined {
  if (process.getuid?.() !== 0) return checkStateDir(dir);
  const script = `const { checkStateDir } = require('./src/startup/check-state-dir.ts'); process.stdout.write(JSON.stringify(checkStateDir(${JSON.stringify(dir)}) ?? null));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the check as uid ${NOBODY} failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as string | null) ?? undefined;
}

function failingFs(call: 'writeFileSync' | 'readdirSync', code: string): StateDirFs {
  const fail = () => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  return { ...fs, [call]: fail };
}

describe('checkStateDir', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'summit-state-'));
    chmodSync(tmp, 0o755); // an unprivileged user may look inside
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('accepts a writable folder and leaves nothing behind', () => {
    expect(checkStateDir(tmp)).toBeUndefined();
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('creates a missing folder, parents included', () => {
    const dir = join(tmp, 'a', 'b');
    expect(checkStateDir(dir)).toBeUndefined();
    expect(existsSync(dir)).toBe(true);
  });

  it('refuses a file', () => {
    const file = join(tmp, 'file');
    writeFileSync(file, '');
    expect(checkStateDir(file)).toBe(
      `STATE_DIR: ${file} is a file, not a folder. Summit keeps the daily ledger and the subscriptions there. Set STATE_DIR to a folder (Summit creates it when missing).`,
    );
  });

  it('refuses a folder under a file, naming the file in the way', () => {
    const file = join(tmp, 'file');
    writeFileSync(file, '');
    expect(checkStateDir(join(file, 'state', 'deeper'))).toMatch(
      new RegExp(`^STATE_DIR: ${join(file, 'state', 'deeper')} cannot be created: ${file} is a file, not a folder\\.`),
    );
  });

  it('refuses a read-only folder, found by writing, not by reading permission bits', () => {
    const dir = join(tmp, 'read-only');
    mkdirSync(dir, { mode: 0o555 });
    chmodSync(dir, 0o555);
    expect(checkAsUnprivileged(dir)).toBe(
      `STATE_DIR: ${dir} is read-only for this user (EACCES). Summit keeps the daily ledger and the subscriptions there. Let this user write it, or set STATE_DIR to a folder it can write.`,
    );
  });

  it('refuses a folder it cannot list', () => {
    const dir = join(tmp, 'unreadable');
    mkdirSync(dir);
    chmodSync(dir, 0o333);
    expect(checkAsUnprivileged(dir)).toMatch(new RegExp(`^STATE_DIR: ${dir} cannot be read \\(EACCES\\)\\.`));
  });

  it('refuses a missing folder it may not create', () => {
    const parent = join(tmp, 'locked');
    mkdirSync(parent);
    chmodSync(parent, 0o555);
    expect(checkAsUnprivileged(join(parent, 'state'))).toMatch(
      new RegExp(`^STATE_DIR: ${join(parent, 'state')} does not exist and cannot be created \\(EACCES\\)\\.`),
    );
  });

  it('says when the file system is read-only or full', () => {
    expect(checkStateDir(tmp, failingFs('writeFileSync', 'EROFS'))).toMatch(/ is on a read-only file system \(EROFS\)\./);
    expect(checkStateDir(tmp, failingFs('writeFileSync', 'ENOSPC'))).toMatch(/ is on a full disk \(ENOSPC\)\./);
  });
});
