import { atMostWords, wordCount } from '../../src/corpus/text-shape';

/** How words were counted before: every match of a word's pattern. */
const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;
const matched = (text: string) => text.match(WORD)?.length ?? 0;

describe('wordCount', () => {
  it('counts the pieces between white space that hold a letter or a digit', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  Xi Jinping,  Vladimir Putin ')).toBe(4);
    expect(wordCount('— – ... (Applause.)')).toBe(1);
    expect(wordCount('José\u00a0²\u2003𝒳 \ud835')).toBe(3);
    expect(wordCount('zero\u200bwidth\ufeffsplit')).toBe(2);
  });

  it('counts as the word pattern matches, for every character between letters and alone', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c} x`, `.${c}.`]) if (wordCount(text) !== matched(text)) differ.push(code);
    }
    for (let code = 0x10000; code < 0x30000; code += 97) {
      const text = `${String.fromCodePoint(code)} -${String.fromCodePoint(code)}`;
      if (wordCount(text) !== matched(text)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('lets atMostWords tell short lines from long ones', () => {
    expect(atMostWords('Read more: Xi and Putin meet in Moscow', 8)).toBe(true);
    expect(atMostWords('Read more: Xi and Putin meet in Moscow', 7)).toBe(false);
    expect(atMostWords('a — b — c — d', 4)).toBe(true);
  });
});
