import { readShellLine } from '../../src/shell/read-shell-line';
import { shellSession } from '../support/shell-session';

const shell = (lines: string[], color = false) => shellSession(lines, { color });

describe('the local shell', () => {
  it('answers /summit, @summit and plain text, and exits at the end of input', async () => {
    const out = await shell(['/summit 2022-06-15', '@summit what did Putin say about military cooperation?', 'Heihe bridge']);
    expect(out).toContain('15 June 2022 · phone call · 2 articles');
    expect(out).toMatch(/\*military\*|\*cooperation\*/i);
    expect(out).toMatch(/¶ \d+/);
    expect(out.match(/Excerpts for/g)).toHaveLength(2);
  });

  it('pages with "more", lists, and answers on this date from the injected clock', async () => {
    const out = await shell(['/summit 2022-06-15', 'more', '/summit list', '/summit on this date']);
    expect(out).toMatch(/Showing 4–6 of \d+ excerpts/);
    expect(out).toContain('Xi–Putin summits in the archive: 3');
    expect(out).toContain('1 year ago, 30 December 2022');
  });

  it('gives usage, the mention hint, and says subscriptions are for Slack', async () => {
    const out = await shell(['/summit', '@summit', '/summit subscribe', '/summit 2022-02-30']);
    expect(out).toContain('Type what you would type in Slack');
    expect(out).toContain('Ask about a Xi–Putin call or meeting');
    expect(out).toContain('Subscriptions are for Slack channels');
  });

  it('colours matches when asked', async () => {
    expect(await shell(['/summit 2022-12-30'], true)).toContain('\u001b[1m');
  });

  it('reads lines the way Slack would', () => {
    expect(readShellLine('  /summit   list ')).toEqual({ kind: 'request', text: 'list', via: 'command' });
    expect(readShellLine('@Summit: gas')).toEqual({ kind: 'request', text: 'gas', via: 'mention' });
    expect(readShellLine('gas')).toEqual({ kind: 'request', text: 'gas', via: 'mention' });
    expect(readShellLine('')).toEqual({ kind: 'skip' });
    expect(readShellLine('quit')).toEqual({ kind: 'exit' });
  });
});
