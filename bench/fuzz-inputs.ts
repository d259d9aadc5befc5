/**
 * Generated hostile inputs for the robustness run: a pure function of (count, seed), so a failure is
 * reproduced by its index. Each input names the surface it goes through; families rotate so every
 * family reaches every surface.
 */

export type FuzzTarget = 'ask' | 'summit' | 'on-this-date';

export interface FuzzInput {
  family: string;
  target: FuzzTarget;
  text: string;
}

/** mulberry32: small, fast, good enough to spread inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const WORDS = [
  'Xi',
  'Putin',
  'gas',
  'pipeline',
  'trade',
  'Ukraine',
  'sanctions',
  'NATO',
  'Beijing',
  'Moscow',
  'summit',
  'call',
  'Power',
  'Siberia',
  'yuan',
  'rouble',
  'Biden',
  'Taiwan',
  'SCO',
  'BRICS',
];
const STOP_WORDS = [
  'the',
  'a',
  'of',
  'and',
  'to',
  'in',
  'is',
  'it',
  'for',
  'on',
  'with',
  'as',
  'was',
  'at',
  'by',
  'an',
  'be',
  'this',
  'that',
  'or',
  'but',
  'not',
  'what',
  'who',
  'how',
  'when',
];
const LUNR_SYNTAX = [
  'xi:putin~',
  '+*',
  '-"',
  '*',
  '+',
  '-',
  '--putin',
  'putin^',
  'putin^10',
  'title:',
  'text:gas',
  'pu*in',
  '*tin',
  'putin~2',
  '"',
  '""',
  ':',
  '~',
  '^',
  '+-+-',
  'http://x.com',
  '10:30',
  '(putin)',
  '[xi]',
  '{gas}',
  '\\',
  '/',
  '|',
  '<@U123>',
  '<#C1|general>',
  '<https://x.com|x>',
  '&amp;',
  '`code`',
  '*bold*',
  '_it_',
  '~strike~',
];
const UNICODE_RANGES: Array<[number, number]> = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x24f], // Latin
  [0x300, 0x36f], // combining marks
  [0x400, 0x4ff], // Cyrillic
  [0x590, 0x6ff], // Hebrew, Arabic (right to left)
  [0x200b, 0x200f], // zero-width and direction marks
  [0x2028, 0x202e], // separators, embeddings
  [0x3000, 0x303f], // CJK punctuation
  [0x4e00, 0x4fff], // CJK
  [0xfe00, 0xfe0f], // variation selectors
  [0xfff0, 0xfffd], // specials
  [0x1f300, 0x1f64f], // emoji
  [0x1f900, 0x1f9ff],
];
const EDGE_DATES = [
  '0000-01-01',
  '9999-12-31',
  '2024-02-29',
  '2023-02-29',
  '1900-02-29',
  '2000-02-29',
  '2100-02-29',
  '0001-01-01',
  '1969-12-31',
  '1970-01-01',
  '2038-01-19',
  '2022-13-01',
  '2022-00-10',
  '2022-06-00',
  '2022-06-31',
  '2022-04-31',
  '99999-01-01',
  '-0001-01-01',
  '2022-6-5',
  '2022/06/15',
  '15.06.2022',
  '06/15/2022',
  '31/12/2022',
  'June 15',
  'June 31, 2022',
  'February 29, 2023',
  'February 29',
  'Feb 30',
  '02-29',
  '02-30',
  '13-01',
  '00-00',
  '12-31',
  '01-01',
  '1-1',
  'yesterday',
  'tomorrow',
  'today',
  'last Wednesday',
  'next year',
  '29 February 1900',
  '2022-06-15T10:00:00Z',
  '2022-06-15 2022-12-30',
  '2022-06-15 to 2022-06-17',
];

function randomUnicode(rand: Rand, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = pick(rand, UNICODE_RANGES);
    s += String.fromCodePoint(int(rand, lo, hi));
  }
  // A lone surrogate now and then: Slack never sends one, but a broken client might.
  return rand() < 0.05 ? s + String.fromCharCode(int(rand, 0xd800, 0xdfff)) : s;
}

function words(rand: Rand, from: readonly string[], n: number): string {
  return Array.from({ length: n }, () => pick(rand, from)).join(' ');
}

const FAMILIES: Array<[string, (rand: Rand) => string]> = [
  ['random-unicode', (r) => randomUnicode(r, int(r, 1, 80))],
  [
    'lunr-syntax',
    (r) =>
      Array.from({ length: int(r, 1, 6) }, () =>
        r() < 0.5 ? pick(r, LUNR_SYNTAX) : pick(r, WORDS) + pick(r, ['', '~', '^2', '*', ':', '~1', '+']),
      ).join(r() < 0.7 ? ' ' : ''),
  ],
  [
    'long-text',
    (r) =>
      (
        words(r, [...WORDS, ...STOP_WORDS, 'agreement', 'energy', 'cooperation', 'president', 'meeting'], 800) +
        ' ' +
        randomUnicode(r, 200)
      ).slice(0, 4000),
  ],
  ['long-unicode', (r) => randomUnicode(r, 4000).slice(0, 4000)],
  ['stop-words-only', (r) => words(r, STOP_WORDS, int(r, 1, 12))],
  ['edge-date', (r) => pick(r, EDGE_DATES)],
  ['date-with-noise', (r) => `${pick(r, EDGE_DATES)} ${pick(r, [...LUNR_SYNTAX, ...WORDS])}`],
  [
    'random-iso-date',
    (r) =>
      `${String(int(r, 0, 9999)).padStart(4, '0')}-${String(int(r, 0, 13)).padStart(2, '0')}-${String(int(r, 0, 32)).padStart(2, '0')}`,
  ],
  ['blank', (r) => pick(r, ['', ' ', '\n', '\t\t', '\u200b', '\u00a0', '   \n  ', '\u3000'])],
  [
    'numbers',
    (r) =>
      Array.from({ length: int(r, 1, 5) }, () => String(Math.floor(r() * 10 ** int(r, 1, 20)))).join(pick(r, [' ', '-', '/', '.', ':'])),
  ],
  ['question-with-syntax', (r) => `${words(r, WORDS, int(r, 2, 6))}${pick(r, ['?', '!', '...', ' +*', ' -"', ':', '~', '^'])}`],
  ['repeated-term', (r) => Array.from({ length: int(r, 50, 600) }, () => pick(r, ['putin', 'xi', 'gas', 'a'])).join(' ')],
];

const TARGETS: readonly FuzzTarget[] = ['ask', 'summit', 'on-this-date'];

/** `count` inputs from `seed`; the same arguments always give the same inputs. */
export function fuzzInputs(count: number, seed = 20240229): FuzzInput[] {
  const rand = seededRandom(seed);
  const out: FuzzInput[] = [];
  for (let i = 0; i < count; i++) {
    const [family, make] = FAMILIES[i % FAMILIES.length]!;
    const target = TARGETS[Math.floor(i / FAMILIES.length) % TARGETS.length]!;
    out.push({ family, target, text: make(rand) });
  }
  return out;
}
