import { answerFuzzInput } from '../../bench/answer-fuzz-input';
import { fuzzInputs } from '../../bench/fuzz-inputs';
import { DATES, QUESTIONS } from '../../bench/questions';
import { bundledArchive } from '../support/small-archive';

describe('generated hostile inputs (the robustness run, small)', () => {
  const archive = bundledArchive();
  const inputs = fuzzInputs(300);

  it('is a pure function of count and seed', () => {
    expect(fuzzInputs(50, 7)).toEqual(fuzzInputs(50, 7));
    expect(fuzzInputs(50, 7)).not.toEqual(fuzzInputs(50, 8));
    expect(fuzzInputs(300).slice(0, 50)).toEqual(fuzzInputs(50));
  });

  it('covers every family through every surface, 4,000-character texts and calendar edges included', () => {
    const pairs = new Set(inputs.map((i) => `${i.family}→${i.target}`));
    const families = new Set(inputs.map((i) => i.family));
    expect(pairs.size).toBe(families.size * 3);
    expect(Math.max(...inputs.map((i) => i.text.length))).toBe(4000);
    const texts = fuzzInputs(3000).map((i) => i.text);
    for (const edge of ['0000-01-01', '9999-12-31', '2024-02-29', '2023-02-29', '1900-02-29']) expect(texts).toContain(edge);
  });

  it.each(inputs.map((input, index) => [index, input.family, input.target, input] as const))(
    '#%i %s → %s: answers without throwing',
    (_i, _f, _t, input) => {
      const answer = answerFuzzInput(archive, input);
      expect(typeof answer.kind).toBe('string');
    },
  );
});

describe('the fixed workload', () => {
  it('has at least 60 distinct questions and 20 distinct dates', () => {
    expect(new Set(QUESTIONS).size).toBeGreaterThanOrEqual(60);
    expect(new Set(DATES).size).toBeGreaterThanOrEqual(20);
  });
});
