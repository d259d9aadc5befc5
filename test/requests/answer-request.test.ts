/** The one dispatch, from what a person types in Slack to the answer kind. */
import { parseRequest } from '../../src/requests/parse-request';
import { answerRequest } from '../../src/requests/answer-request';
import { renderForTerminal } from '../../src/render/terminal';
import { bundledArchive } from '../support/small-archive';

const archive = bundledArchive();
const TODAY = '2026-11-25';
const reply = (typed: string) => {
  const request = parseRequest(typed);
  if (request.kind === 'help' || request.kind === 'subscription') throw new Error(typed);
  return answerRequest(request, { archive, today: TODAY });
};

describe('/summit with dates and periods', () => {
  it('"on this date 2022-06-15" includes that day\'s own summit', () => {
    const answer = reply('on this date 2022-06-15');
    expect(answer).toMatchObject({ kind: 'on-this-date', events: [{ date: '2022-06-15' }] });
    expect(renderForTerminal(answer, { color: false })).not.toContain('No Xi–Putin summit happened');
  });

  it.each(['Dec 30', 'June 2022', 'Q4 2022', '2022', 'last June', '2021-12-15 to 2022-06-15'])('%s is a period answer', (typed) => {
    expect(reply(typed).kind).toBe('period');
  });

  it('a question that names a year says whose coverage it searched', () => {
    const answer = reply('how long did the 2021 video call last?');
    expect(answer).toMatchObject({ kind: 'question', scope: { words: ['2021'], events: [{ date: '2021-12-15' }] } });
    expect(renderForTerminal(answer, { color: false }).split('\n')[1]).toBe(
      'Searching the coverage of the 15 December 2021 video call first, then the rest of the archive.',
    );
  });
});
