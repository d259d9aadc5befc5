/**
 * Every renderer fed an archive whose titles, sources, URLs and paragraphs hold what Slack acts on
 * (`<!channel>`, `<@U…>`, `<#C…>`, `<url|label>`, `<!subteam^…>`, `<!date^…>`, and `&lt;!channel&gt;`):
 * nothing reaches Slack as a ping, a mention or a link Summit did not make, on any surface, and a
 * person reads the archive's words as they are written, in Slack and in the shell.
 */
import { webApi } from '@slack/bolt';
import type { Answer } from '../../src/answers';
import type { Archive } from '../../src/search/archive';
import { onThisDateComposer } from '../../src/daily/compose';
import { slackPoster } from '../../src/daily/slack-poster';
import { renderMentionHint, renderNotice, renderSlackMessage, renderUsageMessage, type SlackMessage } from '../../src/render/slack';
import { renderForTerminal } from '../../src/render/terminal';
import { parseRequest } from '../../src/requests/parse-request';
import { resolveRequest } from '../../src/requests/resolve-request';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { ENTITY_CONTROL, hostileArchive, HOSTILE_URLS, LINKABLE_URL, SLACK_CONTROLS } from '../support/hostile-archive';
import { payloadBody, formBody, postSigned } from '../support/signed-request';
import { messageTexts, shownText, unsafeSequences } from '../support/slack-reading';
import { buttonClick, CHANNEL, slashCommand, USER } from '../support/slack-payloads';
import { SIGNING_SECRET, startSummitApp } from '../support/summit-app';

const TODAY = '2024-06-15';
const SHARER = 'U0SHARER1';
const HOSTILE_TYPED = `gas ${SLACK_CONTROLS.join(' ')} ${ENTITY_CONTROL}`;

/** What Summit is asked for, as typed after `/summit` (hostile typing included, as the shell passes it on). */
const REQUESTS = [
  '2022-06-15', // a summit: header, what each side said, cited excerpts
  '2022-06-16', // no summit: titles published that day, nearest summits
  '2021-12-15', // a summit one of whose articles has a URL that may be linked
  'gas pipeline', // a question
  HOSTILE_TYPED, // a question made of control sequences
  'quotes Xi',
  'quotes Putin 2022-06-15',
  `quotes ${SLACK_CONTROLS[0]}`, // an input error that repeats what was typed
  'list',
  'on this date 06-15',
  'on this date 06-20', // no summit that day: the next anniversary
  '2022-02-30',
];

/** A statement of the archive holding both forms side by side: it must read exactly as written. */
// The source's own quotation marks, kept as the archive has them (issue 12: never made curly).
const SIDE_BY_SIDE = `"The gas pipeline will bring ${SLACK_CONTROLS[0]} and ${ENTITY_CONTROL} closer."`;

function expectNothingSlackActsOn(message: { text?: unknown; blocks?: unknown }, mentions: string[] = []): void {
  const texts = messageTexts(message);
  expect(texts.length).toBeGreaterThan(0);
  const found = texts.flatMap(({ where, text }) => unsafeSequences(text, mentions).map((s) => `${where}: ${s}`));
  expect(found).toEqual([]);
}

const shown = (message: SlackMessage | Record<string, unknown>) =>
  messageTexts(message)
    .map((t) => shownText(t.text))
    .join('\n');

