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

  it('answers atMostWords for a line asked again with other bounds as for a line asked once', () => {
    const once = (text: string, n: number) => {
      let pieces = 0;
      for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 32 && (i === 0 || text.charCodeAt(i - 1) <= 32)) pieces += 1;
      return text.length <= n * 40 && (pieces <= n || wordCount(text) <= n);
    };
    const lines = ['Read more: Xi and Putin meet in Moscow', 'a\u00a0b\u00a0c', 'a\u0001b', '', 'Xi', '— – ...', 'one two three four five'];
    for (const n of [0, 1, 2, 3, 5, 8, 16])
      for (const text of [...lines, ...lines.reverse()]) expect([text, n, atMostWords(text, n)]).toEqual([text, n, once(text, n)]);
  });
});
