import { listSummits } from '../../src/answers';
import type { Answer } from '../../src/answers/types';
import type { Archive } from '../../src/search/archive';
import { decodeActionValue } from '../../src/render/slack/action-value';
import { renderMentionHint, renderNotice, renderSlackMessage, renderUsageMessage, type SlackMessage } from '../../src/render/slack';
import { blockChars } from '../../src/render/slack/pack-blocks';
import { datedEvent, dateAnswer, event, HOSTILE, HUGE, question, quoteResult, quotesAnswer, result } from './answers';

type AnyBlock = {
  type: string;
  text?: { type: string; text: string };
  elements?: Array<{ type: string; text?: string | { text: string }; value?: string; action_id?: string }>;
};

const blocksOf = (m: SlackMessage) => m.blocks as unknown as AnyBlock[];
const mrkdwnTexts = (m: SlackMessage) =>
  blocksOf(m)
    .flatMap((b) => [
      b.text?.type === 'mrkdwn' ? b.text.text : '',
      ...(b.elements ?? []).map((e) => (e.type === 'mrkdwn' && typeof e.text === 'string' ? e.text : '')),
    ])
    .filter(Boolean);
const buttonsOf = (m: SlackMessage) =>
  blocksOf(m)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

/** Slack's limits, checked on a rendered message. */
function expectWithinSlackLimits(m: SlackMessage): void {
  expect(m.text.length).toBeGreaterThan(0);
  expect(m.blocks.length).toBeLessThanOrEqual(50);
  expect(blockChars(m.blocks)).toBeLessThanOrEqual(12_000);
  for (const b of blocksOf(m)) {
    if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(150);
    if (b.type === 'context') expect(b.elements!.length).toBeLessThanOrEqual(10);
    if (b.type === 'actions') {
      expect(b.elements!.length).toBeLessThanOrEqual(25);
      for (const e of b.elements!) expect((e.value ?? '').length).toBeLessThanOrEqual(2000);
    }
  }
}

/** Nothing from articles or queries turned into a ping, a mention or a link. */
function expectNothingSmuggled(m: SlackMessage): void {
  for (const text of [m.text, ...mrkdwnTexts(m)]) {
    expect(text).not.toMatch(/<!(channel|here|everyone)/);
    expect(text).not.toContain('<@U0BOSS');
    expect(text).not.toContain('<https://evil');
  }
}

