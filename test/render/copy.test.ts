/**
 * What Summit says, word for word, in Slack and in a terminal. The words live in src/render/copy.ts;
 * these tests fail when a notice, a hint or a heading changes, on either surface.
 */
import { PassThrough, Readable } from 'node:stream';
import type { Answer } from '../../src/answers/types';
import { renderMentionHint, renderSlackMessage, renderUsageMessage, type SlackMessage } from '../../src/render/slack';
import { renderForTerminal, renderTerminalUsage } from '../../src/render/terminal';
import { runShell } from '../../src/shell/run-shell';
import { composeReply } from '../../src/slack/compose-reply';
import type { SlackAppDeps } from '../../src/slack/deps';
import { bundledArchive } from '../support/small-archive';
import { datedEvent, dateAnswer, event, question, quotesAnswer } from './answers';

type AnyBlock = { text?: { text: string }; elements?: Array<{ text?: string | { text: string } }> };

/** Every text a person reads in a message, block by block. */
const slackTexts = (m: SlackMessage) =>
  (m.blocks as unknown as AnyBlock[])
    .flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? '')))])
    .filter(Boolean);

const terminal = (answer: Answer) => renderForTerminal(answer, { color: false });

describe('a question that found nothing says so and what to type instead', () => {
  it.each([
    [
      'empty',
      'Ask about the calls and meetings of Xi Jinping and Vladimir Putin, for example _what did they say about gas?_ or a date such as _2022-06-15_.',
      'Ask about the calls and meetings of Xi Jinping and Vladimir Putin, for example "what did they say about gas?" or a date such as "2022-06-15".',
    ],
    [
      'stop-words-only',
      '“the &lt;of&gt;” has only common words, which I cannot search for. Try names, places or topics, such as _gas pipeline_ or _Ukraine_.',
      '"the <of>" has only common words, which I cannot search for. Try names, places or topics, such as "gas pipeline" or "Ukraine".',
    ],
    [
      'too-long',
      'Searching for “the &lt;of&gt;” took too long, so I stopped. Ask with fewer, rarer words, such as _gas pipeline_, or a date such as _2022-06-15_.',
      'Searching for "the <of>" took too long, so I stopped. Ask with fewer, rarer words, such as "gas pipeline", or a date such as "2022-06-15".',
    ],
    [
      'no-match',
      'Nothing in the archive matches “the &lt;of&gt;”. Try other words, or _list_ to see every summit.',
      'Nothing in the archive matches "the <of>". Try other words, or "list" to see every summit.',
    ],
  ] as const)('%s', (notice, slack, shell) => {
    const answer = question([], { notice, query: 'the <of>' });
    expect(slackTexts(renderSlackMessage(answer))).toEqual([slack]);
    expect(terminal(answer)).toBe(`${shell}\n`);
  });
});

