import { normaliseSpace } from '../../src/corpus/split-units';

/** How space was normalised before: four passes of regular expressions. */
function byPasses(text: string): string {
  if (!/[\u00a0\u2007\u202f\t\n\r\ufeff]|\u200b|\u200c|\u200d|\s\s|^\s|\s$/.test(text)) return text;
  return text
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('normaliseSpace', () => {
  it('makes each run of white space one space, drops zero-width characters and trims', () => {
    expect(normaliseSpace('  MR. KIRBY:\u00a0 Thank you.  \n(Applause.)\u200b ')).toBe('MR. KIRBY: Thank you. (Applause.)');
    expect(normaliseSpace('a\u200b b\ufeffc\u2003\u2003d')).toBe('a bc d');
    expect(normaliseSpace('one\u2003space kept alone')).toBe('one\u2003space kept alone');
    expect(normaliseSpace('\u200b\u200d')).toBe('');
    // Plain single spaces stay where they are, before and after the runs that change.
    expect(normaliseSpace('Putin and Xi met  in Moscow on a\u200b Tuesday ')).toBe('Putin and Xi met in Moscow on a Tuesday');
    expect(normaliseSpace('a b\u200bc d \u00a0e f')).toBe('a bc d e f');
  });

  it('gives what the regular expressions gave, for every character in every place', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, ` ${c}a `, `a ${c} b`, `a${c}${c}`]) if (normaliseSpace(text) !== byPasses(text)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});
