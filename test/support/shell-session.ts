/** The local shell fed whole lines through a pipe, as `echo … | npm start` does: what it printed. */
import { PassThrough, Readable } from 'node:stream';
import { openArchive } from '../../src/search/archive';
import { runShell, type ShellOptions } from '../../src/shell/run-shell';

export const SHELL_NOW = () => new Date('2023-12-30T08:00:00Z');

export async function shellSession(lines: string[], options: Partial<Omit<ShellOptions, 'input' | 'output'>> = {}): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  await runShell({
    archive: openArchive('index'),
    now: SHELL_NOW,
    color: false,
    ...options,
    input: Readable.from([lines.join('\n')]),
    output,
  });
  return chunks.join('');
}
