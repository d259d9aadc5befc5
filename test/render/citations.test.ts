/**
 * Citations say what the archive does not know ("source unknown", "no published date"), mark a title
 * cut from the lead ("title from the first sentence"), and show a visit of several days as its span:
 * in Slack, in the terminal and in JSON alike.
 */
import { answerSummit, askQuestion, listSummits } from '../../src/answers';
import { citedArticle } from '../../src/answers/cited-article';
import { toContractJson } from '../../src/render/contract-json';
import { renderSlackMessage } from '../../src/render/slack';
import { renderCitation } from '../../src/render/slack/citation-context';
import { renderForTerminal } from '../../src/render/terminal';
import type { StoredArticle } from '../../src/search/saved-form';
import { bundledArchive } from '../support/small-archive';
import { dateAnswer, datedEvent, event, question, result } from './answers';

const archive = bundledArchive();
const TODAY = '2026-11-25';

/** Every context line of a Slack message: where citations are. */
const contextLines = (m: { blocks: unknown[] }) =>
  (m.blocks as Array<{ type: string; elements?: Array<{ text?: unknown }> }>)
    .filter((b) => b.type === 'context')
    .flatMap((b) => (b.elements ?? []).map((e) => String(e.text ?? '')));

describe('citations of the bundled archive (no source anywhere, 004 without a published date, titles cut from leads)', () => {
  const answer = askQuestion(archive, 'what did Putin say about Xi visiting Moscow in the spring?', { limit: 10, today: TODAY });
  const from004 = answer.results.find((r) => r.articleId.startsWith('004_'))!;
  const from003 =
    answer.results.find((r) => r.articleId.startsWith('003_')) ??
    askQuestion(archive, 'better than allies', { today: TODAY }).results.find((r) => r.articleId.startsWith('003_'))!;

  it('says so in Slack', () => {
    const line = renderCitation(from004);
    expect(line).toBe(
      `*While Russia launches a new wave of missiles across Ukraine, and China is fighting the…* (title from the first sentence) · source unknown · no published date · summit 2022-12-30 (attached by resemblance) · ¶ ${from004.paragraph + 1}`,
    );
    expect(contextLines(renderSlackMessage(answer))).toContain(line);
  });

  it('says so in the terminal', () => {
    expect(renderForTerminal(answer, { color: false })).toContain(
      `— While Russia launches a new wave of missiles across Ukraine, and China is fighting the… (title from the first sentence) · source unknown · no published date · summit 2022-12-30 (attached by resemblance) · ¶ ${from004.paragraph + 1}`,
    );
  });

  it('does not mark a title the article gave itself (003, its first line)', () => {
    expect(from003.titleFrom).toBe('first line');
    expect(renderCitation(from003)).toBe(
      `*Xi tells Putin that Russia, China are better than allies, Kremlin says* · source unknown · published 2021-12-17 · summit 2021-12-15 · ¶ ${from003.paragraph + 1}`,
    );
  });

  it('keeps the JSON fields as the contract names them, and adds titleFrom', () => {
    const json = toContractJson(answer) as { results: Array<Record<string, unknown>> };
    const r = json.results.find((x) => x.articleId === from004.articleId)!;
    expect(r).toMatchObject({
      title: from004.title,
      titleFrom: 'first sentence',
      source: null,
      url: null,
      published: null,
      eventDate: '2022-12-30',
    });
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining(['articleId', 'title', 'source', 'url', 'published', 'eventDate', 'paragraph', 'text', 'excerpt', 'score']),
    );
  });

  it('says it for the excerpts of a date too', () => {
    const summit = answerSummit(archive, '2022-12-30', { today: TODAY });
    expect(renderForTerminal(summit, { color: false })).toMatch(
      /· source unknown · no published date · summit 2022-12-30 \(attached by resemblance\) · ¶ \d+/,
    );
  });
});

describe('a visit of several days', () => {
  const visit = event({
    date: '2023-03-20',
    end: '2023-03-22',
    kind: 'visit',
    title: 'Xi Jinping’s state visit to Russia',
    articles: [{ articleId: 'v2', title: 'Second day of the visit', published: '2023-03-21', dateFrom: 'explicit' }],
  });

  it('is cited with the span of the visit, from the timeline', () => {
    const article: StoredArticle = {
      id: 'v2',
      file: 'v2.md',
      title: 'Second day of the visit',
      titleFrom: 'front matter',
      source: 'Kremlin',
      url: null,
      published: '2023-03-21',
      eventDate: '2023-03-21',
      paragraphs: 3,
    };
    const cited = citedArticle({ article: (n) => [article][n], events: [visit], dating: () => undefined }, 0);
    expect(cited).toMatchObject({ eventDate: '2023-03-21', eventSpan: { from: '2023-03-20', to: '2023-03-22' } });
    const r = result({ ...cited, paragraph: 0 });
    expect(renderCitation(r)).toBe('*Second day of the visit* · Kremlin · published 2023-03-21 · summit 2023-03-20–2023-03-22 · ¶ 1');
    expect(renderForTerminal(question([r]), { color: false })).toContain(
      '— Second day of the visit · Kremlin · published 2023-03-21 · summit 2023-03-20–2023-03-22 · ¶ 1',
    );
  });

  it('is headed with its span in Slack and the terminal', () => {
    const answer = dateAnswer({ date: '2023-03-21', event: datedEvent({ ...visit }) });
    const header = (renderSlackMessage(answer).blocks as Array<{ type: string; text?: { text: string } }>).find((b) => b.type === 'header');
    expect(header?.text?.text).toBe('20–22 March 2023 · visit · 1 article');
    expect(renderForTerminal(answer, { color: false })).toContain('*20–22 March 2023 · visit · 1 article*');
    const across = dateAnswer({ date: '2023-06-30', event: datedEvent({ ...visit, date: '2023-06-30', end: '2023-07-02' }) });
    expect(renderForTerminal(across, { color: false })).toContain('30 June – 2 July 2023 · visit');
  });

  it('is listed with its span in the timeline', () => {
    const timeline = { ...listSummits(archive), events: [visit] };
    expect(renderForTerminal(timeline, { color: false })).toContain(
      '  • 2023-03-20–2023-03-22 — visit: Xi Jinping’s state visit to Russia (1 article)',
    );
  });

  it('an article filed under a summit by resemblance says so in its citation, on every surface', () => {
    const archive = bundledArchive();
    const answer = answerSummit(archive, '2022-12-30', { today: '2026-11-25' });
    if (answer.kind !== 'date') throw new Error(answer.kind);
    const guessed = answer.results.filter((r) => r.articleId === '004_db6102cc610135d6');
    expect(guessed.length).toBeGreaterThan(0);
    for (const r of guessed) expect(renderCitation(r)).toContain('summit 2022-12-30 (attached by resemblance)');
    expect(renderForTerminal(answer, { color: false })).toContain('summit 2022-12-30 (attached by resemblance)');
    const dated = answer.results.filter((r) => r.articleId === '002_cff825e3b96a151e');
    for (const r of dated) expect(renderCitation(r)).not.toContain('resemblance');
  });
});
