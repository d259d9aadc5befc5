/** An event the archive only announces is never shown as if it took place. */
import { answerSummit } from '../../src/answers';
import { renderSlackMessage } from '../../src/render/slack';
import { renderForTerminal } from '../../src/render/terminal';
import { buildSmallArchive } from '../support/small-archive';

describe('an announced-only event', () => {
  const { archive } = buildSmallArchive({
    'plan.txt': [
      'date 2019-11-29 Vladimir Putin will take part in a ceremony with Xi Jinping',
      'On December 2, Vladimir Putin and President of China Xi Jinping will hold a video call to launch gas supplies.',
    ].join('\n\n'),
  });
  afterAll(() => archive.close());

  it('says on its date page that the archive only announces it, in the shell and in Slack', () => {
    const answer = answerSummit(archive, '2019-12-02', { today: '2026-12-01' });
    expect(answer.kind === 'date' && answer.event?.confidence).toBe('announced');
    expect(renderForTerminal(answer, { color: false }).split('\n')[0]).toContain('announced; the archive has no report that it took place');
    expect(JSON.stringify(renderSlackMessage(answer).blocks)).toContain('announced; the archive has no report that it took place');
  });
});
