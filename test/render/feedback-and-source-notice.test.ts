/**
 * What a person sees under and instead of an answer: Helpful / Not helpful under every answer, however
 * long (an excerpt is left for "More" rather than the feedback dropped); an unknown source said the
 * same way in the notification as in the message, with how to ask again for where it was asked; and
 * "More" on a shared post marked so that it answers only whoever clicks.
 */
import { decodeActionValue } from '../../src/render/slack/action-value';
import { renderSlackMessage, type FeedbackStyle, type SlackRenderOptions } from '../../src/render/slack';
import { blockChars } from '../../src/render/slack/pack-blocks';
import { SLACK_LIMITS } from '../../src/render/slack/slack-limits';
import { blocksOf, buttons, shownText, visibleText } from '../support/slack-reading';
import { HUGE, dateAnswer, datedEvent, question, quoteResult, quotesAnswer, result } from './answers';

/** A date page like the one the tester saw: many articles, each with an excerpt of a few hundred characters. */
const longDatePage = () =>
  dateAnswer({
    event: datedEvent({
      articles: Array.from({ length: 40 }, (_, i) => ({
        articleId: `a${i}`,
        title: `Report ${i}`,
        published: '2019-06-05',
        dateFrom: 'header' as const,
      })),
    }),
    results: Array.from({ length: 40 }, (_, i) =>
      result({
        articleId: `a${i}`,
        paragraph: i,
        title: `Report ${i} on the state visit`,
        excerpt: `${'Xi and Putin signed agreements on trade and energy. '.repeat(6)}(${i})`,
      }),
    ),
    page: { offset: 0, limit: 40, total: 40 },
  });

const LONG_ANSWERS = {
  'a long date page': longDatePage,
  'a huge question': HUGE.question,
  'a huge date page': HUGE.date,
  'a speaker’s huge quotes': HUGE.quotes,
  'a huge “on this date”': HUGE.onThisDate,
};

const feedbackShown = (message: { blocks: unknown[] }, style: FeedbackStyle) => {
  const last = blocksOf(message as unknown as Record<string, unknown>).at(-1)!;
  if (style === 'context_actions') return last.type === 'context_actions' && last.elements?.[0]?.type === 'feedback_buttons';
  return (
    last.type === 'actions' &&
    (last.elements ?? []).map((e) => e.action_id).join() === 'summit_feedback_helpful,summit_feedback_not_helpful'
  );
};

describe('Helpful / Not helpful under every answer, however long', () => {
  const surfaces: Array<[string, SlackRenderOptions]> = [
    [
      'an ephemeral /summit reply',
      { asked: '/summit 2019-06-05', request: '2019-06-05', share: true, feedback: 'buttons', showContext: true },
    ],
    ['a reply in a thread', { request: '2019-06-05', replyIn: 'thread', feedback: 'context_actions', showContext: true }],
    ['a post shared in the channel', { request: '2019-06-05', sharedBy: 'U0SHARER1', feedback: 'context_actions', showContext: true }],
  ];
  for (const [what, make] of Object.entries(LONG_ANSWERS))
    it.each(surfaces)(`%s of ${what} ends with the feedback, within Slack's limits, with More for the rest`, (_surface, opts) => {
      const message = renderSlackMessage(make(), opts);
      expect(feedbackShown(message, opts.feedback!)).toBe(true);
      expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(blockChars(message.blocks)).toBeLessThanOrEqual(SLACK_LIMITS.totalBlockChars);
      expect(buttons(message as unknown as Record<string, unknown>).map((b) => b.text)).toContainEqual(expect.stringMatching(/^More /));
    });

  it('leaves an excerpt for the next page rather than the feedback out', () => {
    const answer = longDatePage();
    const without = renderSlackMessage(answer, { request: '2019-06-05' });
    const withFeedback = renderSlackMessage(answer, { request: '2019-06-05', feedback: 'buttons' });
    const excerpts = (m: { blocks: unknown[] }) =>
      visibleText(m as unknown as Record<string, unknown>).match(/Xi and Putin signed/g)?.length ?? 0;
    expect(excerpts(withFeedback)).toBeGreaterThan(0);
    expect(excerpts(withFeedback)).toBeLessThan(excerpts(without));
    expect(visibleText(withFeedback as unknown as Record<string, unknown>)).toMatch(/Showing 1–\d+ of 40/);
  });
});

describe('an unknown source: the notification says what the message says', () => {
  const unknown = { name: 'Reuters', articles: 0 };
  const blockText = (m: { blocks: unknown[] }) => shownText(visibleText(m as unknown as Record<string, unknown>)).replace(/_/g, '');

  it('a typed question: the fallback text is the block’s sentence, which says to ask again without source:"…"', () => {
    const answer = question([], { query: 'what did Xi say about NATO?', source: unknown });
    const message = renderSlackMessage(answer, { request: 'what did Xi say about NATO? source:"Reuters"', feedback: 'context_actions' });
    const said = 'The archive has no article from Reuters. Ask again without source:"Reuters", or type /summit list to see every summit.';
    expect(blockText(message)).toBe(said);
    expect(shownText(message.text)).toBe(said);
    expect(message.text).not.toMatch(/Nothing found/);
  });

  it('a typed question a known source has nothing for, and a speaker’s quotes from an unknown source', () => {
    const question1 = renderSlackMessage(question([], { query: 'NATO', source: { name: 'TASS', articles: 3 } }), {});
    expect(shownText(question1.text)).toBe(blockText(question1));
    expect(blockText(question1)).toContain('or ask again without source:"TASS" to search every source.');

    const quotes = renderSlackMessage(quotesAnswer([], { page: { offset: 0, limit: 3, total: 0 }, source: unknown }), {});
    expect(shownText(quotes.text)).toBe(blockText(quotes));
    expect(blockText(quotes)).toBe('The archive has no article from Reuters. Ask again without source:"Reuters".');
  });

  it('from the search modal’s Source menu: still “search again with Source left empty”, in both', () => {
    const answer = question([], { query: 'NATO', source: unknown });
    const message = renderSlackMessage(answer, { sourceFrom: 'menu' });
    expect(blockText(message)).toContain('Search again with Source left empty');
    expect(shownText(message.text)).toBe(blockText(message));
  });

  it('a question that found nothing without a source: the notification says what the message says', () => {
    const message = renderSlackMessage(question([], { query: 'zeppelins' }), {});
    expect(shownText(message.text)).toBe(blockText(message));
  });
});

describe('"More" on a post shared in the channel', () => {
  const answer = () =>
    quotesAnswer([quoteResult(), quoteResult({ paragraph: 3 }), quoteResult({ paragraph: 4 })], {
      page: { offset: 0, limit: 3, total: 9 },
    });
  const moreOf = (opts: SlackRenderOptions) =>
    decodeActionValue(
      buttons(renderSlackMessage(answer(), opts) as unknown as Record<string, unknown>).find((b) => b.action_id === 'summit_more')?.value,
    );

  it('is marked as on a shared post; an answer only its asker sees is not', () => {
    expect(moreOf({ request: 'quotes Putin', sharedBy: 'U0SHARER1' })).toEqual({
      request: 'quotes Putin',
      offset: 3,
      replyIn: 'ephemeral',
      shared: true,
    });
    expect(moreOf({ request: 'quotes Putin', share: true })).toEqual({ request: 'quotes Putin', offset: 3, replyIn: 'ephemeral' });
  });
});