describe('answers with nothing to cite', () => {
  it('a day without a summit: what was published that day and the nearest summits', () => {
    const answer = dateAnswer({
      date: '2022-06-16',
      event: null,
      results: [],
      page: { offset: 0, limit: 3, total: 0 },
      nearest: [{ ...event(), distanceDays: -1 }],
      publishedThatDay: [{ articleId: 'x', title: 'Xi reaffirms support', eventDate: '2022-06-15' }],
    });
    expect(slackTexts(renderSlackMessage(answer))).toEqual([
      'No Xi–Putin summit on *16 June 2022* in the archive.\n\nPublished that day:\n• Xi reaffirms support — reports the summit of 15 June 2022\n\nNearest summits:\n• 15 June 2022 (1 day before): phone call',
      '15 June 2022 · phone call',
    ]);
    expect(terminal(answer)).toBe(
      'No Xi–Putin summit on 16 June 2022 in the archive.\nPublished that day:\n  • Xi reaffirms support — reports the summit of 15 June 2022\nNearest summits:\n  • 2022-06-15 (1 day before) — phone call: Xi Jinping–Vladimir Putin phone call\n',
    );
  });

  it('no statements, on a day without a summit', () => {
    const answer = quotesAnswer([], { date: '2022-06-14' });
    const words =
      'No statements by Vladimir Putin on 14 June 2022 in the archive. There was no Xi–Putin summit on 14 June 2022 in the archive.';
    expect(slackTexts(renderSlackMessage(answer))).toEqual([words]);
    expect(terminal(answer)).toBe(`${words}\n`);
  });

  it('an empty timeline', () => {
    const answer: Answer = { kind: 'timeline', events: [], page: { offset: 0, limit: 0, total: 0 } };
    expect(slackTexts(renderSlackMessage(answer))).toEqual(['Xi–Putin summits in the archive: 0', 'The archive holds no summit yet.']);
    expect(terminal(answer)).toBe('The archive holds no summit yet.\n');
  });

  it('"on this date" on a day without a summit names the next anniversary', () => {
    const next = { ...event({ date: '2022-12-30', kind: 'video call', title: 'A <video> call' }), day: '12-30', yearsAgo: 1 };
    const answer: Answer = {
      kind: 'on-this-date',
      day: '06-16',
      date: '2023-06-16',
      events: [],
      page: { offset: 0, limit: 0, total: 0 },
      next,
    };
    expect(slackTexts(renderSlackMessage(answer))).toEqual([
      'On this date, 16 June',
      'No Xi–Putin summit happened on a 16 June in the archive.\nThe next anniversary is 30 December: the video call of 30 December 2022, A &lt;video&gt; call.',
    ]);
    expect(terminal(answer)).toBe(
      '*On this date, 16 June*\nNo Xi–Putin summit happened on a 16 June in the archive.\nThe next anniversary is 30 December: the video call of 30 December 2022, A <video> call.\n',
    );
  });
});

describe('headings and paging', () => {
  it('a summit: its heading, what each side said, how to see the statements left out, and where the page is', () => {
    const statement = { speaker: 'Xi Jinping', text: 'w'.repeat(230), articleId: 'a', paragraph: 0, title: 'T', published: null };
    const answer = dateAnswer({
      event: datedEvent({ sides: [{ side: 'Chinese', statements: Array.from({ length: 9 }, () => statement) }] }),
      page: { offset: 0, limit: 1, total: 4 },
    });
    const slack = slackTexts(renderSlackMessage(answer));
    expect(slack.slice(0, 3)).toEqual([
      '15 June 2022 · phone call · 1 article',
      '*Xi Jinping–Vladimir Putin phone call*',
      '*What each side said*',
    ]);
    expect(slack[3]).toMatch(/^\*Chinese side\*\n/);
    const shownInSlack = (slack[3]!.match(/\n• /g) ?? []).length;
    expect(slack[3]).toMatch(
      new RegExp(`\\n_…and ${9 - shownInSlack} more by Xi Jinping: \`/summit quotes Xi Jinping 2022-06-15 from ${shownInSlack + 1}\`_$`),
    );
    expect(slack.at(-1)).toBe('Showing 1–1 of 4 excerpts.');
    const shell = terminal(answer).split('\n');
    expect(shell.slice(0, 5)).toEqual([
      '*15 June 2022 · phone call · 1 article*',
      'Xi Jinping–Vladimir Putin phone call',
      '',
      '*What each side said*',
      '  Chinese side:',
    ]);
    expect(shell).toContain('    …and 4 more by Xi Jinping: /summit quotes Xi Jinping 2022-06-15 from 6');
    expect(shell).toContain('Showing 1–1 of 4 excerpts.');
  });
});

