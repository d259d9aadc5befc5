/** What a reader sees of a paragraph: the sentences that carry the match, with their speaker and subject. */
import { askQuestion } from '../../src/answers';
import { EXCERPT_MAX, makeExcerpt } from '../../src/search/excerpt';
import { queryTerms, termOf } from '../../src/search/terms';
import { bundledArchive } from '../support/small-archive';

const archive = bundledArchive();
const stemsOf = (question: string) => new Set(queryTerms(question).terms);

/** The bundled archive's paragraphs (000 ¶1, 001 ¶9, 002 ¶6), as cleaned. */
const BIRTHDAY =
  'Despite the global backlash, Chinese President Xi Jinping on Wednesday reaffirmed his support for Russia on "security and sovereignty" amid the full-scale war ongoing in Ukraine. Speaking over a telephone with his Russian counterpart Vladimir Putin, Jinping vowed to uphold his backing to Moscow and work towards bolstering the "comprehensive partnership," the Chinese Foreign Ministry said in a statement. To note, the phone call between the two leaders came on the occasion of Jinping\'s 69th birthday on June 15.';
const ORGANISATIONS =
  'China is willing to work with Russia to continue supporting each other on their respective core interests concerning sovereignty and security, as well as on their major concerns, deepening their strategic coordination, and strengthening communication and coordination in such important international and regional organizations as the United Nations, the BRICS mechanism and the Shanghai Cooperation Organization, Xi said.';
const TRANSLATOR =
  'Xi, in turn, said through a translator that ‘in the face of a difficult and far from straightforward international situation’, Beijing was ready ‘to increase strategic cooperation with Russia, provide each other with development opportunities, be global partners for the benefit of the peoples of our countries and in the interests of stability around the world’.';
/** A Kremlin release (2018-06-08): the memorandum is in the second sentence of a long paragraph. */
const TIANJIN =
  'Vladimir Putin and Xi Jinping arrived in Tianjin on a high-speed train. During the ride, in the presence of the Russian and Chinese leaders, the heads of Russian Railways and China Railway Corporation signed a memorandum on organising rapid and high-speed trans-border rail freight transit on the China-Russia-Europe route. The day before, during Direct Line, the Russian President said he would take a Chinese high-speed train and would be able to appreciate China’s achievements in this area. The President stressed that he planned to discuss the implementation of the joint project to build a high-speed rail line between Moscow and Kazan with Russia’s Chinese partners.';

/** Every piece of an excerpt is the paragraph's own text, begun and ended at word boundaries. */
function expectCutAtWords(text: string, excerpt: string): void {
  const pieces = excerpt.replace(/^… /, '').replace(/ …$/, '').split(' … ');
  for (const piece of pieces) {
    const at = text.indexOf(piece);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at === 0 || /\s/.test(text[at - 1]!)).toBe(true);
    const after = text[at + piece.length];
    expect(after === undefined || /[\s,;:.!?’”'"…]/.test(after)).toBe(true);
  }
}

describe('excerpts', () => {
  it('shows the sentence with the rare word asked about, not the first one naming Xi ("when is Xi\'s birthday?")', () => {
    const weights = new Map([
      [termOf('Xi')!, 0.4],
      [termOf('birthday')!, 3],
    ]);
    const { excerpt } = makeExcerpt(BIRTHDAY, weights);
    expect(excerpt).toContain("Jinping's 69th birthday on June 15.");
    expect(excerpt).not.toMatch(/^Despite/);
    expectCutAtWords(BIRTHDAY, excerpt);
  });

  it('answers "when is Xi\'s birthday?" on the bundled archive with the birthday sentence of 000 ¶1', () => {
    const results = askQuestion(archive, "when is Xi's birthday?", { limit: 10 }).results;
    const first = results.find((r) => r.articleId.startsWith('000_') && r.paragraph === 0);
    expect(first?.excerpt).toBe(
      "… To note, the phone call between the two leaders came on the occasion of Jinping's 69th birthday on June 15.",
    );
  });

  it('keeps the clause that names the speaker when the match is late in a long sentence', () => {
    const { excerpt, highlights } = makeExcerpt(TRANSLATOR, stemsOf('stability around the world for the peoples'), 200);
    expect(excerpt).toMatch(/^Xi, in turn, said through a translator that … /);
    expect(excerpt).toContain('stability around the world');
    expect(highlights.map(([s, e]) => termOf(excerpt.slice(s, e)))).toEqual(expect.arrayContaining(['stabil', 'world', 'peopl']));
    expectCutAtWords(TRANSLATOR, excerpt);
  });

  it('never starts a cut sentence with a fragment that lost its subject, and keeps "Xi said" at its end', () => {
    const { excerpt } = makeExcerpt(ORGANISATIONS, stemsOf('Shanghai Cooperation Organization'));
    expect(excerpt).toMatch(/^China is willing to work with Russia/);
    expect(excerpt).toContain('the Shanghai Cooperation Organization, Xi said.');
    expect(excerpt).not.toMatch(/… and /);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX + 4);
    expectCutAtWords(ORGANISATIONS, excerpt);
  });

  it('in a long paragraph shows the part that matches, not the start', () => {
    const { excerpt } = makeExcerpt(TIANJIN, stemsOf('which memorandum was signed on the train?'));
    expect(excerpt).toMatch(
      /^… During the ride, .*signed a memorandum on organising rapid and high-speed trans-border rail freight transit/,
    );
    expect(excerpt).not.toContain('arrived in Tianjin');
    expectCutAtWords(TIANJIN, excerpt);
  });

  it('shows a sentence starting "He …" with the sentence it refers to when both fit', () => {
    const text = `${'Filler words about nothing in particular here. '.repeat(5)}Putin spoke about gas exports to China at length. He said the pipeline would carry more gas. ${'More filler words about nothing at all. '.repeat(5)}`;
    const { excerpt } = makeExcerpt(text, stemsOf('pipeline'));
    expect(excerpt).toContain('Putin spoke about gas exports to China at length. He said the pipeline would carry more gas.');
  });

  it('stays within about 300 characters, cut at word boundaries, for every paragraph and word of the bundled archive', () => {
    const questions = [
      'gas pipeline',
      'international situation',
      'Xi said',
      'NATO aggressive',
      'Shanghai Cooperation Organization',
      'birthday',
      'stability world peoples',
    ];
    for (const shard of archive.shards) {
      for (let doc = 0; doc < shard.store.size; doc += 1) {
        const text = shard.store.text(doc);
        for (const q of questions) {
          const { excerpt, highlights } = makeExcerpt(text, stemsOf(q));
          // The body is at most 300 characters; "… " before, " …" after and " … " between pieces are marks.
          expect(excerpt.replace(/ … |^… | …$/g, '').length).toBeLessThanOrEqual(EXCERPT_MAX);
          expectCutAtWords(text, excerpt);
          for (const [s, e] of highlights) expect(excerpt.slice(s, e)).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u);
        }
      }
    }
  });
});
