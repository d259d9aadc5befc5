/** The one way text becomes terms, and where its callers deliberately cut words differently. */
import { holdsNameTerm, queryTerms, shownWords, termsOf } from '../../src/search/terms';

const TEXT = 'Xi’s U.S. talks — José; Russian-Chinese 2022 the';

describe('terms', () => {
  it('indexes as Lunr cuts words (white space, hyphens), punctuation-only words included', () => {
    expect(termsOf(TEXT)).toEqual(['xi', 'u.', 'talk', '', 'josé', 'russian', 'chines', '2022']);
  });

  it('cuts at anything but letters and digits for quotes', () => {
    expect(termsOf(TEXT, { split: 'letters' })).toEqual(['xi', 's', 'u', 's', 'talk', 'josé', 'russian', 'chines', '2022']);
  });

  it('leaves out short words, numbers and given terms for event similarity', () => {
    expect(termsOf(TEXT, { split: 'letters', minLength: 3, numbers: false, except: new Set(['russian']) })).toEqual([
      'talk',
      'josé',
      'chines',
    ]);
  });

  it('reads Lunr syntax typed by a person as plain words', () => {
    expect(queryTerms('xi:putin~ +talks (the) "gas"*')).toEqual({ terms: ['xi', 'putin', 'talk', 'ga'], words: 5 });
  });

  it('gives excerpts the words as shown, with their places in the original text', () => {
    expect(shownWords('İstanbul: Russian-Chinese talks, the U.S.')).toEqual([
      { start: 0, end: 8, terms: ['i̇stanbul'] },
      { start: 10, end: 25, terms: ['russian', 'chines'] },
      { start: 26, end: 31, terms: ['talk'] },
      { start: 33, end: 36, terms: [] },
      { start: 37, end: 40, terms: ['u', 's'] },
    ]);
    // Apostrophes, dots and hyphens join a word's letters but are not its edges; alone they are no word.
    expect(shownWords("'Xi’s' --- ...talks.- ’99")).toEqual([
      { start: 1, end: 5, terms: ['xi'] },
      { start: 14, end: 19, terms: ['talk'] },
      { start: 23, end: 25, terms: ['99'] },
    ]);
  });

  it('finds a name’s term in a title as the title’s terms have it, stemming only the words that hold its letters', () => {
    const titles = [
      'Vladimir Putin met with Xi Jinping',
      'Talks between PUTIN and XI-JINPING',
      'Putin’s telephone conversation',
      'Putinism and Rasputin',
      'Jinping—Putin talks',
      'Meeting with the President of China',
      '',
    ];
    for (const term of ['putin', 'jinp']) {
      for (const title of titles) expect([term, title, holdsNameTerm(title, term)]).toEqual([term, title, termsOf(title).includes(term)]);
    }
    expect(titles.map((t) => holdsNameTerm(t, 'putin'))).toEqual([true, true, true, true, false, false, false]);
  });
});