describe('usage and hints', () => {
  const EXAMPLES = [
    [
      '/summit 2022-06-15',
      "that day's summit, with the best excerpt of each article (any common date form works: 15 June 2022, 6/15/2022)",
    ],
    ['/summit what did they say about gas?', 'the best cited excerpts for a question'],
    [
      '/summit quotes Xi [date or words]',
      'what a speaker said, cited (Xi, Putin, Peskov, the Kremlin, Xinhua…), for a summit date or about some words',
    ],
    ['/summit list', 'every summit found, oldest first'],
    ['/summit on this date [MM-DD]', 'summits on this day in earlier years (default: today)'],
    ['/summit subscribe / unsubscribe / subscriptions', "this channel's daily “on this date” post"],
    ['/summit help', 'this message'],
  ];

  it('/summit help', () => {
    const message = renderUsageMessage();
    expect(message.text).toBe('How to use /summit: a date, a question, quotes, list, on this date, help.');
    expect(slackTexts(message)).toEqual([
      [
        'I answer questions about the calls and meetings of Xi Jinping and Vladimir Putin with cited excerpts from the news archive.',
        '',
        ...EXAMPLES.map(([example, what]) => `\`${example}\` — ${what}`),
        '',
        'Mention me (@Summit) with a question or a date to get the answer in the thread, or write to me directly.',
      ].join('\n'),
    ]);
  });

  it("the shell's usage", () => {
    expect(renderTerminalUsage({ color: false })).toBe(
      [
        'Type what you would type in Slack:',
        ...EXAMPLES.map(([example, what]) => `  *${example}* — ${what}`),
        '  *@summit <question or date>* — what a mention answers (plain text works too)',
        '  *more* — the next page of the last answer',
        '  *home* — what Summit’s App Home shows',
        '  *check <message text>* — what “Check with Summit” answers on a message saying that',
        '',
      ].join('\n'),
    );
  });

  it('an empty mention, in Slack', () => {
    const hint =
      'Ask me about a Xi–Putin call or meeting: `@Summit what did they agree on gas?` or `@Summit 2022-06-15`. Type `/summit help` for more.';
    expect(renderMentionHint()).toEqual({
      text: hint,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: hint, verbatim: true } }],
    });
  });

  it("the shell's own replies: an empty mention, subscriptions, more, nothing more", async () => {
    const output = new PassThrough();
    let out = '';
    output.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const lines = ['@summit', '/summit subscribe', 'more', '/summit 2022-06-15'];
    await runShell({
      archive: bundledArchive(),
      input: Readable.from([lines.join('\n')]),
      output,
      now: () => new Date('2023-12-30T08:00:00Z'),
      color: false,
    });
    const [hint, subscriptions, nothingMore] = out.split('\n\n');
    expect(hint).toBe(
      'Ask about a Xi–Putin call or meeting: "@summit what did they agree on gas?" or "@summit 2022-06-15". Type "/summit help" for more.',
    );
    expect(subscriptions).toBe(
      'Subscriptions are for Slack channels: type /summit subscribe in a channel once Summit is connected to Slack.',
    );
    expect(nothingMore).toBe('Nothing more to show: ask something else.');
    expect(out).toMatch(/\nType "more" for the next excerpts\.\n\n$/);
  });
});

describe('replies that are not answers, in Slack', () => {
  const deps = (over: Partial<SlackAppDeps>): SlackAppDeps =>
    ({
      config: { dailyTz: 'UTC' },
      archive: bundledArchive(),
      logger: { error: () => undefined },
      now: () => new Date('2023-06-15T10:00:00Z'),
      ...over,
    }) as unknown as SlackAppDeps;
  const ctx = { replyIn: 'ephemeral' as const, userId: 'U1', channelId: 'C1' };

  it('subscriptions when the daily post is not set up', async () => {
    expect((await composeReply(deps({}), 'subscribe', ctx)).text).toBe(
      'Daily “on this date” posts are not set up on this Summit: ask the operator to set DAILY_CHANNELS or enable subscriptions.',
    );
  });

  it('an archive that cannot be read', async () => {
    const { ArchiveError } = await import('../../src/search/archive');
    const broken = {
      lease: () => ({
        archive: { ...bundledArchive(), isSearchable: () => false, searchable: Promise.reject(new ArchiveError('corrupt', 'gone')) },
        release: () => undefined,
      }),
    };
    expect((await composeReply(deps({ archive: broken as never }), 'what about gas?', ctx)).text).toBe(
      'Summit cannot read its archive right now: its index is damaged. The operator has been told how to rebuild it; please ask again later.',
    );
  });
});
