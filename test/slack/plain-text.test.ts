import { mentionText } from '../../src/slack/mention-text';
import { slackTextToPlain } from '../../src/slack/plain-text';
import { SeenEvents } from '../../src/slack/seen-events';

describe('text from Slack', () => {
  it('turns Slack formatting into what was typed', () => {
    expect(slackTextToPlain('<!channel> <@U1|bob> <#C1|general> <https://x.example|x> &lt;b&gt; &amp;')).toBe(
      '@channel @bob #general x <b> &',
    );
  });

  it('strips the leading mentions of the bot only', () => {
    expect(mentionText('<@UBOT> <@UBOT>  2022-06-15', 'UBOT')).toBe('2022-06-15');
    expect(mentionText('<@UOTHER> hi', 'UBOT')).toBe('@UOTHER hi');
    expect(mentionText('<@UBOT>', 'UBOT')).toBe('');
  });
});

describe('SeenEvents', () => {
  it('remembers a bounded number of ids', () => {
    const seen = new SeenEvents(2);
    expect(seen.firstTime('a')).toBe(true);
    expect(seen.firstTime('a')).toBe(false);
    seen.firstTime('b');
    seen.firstTime('c');
    expect(seen.firstTime('a')).toBe(true);
  });
});
