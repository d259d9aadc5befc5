/**
 * Issue 12: a verbatim statement reads as a quote, a paraphrase as reported speech, a relayed one says
 * who relayed it, and words said elsewhere name their occasion — in Slack, in a terminal and in JSON.
 */
import type { Answer, SideStatement } from '../../src/answers/types';
import { toContractJson } from '../../src/render/contract-json';
import { renderSlackMessage, type SlackMessage } from '../../src/render/slack';
import { renderForTerminal } from '../../src/render/terminal';
import { datedEvent, dateAnswer, quoteResult, quotesAnswer } from './answers';

type AnyBlock = { text?: { text: string }; elements?: Array<{ text?: string | { text: string } }> };
const slackText = (m: SlackMessage) =>
  (m.blocks as unknown as AnyBlock[])
    .flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? '')))])
    .join('\n');
const terminal = (answer: Answer) => renderForTerminal(answer, { color: false });

const said = (overrides: Partial<SideStatement>): SideStatement => ({
  speaker: 'Xi Jinping',
  text: 'words',
  articleId: '004',
  paragraph: 3,
  title: 'Xi and Putin talk',
  published: '2022-12-30',
  ...overrides,
});

describe('what each side said: quote, reported speech, relayed', () => {
  const sides = [
    {
      side: 'Chinese' as const,
      statements: [
        said({ text: '“China is ready to <b>work</b> with Russia”', verbatim: true }),
        said({ text: 'China firmly supports Russia', verbatim: false, reportedBy: 'Yuri Ushakov' }),
      ],
    },
    {
      side: 'Russian' as const,
      statements: [said({ speaker: 'Vladimir Putin', text: 'We value our partnership', verbatim: true, paragraph: 7 })],
    },
  ];
  const answer = dateAnswer({ event: datedEvent({ sides }) });

  it('in Slack: the source’s marks kept, marks added to an unmarked transcript turn, "(reported)" and who relayed it, all escaped', () => {
    const text = slackText(renderSlackMessage(answer));
    expect(text).toContain('• *Xi Jinping*: “China is ready to &lt;b&gt;work&lt;/b&gt; with Russia” — _Xi and Putin talk_, ¶ 4');
    expect(text).toContain(
      '• *Xi Jinping*: China firmly supports Russia (reported) — as relayed by Yuri Ushakov — _Xi and Putin talk_, ¶ 4',
    );
    expect(text).toContain('• *Vladimir Putin*: “We value our partnership” — _Xi and Putin talk_, ¶ 8');
  });

  it('in a terminal, the same', () => {
    const text = terminal(answer);
    expect(text).toContain('    • Xi Jinping: “China is ready to <b>work</b> with Russia” — Xi and Putin talk · ¶ 4');
    expect(text).toContain(
      '    • Xi Jinping: China firmly supports Russia (reported) — as relayed by Yuri Ushakov — Xi and Putin talk · ¶ 4',
    );
    expect(text).toContain('    • Vladimir Putin: “We value our partnership” — Xi and Putin talk · ¶ 8');
  });

  it('a statement from an index without the field is shown as it is', () => {
    const old = dateAnswer({ event: datedEvent({ sides: [{ side: 'Chinese', statements: [said({ text: 'plain words' })] }] }) });
    expect(slackText(renderSlackMessage(old))).toContain('• *Xi Jinping*: plain words — _Xi and Putin talk_');
    expect(terminal(old)).toContain('    • Xi Jinping: plain words — Xi and Putin talk');
  });
});

describe('/summit quotes: quote, reported speech, relayed, another occasion', () => {
  const answer = quotesAnswer(
    [
      quoteResult({ text: '"Gas supplies will grow"', verbatim: true }),
      quoteResult({ text: 'Russia opposes <!channel> sanctions', verbatim: false, reportedBy: 'Yuri <Ushakov>', paragraph: 4 }),
      quoteResult({ text: 'China was not comfortable', verbatim: false, saidAt: 'last September, in Uzbekistan', paragraph: 6 }),
    ],
    { page: { offset: 0, limit: 3, total: 3 } },
  );

  it('in Slack', () => {
    const text = slackText(renderSlackMessage(answer, { request: 'quotes Putin' }));
    expect(text).toContain('"Gas supplies will grow"');
    expect(text).not.toContain('“"Gas');
    expect(text).toContain('Russia opposes &lt;!channel&gt; sanctions (reported) — as relayed by Yuri &lt;Ushakov&gt;');
    expect(text).toContain('China was not comfortable (reported) (said on another occasion: last September, in Uzbekistan)');
  });

  it('in a terminal', () => {
    const text = terminal(answer);
    expect(text).toContain('  1. "Gas supplies will grow"\n');
    expect(text).toContain('  2. Russia opposes <!channel> sanctions (reported) — as relayed by Yuri <Ushakov>\n');
    expect(text).toContain('  3. China was not comfortable (reported) (said on another occasion: last September, in Uzbekistan)\n');
  });

  it('in JSON, the fields as they are', () => {
    const json = toContractJson(answer) as { results: Array<Record<string, unknown>> };
    expect(json.results.map((r) => [r.verbatim, r.reportedBy, r.saidAt])).toEqual([
      [true, undefined, undefined],
      [false, 'Yuri <Ushakov>', undefined],
      [false, undefined, 'last September, in Uzbekistan'],
    ]);
  });
});
