import { preferAskedWords } from '../../src/answers/word-forms';
import type { ParagraphHit } from '../../src/search/search-paragraphs';

const hit = (paragraph: number, text: string, score: number, matched: string[]): ParagraphHit => ({
  article: 0,
  paragraph,
  text,
  score,
  matched: new Set(matched),
});

describe('paragraphs matched only through a derived word', () => {
  it('weigh half, whatever the case or letters their words are written in', () => {
    const hits = [
      hit(0, 'Figurative language aside, the talks went well.', 10, ['figur', 'talk']),
      hit(1, 'FIGURATIVELY speaking, nothing moved.', 9, ['figur']),
      hit(2, 'Trade Figures for 2023 were published.', 8, ['figur']),
      hit(3, 'Élan and figures, said Ömer.', 7, ['élan', 'figur']),
      hit(4, 'Élan, figuratively', 6, ['élan', 'figur']),
    ];
    const ranked = preferAskedWords(hits, 'trade figures talks élan');
    expect(ranked.map((h) => [h.paragraph, h.score])).toEqual([
      [0, 10],
      [2, 8],
      [3, 7],
      [4, 6],
      [1, 4.5],
    ]);
  });
});
