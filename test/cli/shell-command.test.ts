/** `npm run -s cli -- shell`: the local shell read as every command reads its configuration. */
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { captureIo } from '../support/capture-io';

const INDEX = join(__dirname, '..', '..', 'index');
const EVENING_IN_UTC = new Date('2026-06-14T20:00:00Z'); // already 15 June in Shanghai

describe('cli shell', () => {
  it('answers piped lines, "today" read in DAILY_TZ', async () => {
    const io = captureIo({ DAILY_TZ: 'Asia/Shanghai' }, EVENING_IN_UTC, '/summit on this date\n');
    expect(await runCli(['shell', '--index', INDEX, '--no-color'], io)).toBe(0);
    expect(io.out()).toContain('4 years ago, 15 June 2022');
    expect(io.err()).toBe('');
  });

  it('a DAILY_TZ that is no time zone stops it before the first line, exit 2 with the reason (no quiet UTC)', async () => {
    const io = captureIo({ DAILY_TZ: 'Mars/Olympus_Mons' }, EVENING_IN_UTC, '/summit on this date\n');
    expect(await runCli(['shell', '--index', INDEX], io)).toBe(2);
    expect(io.err()).toBe('DAILY_TZ: must be an IANA time zone such as Europe/Berlin\n');
    expect(io.out()).toBe('');
  });

  it('--index DIR is read in place of INDEX_DIR', async () => {
    const io = captureIo({ INDEX_DIR: '/nonexistent/index' }, EVENING_IN_UTC, '/summit 2022-06-15\n');
    expect(await runCli(['shell', '--index', INDEX, '--no-color'], io)).toBe(0);
    expect(io.out()).toContain('15 June 2022 · phone call · 2 articles');
  });

  it('exits 1 with the rebuild hint when the index is missing', async () => {
    const io = captureIo({ INDEX_DIR: '/nonexistent/index' });
    expect(await runCli(['shell'], io)).toBe(1);
    expect(io.err()).toMatch(/^summit: No index in \/nonexistent\/index\/\. Build it from the archive: npm run -s cli -- index/);
  });

  it('an argument the shell does not take exits 2 with the usage, in one line', async () => {
    const io = captureIo();
    expect(await runCli(['shell', '--json'], io)).toBe(2);
    expect(io.err()).toBe(
      'summit: unknown argument "--json"; usage: npm run -s cli -- shell [--index DIR] [--color] [--no-color] [--blocks]\n',
    );
  });
});
