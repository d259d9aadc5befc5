/**
 * A one-shot command reads each file of the index when its answer first needs it, checked against
 * its SHA-256 then: a damaged file is refused by the command that reads it, naming it and the
 * rebuild; the bot reads every one at start (openArchiveInStages) and refuses it there.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { openArchiveInStages } from '../../src/search/archive';
import { buildIndex } from '../../src/search/build-index';
import { captureIo } from '../support/capture-io';
import { generationDir } from '../support/damaged-index';

const ROOT = join(__dirname, '..', '..');

/** An index of the bundled archive whose statements.json has other bytes of the same length. */
function indexWithDamagedStatements(): string {
  const root = mkdtempSync(join(tmpdir(), 'summit-damaged-'));
  cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
  const index = join(root, 'index');
  buildIndex(join(root, 'corpus'), index);
  const file = join(generationDir(index), 'statements.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/Putin/g, 'PUTIN'));
  return index;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('a damaged file of the index', () => {
  it('is refused by the command that reads it, naming the file and the rebuild; a command that does not read it answers', async () => {
    const index = indexWithDamagedStatements();
    const quotes = await run('quotes', 'Putin', '--index', index);
    expect([quotes.code, quotes.out]).toEqual([1, '']);
    expect(quotes.err).toMatch(
      /^summit: The index in .*\/ is damaged: g-[0-9a-f]{16}\/statements\.json does not match its checksum\. Rebuild it: npm run -s cli -- index .*\n$/,
    );
    const events = await run('events', '--json', '--index', index);
    expect([events.code, events.err]).toEqual([0, '']);
    expect(JSON.parse(events.out)).toMatchObject({ events: expect.arrayContaining([expect.objectContaining({ date: '2022-06-15' })]) });
  });

  it('is refused by the bot when it opens the index', () => {
    const index = indexWithDamagedStatements();
    expect(() => openArchiveInStages(index)).toThrow(/damaged: g-[0-9a-f]{16}\/statements\.json does not match its checksum/);
  });
});
