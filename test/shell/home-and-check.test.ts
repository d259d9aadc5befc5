import { readShellLine } from '../../src/shell/read-shell-line';
import { shellSession } from '../support/shell-session';

const shell = (lines: string[]) => shellSession(lines, { dailyChannels: ['C0DAILY01'] });

describe('the shell shows Slack’s new surfaces as text', () => {
  it('reads `home` and `check <message>`', () => {
    expect(readShellLine('home')).toEqual({ kind: 'home' });
    expect(readShellLine('check: list')).toEqual({ kind: 'check', text: 'list' });
  });

  it('`home` is the App Home: latest summits, today’s anniversaries, daily channels, how to ask', async () => {
    const out = await shell(['home']);
    expect(out).toMatch(/Latest summits[\s\S]*30 December 2022 · video call · 2 articles/);
    expect(out).toContain('On this date, 30 December');
    expect(out).toContain('1 year ago, 30 December 2022 — video call');
    expect(out).toContain('#C0DAILY01');
    expect(out).toContain('/summit quotes Putin 2022-12-30');
  });

  it('`check` answers as "Check with Summit" does: always a search, pageable with more', async () => {
    const out = await shell(['check Putin said military cooperation matters', 'more', 'check list']);
    expect(out).toContain('Checked with Summit: "Putin said military cooperation matters"');
    expect(out).toMatch(/Showing 4–6 of \d+ excerpts/);
    // A message reading "list" is searched, not the timeline.
    expect(out).toContain('Checked with Summit: "list"');
    expect(out).not.toContain('Xi–Putin summits in the archive:');
  });
});
