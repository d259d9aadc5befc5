/**
 * The bench reads `cli feedback --json` as the answers users found wrong and asks them again:
 * an invented feedback file against the bundled index.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { feedbackEval, readFeedbackFile, renderRerun, rerunFeedback } from '../../bench/eval-feedback';
import { answerQuotes, askQuestion } from '../../src/answers';
import { bundledArchive } from '../support/small-archive';

describe('the bench’s eval reads feedback as the answers users found wrong', () => {
  const archive = bundledArchive();
  afterAll(() => archive.close());
  // What Summit answers today, so the file cites what a person saw (the ranking may change).
  const top = askQuestion(archive, 'legally binding guarantees NATO', { limit: 10, today: '2026-11-30' }).results;
  const quotes = answerQuotes(archive, 'Putin 2022-12-30', { limit: 10, today: '2026-11-30' });
  const quote = quotes.kind === 'quotes' ? quotes.results[0]! : null;

  const file = join(mkdtempSync(join(tmpdir(), 'summit-feedback-file-')), 'feedback.json');
  const record = (over: Record<string, unknown>) => ({
    at: '2026-11-30T10:00:00.000Z',
    team: 'T0FAKETEAM',
    user: 'U0ASKER01',
    channel: 'C0GENERAL',
    ...over,
  });
  writeFileSync(
    file,
    JSON.stringify({
      feedback: [
        record({
          query: 'legally binding guarantees NATO',
          verdict: 'not-helpful',
          reason: 'I wanted what Xi said, not Putin',
          citations: [
            { articleId: top[0]!.articleId, paragraph: top[0]!.paragraph },
            { articleId: '999_not_in_the_archive', paragraph: 4 },
          ],
        }),
        record({ query: 'gas pipeline', verdict: 'helpful', citations: [] }),
        record({
          query: 'quotes Putin 2022-12-30',
          verdict: 'wrong-attribution',
          citations: [{ articleId: quote!.articleId, paragraph: quote!.paragraph }],
        }),
        record({ query: 'Kazan', verdict: 'not-helpful', citations: [{ articleId: '999_not_in_the_archive', paragraph: 0 }] }),
        record({ query: 'help', verdict: 'not-helpful', citations: [] }),
        record({ query: 'x', verdict: 'meh', citations: [] }),
      ],
    }),
  );

  it('keeps the not-helpful and wrong-attribution records, counts the helpful ones, names what it could not read', () => {
    const read = readFeedbackFile(file);
    expect(read.wrong.map((w) => [w.verdict, w.query])).toEqual([
      ['not-helpful', 'legally binding guarantees NATO'],
      ['wrong-attribution', 'quotes Putin 2022-12-30'],
      ['not-helpful', 'Kazan'],
      ['not-helpful', 'help'],
    ]);
    expect(read.wrong[0]!.reason).toBe('I wanted what Xi said, not Putin');
    expect(read.helpful).toBe(1);
    expect(read.skipped).toEqual(['#6: unknown verdict "meh"']);
    expect(() => readFeedbackFile(__filename)).toThrow();
  });

  it('asks each again: where the citations users saw stand now, and the new top', () => {
    const read = readFeedbackFile(file);
    const [nato, attribution, kazan, help] = rerunFeedback(archive, read.wrong);
    expect(nato!.seen.map((c) => c.rankNow)).toEqual([1, null]);
    expect(nato!.stillOnTop).toBe(true);
    expect(nato!.topNow[0]).toEqual({ articleId: top[0]!.articleId, paragraph: top[0]!.paragraph });
    expect(attribution!.stillOnTop).toBe(true);
    expect(attribution!.stillAttributed).toBe(true);
    expect(kazan!.stillAttributed).toBeUndefined();
    expect(kazan!.stillOnTop).toBe(false);
    expect(kazan!.seen[0]!.rankNow).toBeNull();
    expect(help!.note).toBe('a help request has no citations');

    const text = renderRerun(read, [nato!, kazan!]);
    expect(text).toContain('[not-helpful] "legally binding guarantees NATO"  (2026-11-30)');
    expect(text).toContain('  reason:        I wanted what Xi said, not Putin');
    expect(text).toContain(
      `  users saw:     ${top[0]!.articleId} ¶${top[0]!.paragraph + 1} (now #1), 999_not_in_the_archive ¶5 (now gone)`,
    );
    expect(text).toContain('  still on top:  yes, unchanged');
    expect(text).toContain('  still on top:  no, changed');
    expect(text).toContain(`  top now:       ${top[0]!.articleId} ¶${top[0]!.paragraph + 1}`);
    expect(text).toContain('1 helpful left out, 1 unreadable');
  });

  it('prints JSON with --json', () => {
    const out: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    try {
      feedbackEval(file, join(__dirname, '..', '..', 'index'), true);
    } finally {
      log.mockRestore();
    }
    const parsed = JSON.parse(out.join('')) as { helpful: number; reruns: Array<{ query: string; stillOnTop: boolean }> };
    expect(parsed.helpful).toBe(1);
    expect(parsed.reruns.map((r) => r.query)).toContain('legally binding guarantees NATO');
  });

  it('is what `bench/eval-questions.ts --feedback FILE` prints', () => {
    const text = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '..', '..', 'bench', 'eval-questions.ts'), '--feedback', file],
      {
        encoding: 'utf8',
        cwd: join(__dirname, '..', '..'),
      },
    );
    expect(text).toContain('[wrong-attribution] "quotes Putin 2022-12-30"');
    expect(text).toContain('  attributed:    still to the same speaker');
    expect(text).toMatch(/4 answers users found wrong \(1 helpful left out, 1 unreadable\); \d still give the same top citation\./);
  });
});