describe('an archive full of Slack control sequences', () => {
  let archive: Archive;
  const answers = new Map<string, Answer>();
  /** The second page of each answer, as a "More" button asks for it. */
  const laterPages = new Map<string, Answer>();

  beforeAll(async () => {
    archive = hostileArchive();
    await archive.searchable;
    for (const request of REQUESTS) {
      for (const [offset, into] of [
        [0, answers],
        [1, laterPages],
      ] as const) {
        const resolved = await resolveRequest(parseRequest(request), { archive, today: TODAY, offset });
        if (resolved.kind !== 'answer') throw new Error(`${request}: ${resolved.kind}`);
        into.set(request, resolved.answer);
      }
    }
  });

  describe('Slack messages', () => {
    it.each(REQUESTS)('/summit %s: nothing Slack acts on, in the blocks or the fallback text, asked or shared', (request) => {
      const answer = answers.get(request)!;
      const asked = `/summit ${request}`;
      expectNothingSlackActsOn(renderSlackMessage(answer, { asked, request, share: true, replyIn: 'ephemeral' }));
      expectNothingSlackActsOn(renderSlackMessage(laterPages.get(request)!, { asked, request, replyIn: 'thread' }));
      expectNothingSlackActsOn(renderSlackMessage(answer, { asked, request, sharedBy: SHARER }), [`<@${SHARER}>`]);
    });

    it('people read the archive as written: control sequences as text, entities as entities', () => {
      const date = shown(renderSlackMessage(answers.get('2022-06-15')!));
      expect(date).toContain(SIDE_BY_SIDE);
      expect(date).toContain(`about the gas pipeline. ${SLACK_CONTROLS.slice(0, 4).join(' ')}`);
      expect(date).toContain(`Wire ${SLACK_CONTROLS[1]} ${SLACK_CONTROLS[2]} ${ENTITY_CONTROL}`);
      expect(shown(renderSlackMessage(answers.get('quotes Xi')!))).toContain(SIDE_BY_SIDE);
      expect(shown(renderSlackMessage(answers.get(`quotes ${SLACK_CONTROLS[0]}`)!))).toContain(
        `I know no speaker called “${SLACK_CONTROLS[0]}”.`,
      );
    });

    it('a title becomes a link only to a plain http(s) URL, with its & escaped', () => {
      const links = messageTexts(renderSlackMessage(answers.get('2021-12-15')!, { request: '2021-12-15' })).flatMap(
        (t) => t.text.match(/<[^<>]*>/g) ?? [],
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.startsWith(`<${LINKABLE_URL.replace(/&/g, '&amp;')}|Xi and Putin talk gas `)).toBe(true);
    });

    it('the daily post, on a day with summits and on an empty day with DAILY_EMPTY=next', async () => {
      const compose = onThisDateComposer(archive, { empty: 'next' });
      const day = (await compose(TODAY))!;
      expect(day.text).toBe('On this date, 15 June: 2023 video call (1 year ago); 2022 phone call (2 years ago)');
      expectNothingSlackActsOn(day);
      expect(shown(day)).toContain(
        `Wire ${SLACK_CONTROLS[1]} ${SLACK_CONTROLS[2]} ${ENTITY_CONTROL} · published 2022-06-15 · summit 2022-06-15 · ¶ 1`,
      );
      const empty = (await compose('2024-06-20'))!;
      expect(empty.text).toMatch(
        /^On this date: no summit between Xi Jinping and Vladimir Putin on 20 June in earlier years. Next anniversary: /,
      );
      expectNothingSlackActsOn(empty);
    });

    it('usage, the mention hint and notices', () => {
      expectNothingSlackActsOn(renderUsageMessage({ asked: `/summit ${HOSTILE_TYPED}` }));
      expectNothingSlackActsOn(renderMentionHint());
      const notice = renderNotice(`Could not do “${HOSTILE_TYPED}”.`, { asked: `/summit ${HOSTILE_TYPED}`, sharedBy: '<!channel>' });
      expectNothingSlackActsOn(notice);
      expect(shown(notice)).toContain(`Could not do “${HOSTILE_TYPED}”.`);
    });
  });

  describe('the terminal', () => {
    it.each(REQUESTS)('%s reads as written, without Slack escaping', (request) => {
      const out = renderForTerminal(answers.get(request)!, { color: false }).replace(/\*/g, '');
      // The archive's own `&lt;!channel&gt;` is shown as written; nothing else is entity-escaped.
      expect(out.split(ENTITY_CONTROL).join('')).not.toMatch(/&(lt|gt|amp);/);
      // As in Slack, only a plain http(s) URL is shown as a link.
      for (const url of HOSTILE_URLS) expect(out).not.toContain(`\n     ${url}`);
    });

    it('shows the control sequences and the entities as the archive has them, and plain URLs', () => {
      expect(renderForTerminal(answers.get('2021-12-15')!, { color: false })).toContain(`\n     ${LINKABLE_URL}\n`);
      expect(renderForTerminal(answers.get('2022-06-15')!, { color: false })).toContain(SIDE_BY_SIDE);
      expect(renderForTerminal(answers.get('quotes Xi')!, { color: false })).toContain(
        `— Xi and Putin talk gas ${SLACK_CONTROLS[0]} ${SLACK_CONTROLS[1]}`,
      );
    });
  });

  describe('through Slack, as the fake Web API receives it', () => {
    let fake: FakeSlack;
    beforeAll(async () => {
      fake = await startFakeSlack();
    });
    afterEach(() => fake.reset());
    afterAll(() => fake.close());

    it('the daily post made with chat.postMessage', async () => {
      const message = (await onThisDateComposer(archive, { empty: 'skip' })(TODAY))!;
      const client = new webApi.WebClient('xoxb-fake-h', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
      await slackPoster(client)('C0DAILY01', message);
      const [post] = await fake.waitFor('chat.postMessage');
      expect(post!.body.channel).toBe('C0DAILY01');
      expectNothingSlackActsOn(post!.body);
      expect(shown(post!.body)).toContain('15 June 2022: phone call (2 years ago)');
    });

    it('/summit answers and a Share in channel, over HTTP', async () => {
      const summit = await startSummitApp({ fake, archive, now: () => new Date(`${TODAY}T10:00:00Z`) });
      try {
        for (const [i, text] of ['2022-06-15', 'on this date', 'quotes Xi'].entries()) {
          await postSigned(summit.eventsUrl, SIGNING_SECRET, formBody(slashCommand(text, fake.responseUrl(`hostile${i}`))));
          const [reply] = await fake.waitFor((c) => c.responseId === `hostile${i}`);
          expectNothingSlackActsOn(reply!.body);
        }
        const [first] = fake.responses('hostile0');
        const share = ((first!.body.blocks ?? []) as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
          .filter((b) => b.type === 'actions')
          .flatMap((b) => b.elements ?? [])
          .find((b) => b.action_id === 'summit_share')!;
        await postSigned(summit.eventsUrl, SIGNING_SECRET, payloadBody(buttonClick(share, fake.responseUrl('hostile-share'))));
        const [shared] = await fake.waitFor('chat.postMessage');
        expect(shared!.body.channel).toBe(CHANNEL);
        expect(String(shared!.body.text)).toMatch(new RegExp(`^Shared by <@${USER}>: `));
        expectNothingSlackActsOn(shared!.body, [`<@${USER}>`]);
        expect(shown(shared!.body)).toContain(SIDE_BY_SIDE);
      } finally {
        await summit.stop();
      }
    });
  });
});
