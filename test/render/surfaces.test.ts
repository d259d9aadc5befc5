/** The Block Kit of the new surfaces: App Home, feedback, "Show in context", modals; limits and escaping. */
import { homeAnswer } from '../../src/answers/home';
import { paragraphContext } from '../../src/answers/paragraph-context';
import {
  renderHomeView,
  renderParagraphContext,
  renderSlackMessage,
  reasonModal,
  searchModal,
  type SlackMessage,
} from '../../src/render/slack';
import { decodeContextValue, decodeFeedbackValue, encodeFeedbackValue } from '../../src/render/slack/feedback';
import { renderFeedbackForTerminal, renderHomeForTerminal } from '../../src/render/terminal';
import { bundledArchive } from '../support/small-archive';
import { HOSTILE, question, quoteResult, quotesAnswer, result } from './answers';

type AnyBlock = {
  type: string;
  text?: { text: string };
  accessory?: { action_id: string; value: string; text: { text: string } };
  elements?: Array<Record<string, unknown>>;
};
const blocksOf = (m: { blocks: unknown[] }) => m.blocks as AnyBlock[];
const allText = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);

describe('feedback on answers', () => {
  it('posted answers end with Slack’s feedback buttons carrying the query and the citations shown', () => {
    const answer = question([result(), result({ articleId: 'b', paragraph: 7 })]);
    const message = renderSlackMessage(answer, { request: 'gas', feedback: 'context_actions', showContext: true });
    const last = blocksOf(message).at(-1)!;
    expect(last.type).toBe('context_actions');
    const element = last.elements![0] as {
      type: string;
      action_id: string;
      positive_button: { value: string; text: { text: string } };
      negative_button: { value: string };
    };
    expect(element).toMatchObject({
      type: 'feedback_buttons',
      action_id: 'summit_feedback',
      positive_button: { text: { text: 'Helpful' } },
    });
    expect(decodeFeedbackValue(element.positive_button.value)).toEqual({
      verdict: 'helpful',
      query: 'gas',
      citations: [
        { articleId: result().articleId, paragraph: result().paragraph },
        { articleId: 'b', paragraph: 7 },
      ],
    });
    expect(decodeFeedbackValue(element.negative_button.value)?.verdict).toBe('not-helpful');
  });

  it('ephemeral answers get plain buttons; each excerpt gets "Show in context"', () => {
    const message = renderSlackMessage(question([result()]), { request: 'gas', feedback: 'buttons', showContext: true });
    const last = blocksOf(message).at(-1)!;
    expect(last.type).toBe('actions');
    expect(last.elements!.map((e) => (e.text as { text: string }).text)).toEqual(['Helpful', 'Not helpful']);
    const excerpt = blocksOf(message).find((b) => b.accessory)!;
    expect(excerpt.accessory!.text.text).toBe('Show in context');
    expect(decodeContextValue(excerpt.accessory!.value)).toEqual({ articleId: result().articleId, paragraph: result().paragraph });
  });

  it('each quote gets "Wrong attribution" naming its speaker and citation', () => {
    const message = renderSlackMessage(quotesAnswer([quoteResult()]), { request: 'quotes Putin', feedback: 'buttons' });
    const quote = blocksOf(message).find((b) => b.accessory)!;
    expect(quote.accessory!.text.text).toBe('Wrong attribution');
    expect(decodeFeedbackValue(quote.accessory!.value)).toMatchObject({
      verdict: 'wrong-attribution',
      citations: [{ articleId: quoteResult().articleId }],
    });
  });

  it('without the option, messages are as before (the daily post and older tests)', () => {
    const message = renderSlackMessage(question([result()]), { request: 'gas' });
    expect(allText(message)).not.toMatch(/summit_feedback|summit_context/);
  });

  it('a value keeps within 2,000 characters however long the query and the citations', () => {
    const citations = Array.from({ length: 200 }, (_, i) => ({ articleId: `article-with-a-long-name-${i}`, paragraph: i }));
    const value = encodeFeedbackValue({ verdict: 'not-helpful', query: 'x'.repeat(5000), citations });
    expect(value.length).toBeLessThanOrEqual(2000);
    const back = decodeFeedbackValue(value)!;
    expect(back.query.length).toBeLessThanOrEqual(500);
    expect(back.citations.length).toBeGreaterThan(10);
    expect(decodeFeedbackValue('{"k":"f","v":"?","q":"","c":[]}')).toBeNull();
    expect(decodeFeedbackValue('not json')).toBeNull();
  });
});

