import type { OnThisDateAnswer, OnThisDateEvent, Result } from '../../src/answers/types';
import { dailyPostFor } from '../../src/daily/daily-post';
import { blockChars } from '../../src/render/slack/pack-blocks';

function result(over: Partial<Result> = {}): Result {
  const excerpt = over.excerpt ?? 'Xi told Putin that China & Russia <always> stand together.';
  return {
    articleId: '001',
    title: 'Xi, Putin hold phone call',
    source: 'Xinhua',
    url: 'https://example.org/a?b=1&c=2',
    published: '2022-06-15',
    eventDate: '2022-06-15',
    paragraph: 2,
    text: excerpt,
    excerpt,
    highlights: [[14, 18]],
    score: 1,
    ...over,
  };
}

function event(over: Partial<OnThisDateEvent> = {}): OnThisDateEvent {
  return {
    date: '2022-06-15',
    kind: 'phone call',
    title: 'Phone call between Xi Jinping and Vladimir Putin',
    articles: [{ articleId: '001', title: 'Xi, Putin hold phone call', published: '2022-06-15', dateFrom: 'header' }],
    yearsAgo: 3,
    excerpts: [
      result(),
      result({ articleId: '000', title: 'Second <article>', url: null, source: null, paragraph: 0, highlights: [] }),
      result(),
    ],
    ...over,
  };
}

const answer = (over: Partial<OnThisDateAnswer> = {}): OnThisDateAnswer => {
  const events = over.events ?? [event()];
  return {
    kind: 'on-this-date',
    day: '06-15',
    date: '2025-06-15',
    next: null,
    ...over,
    events,
    page: { offset: 0, limit: events.length, total: events.length },
  };
};

describe('dailyPostFor', () => {
  it('builds the whole message: heading, the summit with years ago and kind, two excerpts cited as /summit cites them, a hint', () => {
    expect(dailyPostFor(answer(), { empty: 'skip' })).toEqual({
      text: 'On this date, 15 June: 2022 phone call (3 years ago)',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'On this date: 15 June' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '*15 June 2022: phone call* (3 years ago)\nPhone call between Xi Jinping and Vladimir Putin',
            verbatim: true,
          },
        },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '>Xi told Putin *that* China &amp; Russia &lt;always&gt; stand together.', verbatim: true },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '<https://example.org/a?b=1&amp;c=2|Xi, Putin hold phone call> · Xinhua · published 2022-06-15 · summit 2022-06-15 · ¶ 3',
              verbatim: true,
            },
          ],
        },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '>Xi told Putin that China &amp; Russia &lt;always&gt; stand together.', verbatim: true },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '*Second &lt;article&gt;* · source unknown · published 2022-06-15 · summit 2022-06-15 · ¶ 1',
              verbatim: true,
            },
          ],
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: "Ask more: `/summit 2022-06-15` for that summit's coverage, or mention @Summit with a question.",
              verbatim: true,
            },
          ],
        },
      ],
    });
  });

  it('links a title only to a plain http(s) URL; anything else stays text and pings no one', () => {
    const urls = [
      '!channel',
      '@U0VICTIM1',
      '<!here>',
      'javascript:alert(1)',
      'https://evil|x',
      'https://ok.example/a>b',
      'https://example.org/a?b=1|2',
    ];
    const excerpts = urls.map((url) => result({ url, title: 'Plain title' }));
    const msg = dailyPostFor(
      answer({
        events: [
          event({ excerpts: excerpts.slice(0, 2) }),
          event({ date: '2021-06-15', excerpts: excerpts.slice(2, 4) }),
          event({ date: '2020-06-15', excerpts: excerpts.slice(4) }),
        ],
      }),
      { empty: 'skip' },
    );
    const citations = (msg!.blocks as Array<{ type: string; elements?: Array<{ text: string }> }>)
      .filter((b) => b.type === 'context')
      .map((b) => b.elements![0]!.text);
    expect(citations.filter((c) => c.includes('Plain title'))).toEqual(
      Array(6).fill('*Plain title* · Xinhua · published 2022-06-15 · summit 2022-06-15 · ¶ 3'),
    );
    expect(JSON.stringify(msg)).not.toMatch(/<[!@#]|<javascript|<https:\/\/(evil|ok)/);
  });

  it('posts nothing on an empty day with DAILY_EMPTY=skip', () => {
    expect(dailyPostFor(answer({ events: [] }), { empty: 'skip' })).toBeNull();
  });

  it('bolds neighbouring matched words as one run', () => {
    const r = result({
      excerpt: 'with Vladimir Putin today',
      highlights: [
        [5, 13],
        [14, 19],
      ],
    });
    const msg = dailyPostFor(answer({ events: [event({ excerpts: [r] })] }), { empty: 'skip' });
    expect(JSON.stringify(msg?.blocks)).toContain('>with *Vladimir Putin* today');
  });

  it('posts the next anniversary on an empty day with DAILY_EMPTY=next', () => {
    const next = { ...event({ date: '2022-12-30', kind: 'video call', title: 'Video call' }), day: '12-30', yearsAgo: 3 };
    const msg = dailyPostFor(answer({ day: '06-20', date: '2025-06-20', events: [], next }), { empty: 'next' });
    expect(msg?.text).toBe(
      'On this date: no summit between Xi Jinping and Vladimir Putin on 20 June in earlier years. Next anniversary: 30 December, the video call of 30 December 2022.',
    );
    expect(JSON.stringify(msg?.blocks)).toContain('Next anniversary: *30 December*');
    expect(JSON.stringify(msg?.blocks)).toContain('/summit 2022-12-30');
    expect(dailyPostFor(answer({ events: [], next: null }), { empty: 'next' })).toBeNull();
  });

  it('shows at most eight summits, then says how many more and how to ask for the next one', () => {
    const events = Array.from({ length: 30 }, (_, i) => event({ date: `${2000 + i}-06-15`, yearsAgo: 25 - i }));
    const msg = dailyPostFor(answer({ events }), { empty: 'skip' })!;
    const shown = JSON.stringify(msg.blocks).match(/\*15 June \d{4}: phone call\*/g);
    expect(shown).toHaveLength(8);
    expect(JSON.stringify(msg.blocks)).toContain('…and 22 more on this date, such as `/summit 2008-06-15`.');
    expect(msg.text).toMatch(/^On this date, 15 June: 2000 phone call \(25 years ago\); 2001 phone call \(24 years ago\);/);
    expect(msg.text.length).toBeLessThanOrEqual(300);
  });

  it("stays within Slack's limits with huge excerpts, and the count of the rest stays true", () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      event({ date: `${2000 + i}-06-15`, yearsAgo: 25 - i, excerpts: [result({ excerpt: 'w '.repeat(2000) })] }),
    );
    const msg = dailyPostFor(answer({ events }), { empty: 'skip' })!;
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    expect(blockChars(msg.blocks)).toBeLessThanOrEqual(12_000);
    for (const b of msg.blocks as Array<{ text?: { text: string } }>) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(3000);
    const shown = JSON.stringify(msg.blocks).match(/\*15 June \d{4}: phone call\*/g)!.length;
    expect(shown).toBeGreaterThan(0);
    expect(JSON.stringify(msg.blocks)).toContain(`…and ${30 - shown} more on this date, such as \`/summit ${2000 + shown}-06-15\`.`);
  });
});
