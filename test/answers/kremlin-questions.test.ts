/**
 * The Kremlin bench questions (test/fixtures/reference/kremlin-questions.json) hold ids and a few words
 * only. How well they are answered is measured on the bench archive by `npx tsx bench/eval-questions.ts`
 * (the bench data stays outside the test suite).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameWord } from '../../src/answers/word-forms';
import type { QuestionSet } from '../../bench/eval-questions';

const SET = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'reference', 'kremlin-questions.json'), 'utf8')) as QuestionSet;

describe('the Kremlin bench questions', () => {
  it('hold ids and a few words, never archive text', () => {
    expect(SET.questions.length).toBeGreaterThanOrEqual(30);
    for (const q of SET.questions) {
      expect(q.answers.length).toBeGreaterThan(0);
      for (const a of q.answers) {
        expect(a.article).toMatch(/^\d{4}-\d\d-\d\d-\d+$/);
        expect(a.words.split(/\s+/).length).toBeLessThanOrEqual(10);
      }
    }
  });
});

describe('word forms', () => {
  it.each([
    ['figures', 'figure', true],
    ['imports', 'import', true],
    ['allied', 'ally', true],
    ['figurative', 'figures', false],
    ['national', 'nation', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
  });
});
