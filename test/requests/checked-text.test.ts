import { checkedText, CHECK_MAX_CHARS } from '../../src/requests/checked-text';
import { shellSession as shell } from '../support/shell-session';

describe('what "Check with Summit" checks of a message', () => {
  it('leaves out mentions, channel references, pings, links and emoji codes', () => {
    expect(checkedText('<@U0123ABC> :smile: <https://example.com>')).toBe('');
    expect(checkedText('<@U0123ABC|alice> <#C0123ABC|general> <!here> <!subteam^S0123|@team> :tada: :+1::skin-tone-2:')).toBe('');
    expect(checkedText('<@U0123ABC> Putin met Xi :flag-cn: <https://example.com/a?b=1>')).toBe('Putin met Xi');
    expect(checkedText('<mailto:press@example.com|press@example.com> gas deal')).toBe('gas deal');
  });

  it('keeps a link’s label when it is words, not when it is the address again', () => {
    expect(checkedText('Putin said <https://example.com/story|in an interview> gas is cheap')).toBe(
      'Putin said in an interview gas is cheap',
    );
    expect(checkedText('see <http://example.com|example.com> and <https://www.example.org/x|www.example.org/x>')).toBe('see and');
  });

  it('leaves out addresses typed bare, as in the shell', () => {
    expect(checkedText('<@U0123ABC> :smile: https://example.com')).toBe('');
    expect(checkedText('gas www.example.com/a deal press@example.com')).toBe('gas deal');
  });

  it('keeps the words, times, dates and text that only looks like markup', () => {
    expect(checkedText('Talks began at 10:30:45 &amp; ended &lt;late&gt;')).toBe('Talks began at 10:30:45 & ended <late>');
    expect(checkedText('<!date^1392734382^{date}|Feb 18, 2014> summit')).toBe('Feb 18, 2014 summit');
    expect(checkedText('Xi: cooperation')).toBe('Xi: cooperation');
    expect(checkedText('  Putin\n and   Xi  ')).toBe('Putin and Xi');
  });

  it('is empty when only punctuation is left, and cut at a word when long', () => {
    expect(checkedText(':tada: !!! <https://example.com> —')).toBe('');
    const long = checkedText(`${'cooperation '.repeat(200)}`);
    expect(long.length).toBeLessThanOrEqual(CHECK_MAX_CHARS);
    expect(long.endsWith('cooperation')).toBe(true);
  });
});

describe('the shell’s `check`', () => {
  it('says there is nothing to check in a message of a mention, an emoji code and a link', async () => {
    const out = await shell(['check <@U0123ABC> :smile: https://example.com']);
    expect(out).toContain('There is nothing to check in that message');
    expect(out).not.toMatch(/Checked with Summit|excerpts/);
  });

  it('checks only the words, and `more` still pages that answer', async () => {
    const out = await shell(['check <@U0123ABC> Putin said military cooperation matters :smile: https://example.com', 'more']);
    expect(out).toContain('Checked with Summit: "Putin said military cooperation matters"');
    expect(out).toMatch(/Showing 4–6 of \d+ excerpts/);
  });

  it('still says a message with no text has none', async () => {
    expect(await shell(['check'])).toContain('That message has no text I can check');
  });
});
