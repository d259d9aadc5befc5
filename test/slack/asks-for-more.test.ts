import { asksForMore } from '../../src/slack/asks-for-more';

describe('a message that only asks for more', () => {
  it.each([
    'more',
    'More',
    'MORE',
    'more please',
    'More, please!',
    'next',
    'Next.',
    'next page',
    'show more',
    'give me more results',
    'more?',
  ])('%p asks for more', (text) => expect(asksForMore(text)).toBe(true));

  it.each(['more about gas', 'more gas', 'next summit', 'what more did they say?', 'more than 10 deals', 'Putin', ''])(
    '%p is a request of its own',
    (text) => expect(asksForMore(text)).toBe(false),
  );
});
