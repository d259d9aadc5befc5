import { allMatches } from '../../src/corpus/all-matches';

/** A match as a caller reads it: where it is, what it matched, its groups. */
const shown = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it('finds every match with its place and groups, as matchAll does', () => {
    const text = 'Xi Jinping met Vladimir Putin; Putin said, “Xi is a friend.”';
    const re = /(?<![\p{L}])(Xi|Putin)(?![\p{L}])/gu;
    expect(shown(allMatches(re, text))).toEqual([
      [0, 'Xi', 'Xi'],
      [24, 'Putin', 'Putin'],
      [31, 'Putin', 'Putin'],
      [44, 'Xi', 'Xi'],
    ]);
  });

  it('steps past empty matches as matchAll does, a whole character at a time under the u flag', () => {
    for (const [re, text] of [
      [/a*/g, 'baaac'],
      [/(?:)/gu, 'x😀y'],
      [/(?:)/g, 'x😀y'],
      [/\s*/g, 'a  b'],
    ] as const)
      expect(shown(allMatches(re, text))).toEqual(shown(text.matchAll(re)));
  });

  it('leaves the expression ready for its next use', () => {
    const re = /o/g;
    expect(allMatches(re, 'foo')).toHaveLength(2);
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, 'boo')).toHaveLength(2);
    expect(allMatches(re, 'xyz')).toEqual([]);
  });

  it('refuses an expression without the global flag, as matchAll does', () => {
    expect(() => allMatches(/o/, 'foo')).toThrow(TypeError);
  });
});