describe('the App Home', () => {
  const archive = bundledArchive();

  it('shows the latest summits newest first with Open, today’s anniversaries, the daily channels, how to ask', () => {
    const home = homeAnswer(archive, { today: '2023-12-30', dailyChannels: ['C0DAILY01', '#not-an-id'] });
    const view = renderHomeView(home);
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = allText(view);
    expect(text.indexOf('30 December 2022')).toBeLessThan(text.indexOf('15 June 2022'));
    expect(text).toContain('1 year ago');
    expect(text).toContain('<#C0DAILY01>');
    expect(text).not.toContain('not-an-id');
    expect(blocksOf(view).filter((b) => b.accessory?.action_id === 'summit_open')).toHaveLength(3);
  });

  it('escapes archive titles', () => {
    const home = homeAnswer(archive, { today: '2023-12-30', dailyChannels: [] });
    home.latest = [{ ...home.latest[0]!, title: HOSTILE }];
    const text = allText(renderHomeView(home));
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<https://evil');
  });

  it('reads as text in the shell', () => {
    const text = renderHomeForTerminal(homeAnswer(archive, { today: '2023-06-15', dailyChannels: [] }), { color: false });
    expect(text).toContain('Latest summits');
    expect(text).toContain('(/summit 2022-12-30)');
    expect(text).toContain('1 year ago, 15 June 2022 — phone call');
  });
});

describe('"Show in context"', () => {
  const archive = bundledArchive();

  it('shows the cited paragraph between its neighbours, with the article’s citation', () => {
    const article = archive.articles.find((a) => a.paragraphs > 3)!;
    const ctx = paragraphContext(archive, article.id, 2)!;
    expect(ctx.around.map((p) => p.paragraph)).toEqual([1, 2, 3]);
    const message: SlackMessage = renderParagraphContext(ctx);
    expect(message.text.length).toBeGreaterThan(0);
    expect(allText(message)).toContain('*¶ 3* ◀');
    expect(allText(message)).toContain(`¶ 3 of ${article.paragraphs}`);
  });

  it('is null for a paragraph or article that is not there', () => {
    expect(paragraphContext(archive, 'no-such-article', 0)).toBeNull();
    expect(paragraphContext(archive, archive.articles[0]!.id, 10_000)).toBeNull();
  });
});

describe('modals', () => {
  it('search: a required question, an optional period and speaker', () => {
    const view = searchModal();
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks.map((b) => [(b as { block_id: string }).block_id, (b as { optional: boolean }).optional])).toEqual([
      ['question', false],
      ['period', true],
      ['speaker', true],
    ]);
  });

  it('reason: notified on close, carrying the feedback', () => {
    const view = reasonModal('{"x":1}');
    expect(view).toMatchObject({ callback_id: 'summit_feedback_reason', notify_on_close: true, private_metadata: '{"x":1}' });
  });
});

describe('cli feedback as text', () => {
  it('one line per verdict, its reason and citations, then the counts', () => {
    const text = renderFeedbackForTerminal([
      {
        at: '2023-06-15T10:00:00.000Z',
        user: 'U1',
        channel: 'C1',
        query: 'gas',
        verdict: 'helpful',
        citations: [{ articleId: 'a', paragraph: 0 }],
      },
      {
        at: '2023-06-16T10:00:00.000Z',
        user: 'U2',
        channel: 'C1',
        query: 'quotes Putin',
        verdict: 'wrong-attribution',
        reason: 'Peskov said it',
        citations: [],
      },
    ]);
    expect(text).toContain('2023-06-15 10:00  helpful');
    expect(text).toContain('cited: a ¶ 1');
    expect(text).toContain('reason: Peskov said it');
    expect(text).toContain('Feedback: 1 helpful, 1 wrong attribution');
  });
});
