import { parseRequest } from '../../src/requests/parse-request';
import { todayIn } from '../../src/requests/today';

describe('parseRequest', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['LIST', { kind: 'list' }],
    ['on this date', { kind: 'on-this-date' }],
    ['On this day 06-15', { kind: 'on-this-date', day: '06-15' }],
    ['subscribe', { kind: 'subscription', action: 'subscribe' }],
    ['subscriptions', { kind: 'subscription', action: 'list' }],
    ['15 June 2022', { kind: 'summit', text: '15 June 2022' }],
    ['  what   about gas? ', { kind: 'summit', text: 'what about gas?' }],
    ['quotes Putin 2022-12-30', { kind: 'quotes', text: 'Putin 2022-12-30' }],
    ['Quotes by Wang Wenbin NATO', { kind: 'quotes', text: 'Wang Wenbin NATO' }],
    ['quotes', { kind: 'quotes', text: '' }],
  ])('%j', (text, expected) => {
    expect(parseRequest(text)).toEqual(expected);
  });

  it('reads today in the configured time zone', () => {
    const instant = new Date('2023-06-14T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2023-06-14');
    expect(todayIn('Asia/Shanghai', instant)).toBe('2023-06-15');
  });
});
