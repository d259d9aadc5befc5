import { answerToQuestion } from '../../src/answers/answer-to-question';
import type { ParagraphHit } from '../../src/search/search-paragraphs';

const paragraphs = [
  'What is Russia’s position on this? The joint drills in the region are of special interest.',
  'He has never asked me to comment on this issue.',
  'We support this position.',
];

const hit = (paragraph: number, score: number): ParagraphHit => ({
  article: 0,
  paragraph,
  score,
  matched: new Set(),
  text: paragraphs[paragraph]!,
  next: () => (paragraph + 1 < paragraphs.length ? { paragraph: paragraph + 1, text: paragraphs[paragraph + 1]! } : null),
});

describe('answerToQuestion', () => {
  it('shows the answer right after a question followed by a remark', () => {
    const out = answerToQuestion([hit(0, 3), hit(2, 2), hit(1, 1)]);
    expect(out.map((h) => h.paragraph)).toEqual([0, 1, 2]);
  });

  it('leaves a paragraph that asks nothing where it is', () => {
    const out = answerToQuestion([hit(1, 3), hit(0, 2)]);
    expect(out.map((h) => h.paragraph)).toEqual([1, 0]);
  });
});
