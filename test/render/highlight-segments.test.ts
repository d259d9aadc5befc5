import { escapeMrkdwn } from '../../src/render/slack/escape-mrkdwn';
import { highlightSegments, markSegments } from '../../src/render/highlight-segments';

describe('highlightSegments', () => {
  it('keeps every character once, whatever the ranges', () => {
    const text = 'Xi and Putin met';
    const segs = highlightSegments(text, [
      [7, 12],
      [0, 2],
      [1, 3],
      [-5, 0],
      [14, 99],
      [9, 9],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['Xi ', 'Putin', 'et']);
  });

  it('marks runs, escaping inside and leaving edge spaces outside', () => {
    expect(markSegments(highlightSegments('a <b> c', [[1, 6]]), escapeMrkdwn, (s) => `*${s}*`)).toBe('a *&lt;b&gt;* c');
  });
});
