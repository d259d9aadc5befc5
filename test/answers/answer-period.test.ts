/** A period or a day without a year lists every summit in it, oldest first, each with its best excerpt. */
import { answerSummit } from '../../src/answers';
import type { Answer } from '../../src/answers/types';
import { renderForTerminal } from '../../src/render/terminal';
import { toContractJson } from '../../src/render/contract-json';
import { renderSlackMessage } from '../../src/render/slack';
import { bundledArchive } from '../support/small-archive';

const archive = bundledArchive();
const TODAY = '2026-11-25';
const ask = (text: string) => answerSummit(archive, text, { today: TODAY });
const dates = (a: Answer) => (a.kind === 'period' ? a.events.map((e) => e.date) : []);
const firstLine = (a: Answer) => renderForTerminal(a, { color: false }).split('\n')[0];

describe('periods and days without a year', () => {
  it.each([
    ['Dec 30', ['2022-12-30'], '*Xi–Putin summits on 30 December in any year: 1*'],
    ['June 15', ['2022-06-15'], '*Xi–Putin summits on 15 June in any year: 1*'],
    ['15 June', ['2022-06-15'], '*Xi–Putin summits on 15 June in any year: 1*'],
    ['June 2022', ['2022-06-15'], '*Xi–Putin summits in June 2022: 1*'],
    ['December 2021', ['2021-12-15'], '*Xi–Putin summits in December 2021: 1*'],
    ['2022', ['2022-06-15', '2022-12-30'], '*Xi–Putin summits in 2022: 2*'],
    ['Q4 2022', ['2022-12-30'], '*Xi–Putin summits in Q4 2022: 1*'],
    ['2021-12-15 to 2022-06-15', ['2021-12-15', '2022-06-15'], '*Xi–Putin summits from 15 December 2021 to 15 June 2022: 2*'],
    ['between June 2021 and May 2022', ['2021-12-15'], '*Xi–Putin summits from 1 June 2021 to 31 May 2022: 1*'],
  ])('%s lists %j', (text, events, heading) => {
    const answer = ask(text);
    expect(answer.kind).toBe('period');
    expect(dates(answer)).toEqual(events);
    expect(firstLine(answer)).toBe(heading);
    // Each summit is shown with the best excerpt of its coverage.
    if (answer.kind === 'period') expect(answer.results.map((r) => r.eventDate)).toEqual(events);
  });

  it('names the nearest summits when a period has none ("last June", "2019")', () => {
    const lastJune = ask('last June');
    expect(firstLine(lastJune)).toBe('No Xi–Putin summit in June 2026 in the archive.');
    expect(lastJune).toMatchObject({
      kind: 'period',
      period: { from: '2026-06-01', to: '2026-06-30' },
      events: [],
      nearest: [{ date: '2022-12-30' }],
    });
    expect(ask('2019')).toMatchObject({ events: [], nearest: [{ date: '2021-12-15', distanceDays: 715 }] });
  });

  it('gives the contract JSON: date and event null, period and events', () => {
    expect(toContractJson(ask('June 2022'))).toMatchObject({
      query: 'June 2022',
      date: null,
      event: null,
      period: { from: '2022-06-01', to: '2022-06-30' },
      events: [{ date: '2022-06-15' }],
    });
    expect(toContractJson(ask('Dec 30'))).toMatchObject({ date: null, day: '12-30', events: [{ date: '2022-12-30' }] });
  });

  it('renders in Slack with a header, each summit and its excerpt', () => {
    const message = renderSlackMessage(ask('2022'), { request: '2022' });
    expect(message.text).toContain('Xi–Putin summits in 2022: 2');
    expect(JSON.stringify(message.blocks)).toContain('30 December 2022 · video call');
    const none = renderSlackMessage(ask('2019'), { request: '2019' });
    expect(none.text).toContain('No Xi–Putin summit in 2019 in the archive.');
  });

  it('still answers a full date with its summit', () => {
    expect(ask('2022-06-15')).toMatchObject({ kind: 'date', event: { date: '2022-06-15' } });
  });
});