describe('renderSlackMessage', () => {
  it('renders a small question answer exactly: bold match, linked citation, More and Share', () => {
    const answer = question([result()], { page: { offset: 0, limit: 1, total: 4 } });
    const message = renderSlackMessage(answer, { asked: '/summit gas', request: 'gas', share: true });
    expect(message).toEqual({
      text: '4 excerpts for “gas”: Putin said gas supplies would grow. (Xi and Putin discuss gas)',
      blocks: [
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'You asked: /summit gas', verbatim: true }] },
        { type: 'section', text: { type: 'mrkdwn', text: 'Putin said *gas* supplies would grow.', verbatim: true } },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '<https://example.com/gas|Xi and Putin discuss gas> · Reuters · published 2022-06-15 · summit 2022-06-15 · ¶ 3',
              verbatim: true,
            },
          ],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Showing 1–1 of 4 excerpts.', verbatim: true }] },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'summit_more',
              text: { type: 'plain_text', text: 'More excerpts' },
              value: '{"r":"gas","o":1,"i":"e"}',
            },
            {
              type: 'button',
              action_id: 'summit_share',
              text: { type: 'plain_text', text: 'Share in channel' },
              value: '{"r":"gas","o":0,"i":"e"}',
              style: 'primary',
            },
          ],
        },
      ],
    });
  });

  it('escapes article text, titles, sources and queries; links only plain http(s) URLs', () => {
    const hostile = result({ excerpt: HOSTILE, highlights: [[0, 10]], title: HOSTILE, source: HOSTILE, url: 'javascript:alert(1)' });
    const message = renderSlackMessage(question([hostile], { query: HOSTILE }), { asked: `/summit ${HOSTILE}`, request: HOSTILE });
    expectNothingSmuggled(message);
    expect(mrkdwnTexts(message).join('\n')).toContain('&lt;!channel&gt;');
    expect(mrkdwnTexts(message).join('\n')).toContain('a &amp; b &gt; c');
    expect(JSON.stringify(message.blocks)).not.toContain('javascript:');
    const sneaky = renderSlackMessage(question([result({ url: 'https://ok.example/x|<!channel>' })]));
    expect(mrkdwnTexts(sneaky).join('\n')).not.toContain('<https://ok.example');
  });

  it('bolds merged highlights without breaking at white space', () => {
    const r = result({
      excerpt: 'the gas pipeline deal',
      highlights: [
        [3, 8],
        [8, 17],
        [40, 50],
      ],
    });
    expect(mrkdwnTexts(renderSlackMessage(question([r])))[0]).toBe('the *gas pipeline* deal');
  });

  it('a date: header with date, kind and article count, then the excerpts', () => {
    const message = renderSlackMessage(dateAnswer({ event: datedEvent({ end: '2022-06-16' }) }), { request: '2022-06-15' });
    const header = blocksOf(message).find((b) => b.type === 'header');
    expect(header?.text?.text).toBe('15–16 June 2022 · phone call · 1 article');
    expect(mrkdwnTexts(message).join('\n')).toContain('¶ 3');
  });

  it('a date: "What each side said", by side, each statement cited; not on later pages', () => {
    const sides = [
      {
        side: 'Chinese' as const,
        statements: [
          {
            speaker: 'Xi Jinping',
            text: 'China “assessed <it> independently”',
            articleId: '000',
            paragraph: 4,
            title: 'Accounts differ',
            published: '2022-06-17',
          },
        ],
      },
      {
        side: 'Russian' as const,
        statements: [
          {
            speaker: 'the Kremlin',
            text: '“legitimacy of Russian actions”',
            articleId: '000',
            paragraph: 7,
            title: 'Accounts differ',
            published: '2022-06-17',
          },
        ],
      },
    ];
    const text = mrkdwnTexts(renderSlackMessage(dateAnswer({ event: datedEvent({ sides }) }))).join('\n');
    expect(text).toContain('*What each side said*');
    expect(text).toContain('*Chinese side*\n• *Xi Jinping*: China “assessed &lt;it&gt; independently” — _Accounts differ_, ¶ 5');
    expect(text).toContain('*Russian side*\n• *the Kremlin*: “legitimacy of Russian actions”');
    const later = mrkdwnTexts(
      renderSlackMessage(dateAnswer({ event: datedEvent({ sides }), page: { offset: 3, limit: 3, total: 9 } })),
    ).join('\n');
    expect(later).not.toContain('What each side said');
  });

  it("quotes: a speaker's statements with citations, and a More button that repeats the request", () => {
    const message = renderSlackMessage(
      quotesAnswer([quoteResult(), quoteResult({ paragraph: 5 })], { page: { offset: 0, limit: 2, total: 4 } }),
      { request: 'quotes Putin' },
    );
    const text = mrkdwnTexts(message).join('\n');
    expect(text).toContain('*Statements by Vladimir Putin* (4 statements)');
    expect(text).toContain('Gas supplies will grow.');
    expect(text).toContain('¶ 6');
    expect(decodeActionValue(buttonsOf(message).find((b) => b.action_id === 'summit_more')?.value)).toEqual({
      request: 'quotes Putin',
      offset: 2,
      replyIn: 'ephemeral',
    });
    expect(mrkdwnTexts(renderSlackMessage(quotesAnswer([], { date: '2022-06-14' })))[0]).toContain(
      'No statements by Vladimir Putin on 14 June 2022',
    );
  });

  it('a day without a summit: says so, lists what was published, nearest summits as buttons', () => {
    const message = renderSlackMessage(
      dateAnswer({
        date: '2022-06-16',
        event: null,
        results: [],
        page: { offset: 0, limit: 3, total: 0 },
        nearest: [
          { ...event(), distanceDays: -1 },
          { ...event({ date: '2022-12-30', kind: 'video call' }), distanceDays: 197 },
        ],
        publishedThatDay: [{ articleId: 'x', title: 'Xi reaffirms support', eventDate: '2022-06-15' }],
      }),
      { request: '2022-06-16', replyIn: 'thread' },
    );
    expect(mrkdwnTexts(message)[0]).toContain('No Xi–Putin summit on *16 June 2022*');
    expect(mrkdwnTexts(message)[0]).toContain('Xi reaffirms support — reports the summit of 15 June 2022');
    expect(mrkdwnTexts(message)[0]).toContain('• 15 June 2022 (1 day before): phone call\n• 30 December 2022 (197 days after): video call');
    const buttons = buttonsOf(message);
    expect(buttons.map((b) => (b.text as { text: string }).text)).toEqual(['15 June 2022 · phone call', '30 December 2022 · video call']);
    expect(decodeActionValue(buttons[1]!.value)).toEqual({ request: '2022-12-30', offset: 0, replyIn: 'thread' });
  });

  it('questions with no searchable words or no match say what to type instead', () => {
    for (const notice of ['empty', 'stop-words-only', 'no-match'] as const) {
      const message = renderSlackMessage(question([], { notice, query: 'the of' }));
      expect(message.blocks).toHaveLength(1);
      expect(mrkdwnTexts(message)[0]).toMatch(/_[^_]+_/);
    }
  });

  it('no buttons without a request; "Shared by" when shared', () => {
    expect(buttonsOf(renderSlackMessage(question([result()], { page: { offset: 0, limit: 1, total: 9 } })))).toHaveLength(0);
    const shared = renderSlackMessage(dateAnswer(), { sharedBy: 'U0SHARER', asked: '/summit 2022-06-15', request: '2022-06-15' });
    expect(shared.text).toMatch(/^Shared by <@U0SHARER>: /);
    expect(mrkdwnTexts(shared)[0]).toBe('Shared by <@U0SHARER>, who asked: /summit 2022-06-15');
    expect(renderSlackMessage(dateAnswer(), { sharedBy: '<!channel>' }).text).not.toContain('<!channel>');
  });

  it('usage, mention hint and notices have fallback text', () => {
    expect(renderUsageMessage().text.length).toBeGreaterThan(0);
    expect(mrkdwnTexts(renderUsageMessage())[0]).toContain('`/summit list`');
    expect(renderMentionHint().text).toContain('@Summit');
    expect(renderNotice('<!channel> hi').text).toBe('&lt;!channel&gt; hi');
  });

  describe("Slack's limits hold for every shape, however big, and a long answer pages", () => {
    const cases: Array<[string, () => Answer]> = [
      ['question', HUGE.question],
      ['date', HUGE.date],
      ['quotes', HUGE.quotes],
      ['no summit', HUGE.noSummit],
      ['timeline', HUGE.timeline],
      ['on this date', HUGE.onThisDate],
      ['input error', () => ({ kind: 'input-error', query: HOSTILE.repeat(100), message: HOSTILE.repeat(100), hint: HOSTILE.repeat(100) })],
    ];
    it.each(cases)('%s', (_name, make) => {
      const message = renderSlackMessage(make(), {
        asked: `/summit ${HOSTILE.repeat(50)}`,
        request: HOSTILE.repeat(50),
        share: true,
        sharedBy: 'U0SHARER',
      });
      expectWithinSlackLimits(message);
      expectNothingSmuggled(message);
    });

    it('the More button starts where the page stopped', () => {
      const answer = HUGE.question();
      const message = renderSlackMessage(answer, { request: 'gas' });
      const shown = blocksOf(message).filter((b) => b.type === 'section').length;
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(answer.results.length);
      const more = buttonsOf(message).find((b) => b.action_id === 'summit_more');
      expect(decodeActionValue(more?.value)).toEqual({ request: 'gas', offset: shown, replyIn: 'ephemeral' });
    });

    it("the timeline pages, answered from each More button's offset, and every summit is shown once", () => {
      const archive = { events: HUGE.timeline().events } as unknown as Archive;
      let startAt = 0;
      let pages = 0;
      let lines = 0;
      for (;;) {
        const answer = listSummits(archive, { offset: startAt });
        expect(answer.page).toMatchObject({ offset: startAt, total: 1000 });
        const message = renderSlackMessage(answer, { request: 'list' });
        expectWithinSlackLimits(message);
        pages += 1;
        lines += mrkdwnTexts(message).join('\n').match(/^• \*/gm)?.length ?? 0;
        const more = buttonsOf(message).find((b) => b.action_id === 'summit_more');
        if (!more) break;
        const next = decodeActionValue(more.value)!.offset;
        expect(next).toBeGreaterThan(startAt);
        startAt = next;
      }
      expect(pages).toBeGreaterThan(1);
      expect(startAt).toBeLessThan(1000);
      expect(lines).toBe(1000);
    });

    it('an event too big for one message is shown in part and paging still moves on', () => {
      const message = renderSlackMessage(HUGE.onThisDate(), { request: 'on this date 06-15' });
      const more = buttonsOf(message).find((b) => b.action_id === 'summit_more');
      expect(decodeActionValue(more?.value)?.offset).toBeGreaterThanOrEqual(1);
    });
  });
});
