import { indexedWords, termOf } from '../../src/search/terms';
import { isWordGap, WordTerms } from '../../src/search/word-terms';

/** The terms a table gives for a text, as strings (null for a stop word). */
function termsRead(words: WordTerms, text: string): Array<string | null> {
  const { count, numbers } = words.termsOf(text);
  return Array.from(numbers.subarray(0, count), (n) => (n < 0 ? null : words.term(n)));
}

describe('each word of a paragraph as its term, found by its characters', () => {
  it('cuts a text exactly where the index cuts it: at every character `\\s` or a hyphen matches', () => {
    const gaps: number[] = [];
    for (let c = 0; c < 0x10000; c += 1) if (isWordGap(c) !== /[\s-]/.test(String.fromCharCode(c))) gaps.push(c);
    expect(gaps).toEqual([]);
  });

  it.each([
    'Xi Jinping and Vladimir Putin met in Moscow.',
    '  Russia–China  talks\u00a0on gas\u2009supplies -- the “Power of Siberia” pipeline ',
    'JOSÉ İstanbul ǅ ΣΊΣΥΦΟΣ 𝒳i’s and the U.S.-Russia (re-)start',
    '- - -',
    '',
    'the of and a',
    '"Russia," (Russia) Russia’s RUSSIA’S russia. The "the" (and) talks: talks’',
  ])('gives the terms the index holds for %j', (text) => {
    const words = new WordTerms();
    expect(termsRead(words, text)).toEqual(indexedWords(text).map(termOf));
    // Read again, every word is found in the table, and still gives the same term.
    expect(termsRead(words, text)).toEqual(indexedWords(text).map(termOf));
  });

  it('tells apart words that share their first letters, their length or their term', () => {
    const words = new WordTerms();
    const text = 'talk talks talked talking Talk. talk, kalt klat tal';
    expect(termsRead(words, text)).toEqual(indexedWords(text).map(termOf));
    const [talk, talks, talked] = words.termsOf(text).numbers;
    expect(talks).toBe(talk);
    expect(talked).toBe(talk);
  });

  it('keeps every word of a large vocabulary apart as its table grows', () => {
    const words = new WordTerms();
    const many = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    expect(termsRead(words, many)).toEqual(indexedWords(many).map(termOf));
    expect(termsRead(words, many)).toEqual(indexedWords(many).map(termOf));
  });
});
