/** Who said what in the bundled archive: each side's account of a summit, a speaker's quotes, and the hand-labelled sample. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuotes, answerSummit, askQuestion } from '../../src/answers';
import { KNOWN_SPEAKERS } from '../../src/quotes';
import { scoreAttributions, type MustNotAttribute, type ReferenceStatement } from '../../bench/score-attribution';
import { bundledArchive } from '../support/small-archive';

const archive = bundledArchive();
const TODAY = '2026-11-25';

function sidesOn(date: string) {
  const answer = answerSummit(archive, date, { today: TODAY });
  if (answer.kind !== 'date' || !answer.event) throw new Error(`no summit on ${date}`);
  return answer.event.sides;
}
const textsOf = (sides: ReturnType<typeof sidesOn>, side: string, speaker?: string) =>
  sides.filter((s) => s.side === side).flatMap((s) => s.statements.filter((st) => !speaker || st.speaker === speaker).map((st) => st.text));

describe('what each side said', () => {
  it('2022-06-15: the Chinese account says "independently assessed the situation", the Russian "legitimacy of Russian actions"', () => {
    const sides = sidesOn('2022-06-15');
    expect(sides.map((s) => s.side)).toEqual(['Chinese', 'Russian']);
    expect(textsOf(sides, 'Chinese').some((t) => t.includes('independently assessed the situation'))).toBe(true);
    // The Kremlin's account of Xi is Xi's words, relayed by the Kremlin (reference: attributions.json).
    expect(textsOf(sides, 'Chinese', 'Xi Jinping').some((t) => t.includes('legitimacy of Russian actions'))).toBe(true);
  });

  it('2022-12-30: Putin says "the best in history" or "special place"', () => {
    const putin = textsOf(sidesOn('2022-12-30'), 'Russian', 'Vladimir Putin');
    expect(putin.some((t) => t.includes('the best in history') || t.includes('special place'))).toBe(true);
  });

  it('every statement cites a paragraph that names its speaker, or refers to one the article names', () => {
    for (const [n, list] of archive.statements) {
      const paragraphs = archive.summitParagraphs.get(n)!;
      for (const s of list) {
        const known = KNOWN_SPEAKERS.find((k) => k.name === s.speaker);
        const names = known ? known.aliases.map((a) => new RegExp(`\\b(?:${a})\\b`)) : [new RegExp(s.speaker)];
        const here = paragraphs[s.paragraph]!;
        const named = names.some((re) => re.test(here));
        // Otherwise a role or a pronoun: the article names the speaker, and the paragraph or the one before refers to them.
        const refers =
          /\b(?:[Hh]e|[Ss]he|Russian leader|Chinese president|Chinese President|Russian President)\b/.test(here) &&
          names.some((re) => paragraphs.some((p) => re.test(p)));
        // Or a paragraph that is one quote, going on with the speaker named in the paragraph before.
        const continues = /^["“‘']/.test(here.trim()) && names.some((re) => re.test(paragraphs[s.paragraph - 1] ?? ''));
        expect({ statement: s, ok: named || refers || continues }).toEqual({ statement: s, ok: true });
      }
    }
  });

  it('the JSON of summit gives event.sides as { side, statements: [{ speaker, text, articleId, paragraph }] }', () => {
    const st = sidesOn('2021-12-15')[0]!.statements[0]!;
    expect(Object.keys(st)).toEqual(expect.arrayContaining(['speaker', 'text', 'articleId', 'paragraph']));
  });
});

describe('quotes <name> [date or words]', () => {
  it("lists a speaker's statements, oldest summit first, paged", () => {
    const answer = answerQuotes(archive, 'Putin', { today: TODAY, limit: 3 });
    expect(answer.kind).toBe('quotes');
    if (answer.kind !== 'quotes') return;
    expect(answer.speaker).toBe('Vladimir Putin');
    expect(answer.results).toHaveLength(3);
    expect(answer.page.total).toBeGreaterThan(5);
    expect(answer.results[0]!.eventDate).toBe('2021-12-15');
    const next = answerQuotes(archive, 'Putin', { today: TODAY, limit: 3, offset: 3 });
    if (next.kind === 'quotes') expect(next.results[0]).not.toEqual(answer.results[0]);
  });

  it('a date keeps that summit; words keep the statements that use them', () => {
    const dated = answerQuotes(archive, 'putin December 30, 2022', { today: TODAY, limit: 20 });
    if (dated.kind !== 'quotes') throw new Error(dated.kind);
    expect(dated.date).toBe('2022-12-30');
    expect(dated.results.every((r) => r.eventDate === '2022-12-30')).toBe(true);
    expect(dated.results.some((r) => r.text.includes('the best in history'))).toBe(true);
    const words = answerQuotes(archive, 'Xi legitimacy', { today: TODAY });
    if (words.kind !== 'quotes') throw new Error(words.kind);
    expect(words.results.map((r) => r.articleId)).toEqual(['000_0f78933e213938ff']);
  });

  it('an unknown speaker or an impossible date is an input error that says what to type', () => {
    expect(answerQuotes(archive, 'Napoleon', { today: TODAY })).toMatchObject({
      kind: 'input-error',
      hint: expect.stringContaining('quotes Xi'),
    });
    expect(answerQuotes(archive, 'Xi 2022-13-45', { today: TODAY }).kind).toBe('input-error');
  });
});

describe('questions about what someone said rank their paragraphs first', () => {
  it('what did Xi say about … puts a paragraph where Xi speaks first', () => {
    const top = askQuestion(archive, 'what did Xi say about sovereignty and security', { limit: 1 }).results[0]!;
    const n = archive.articleIndex.get(top.articleId)!;
    expect(archive.statements.get(n)!.some((s) => s.paragraph === top.paragraph && s.speaker === 'Xi Jinping')).toBe(true);
  });

  it('what did Putin say about military cooperation', () => {
    const top = askQuestion(archive, 'what did Putin say about military cooperation', { limit: 2 }).results;
    const n = (id: string) => archive.articleIndex.get(id)!;
    expect(
      top.every((r) => archive.statements.get(n(r.articleId))!.some((s) => s.paragraph === r.paragraph && s.speaker === 'Vladimir Putin')),
    ).toBe(true);
  });
});

describe('precision and recall of attribution on the reference read by hand (bundled part)', () => {
  it('meets the targets (npm run eval:quotes prints every archive)', () => {
    const ref = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'reference', 'attributions.json'), 'utf8')) as {
      statements: ReferenceStatement[];
      mustNotAttribute: MustNotAttribute[];
    };
    const found = [...archive.statements.entries()].flatMap(([n, list]) => list.map((s) => ({ ...s, articleId: archive.articles[n]!.id })));
    const score = scoreAttributions(
      ref.statements.filter((s) => s.archive === 'bundled'),
      ref.mustNotAttribute.filter((m) => m.archive === 'bundled'),
      found,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
    expect(score.wrongSide).toBe(0);
  });
});
