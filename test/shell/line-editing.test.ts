/**
 * On a terminal the shell edits lines and keeps history (Node's readline): the up arrow brings back
 * the last line instead of searching "[A". In a pipe, lines are read exactly as they come.
 */
import { PassThrough, Readable } from 'node:stream';
import { openArchive } from '../../src/search/archive';
import { runShell } from '../../src/shell/run-shell';

const NOW = () => new Date('2023-12-30T08:00:00Z');
const UP = '\x1b[A';
const LEFT = '\x1b[D';

/** Keys typed one chunk at a time, as a terminal sends them, with the answer awaited in between. */
async function typeKeys(chunks: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const done = runShell({ archive: openArchive('index'), input, output, now: NOW, color: false, terminal: true, prompt: 'summit> ' });
  for (const chunk of chunks) {
    input.write(chunk);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  input.end();
  await done;
  return out;
}

describe('the shell on a terminal', () => {
  it('brings back the last line with the up arrow instead of searching "[A"', async () => {
    const out = await typeKeys(['/summit 2022-06-15\r', `${UP}\r`]);
    expect(out.match(/15 June 2022 · phone call · 2 articles/g)).toHaveLength(2);
    expect(out).not.toContain('"[A"');
    expect(out).not.toContain('Excerpts for');
  });

  it('edits the line: the left arrow moves back and a letter is put in there', async () => {
    const out = await typeKeys(['/summit 2022-06-5', LEFT, '1', '\r']);
    expect(out).toContain('15 June 2022 · phone call · 2 articles');
  });

  it('ends at Ctrl-C', async () => {
    const out = await typeKeys(['/summit list\r', '\x03', '/summit 2022-06-15\r']);
    expect(out).toContain('Xi–Putin summits in the archive: 3');
    expect(out).not.toContain('15 June 2022 · phone call');
  });
});

describe('the shell in a pipe', () => {
  it('reads escape sequences as they come and answers each line as typed', async () => {
    const output = new PassThrough();
    let out = '';
    output.on('data', (c: Buffer) => (out += c.toString('utf8')));
    await runShell({
      archive: openArchive('index'),
      input: Readable.from(['/summit 2022-06-15\n/summit list\n']),
      output,
      now: NOW,
      color: false,
    });
    expect(out).toContain('15 June 2022 · phone call · 2 articles');
    expect(out).toContain('Xi–Putin summits in the archive: 3');
    expect(out).not.toContain('summit> ');
  });
});
