/**
 * Inline Markdown (and the HTML scrapers leave in it) to plain words. Applied to a whole paragraph,
 * after its hard-wrapped lines are joined, so a link wrapped over two lines is still one link.
 * Links keep their words and lose their URLs; images, autolinks and comments go; emphasis markers
 * and backslash escapes unwrap; character references ("&amp;", "&#8217;") are the characters they
 * name; a table row, list item or HTML paragraph ends a line of its own.
 */
import { decodeHTMLStrict } from 'entities';
import type { RepairTally } from './repair-tally';

/** Elements that end a line of text: what follows them is a new paragraph. */
const BREAKING_TAGS = new Set([
  'p',
  'div',
  'tr',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'ul',
  'ol',
  'figure',
  'figcaption',
  'blockquote',
  'hr',
]);
/** Elements whose words stand apart from what follows; a <br> inside a table cell keeps the row whole. */
const SPACING_TAGS = new Set(['br', 'caption', 'col', 'colgroup']);
/** Between two cells of a table row. */
export const CELL_SEPARATOR = ' | ';

/**
 * A link's target in brackets: a URL (with balanced brackets inside, else up to the first closing
 * one, as pages with "#:~:text=…(" fragments need) and an optional "title".
 */
const TARGET = String.raw`\(\s*<?(?:(?:[^()\s]|\([^()\s]*\))*|[^\s)]*)>?(?:\s+"[^"]*")?\s*\)`;

interface InlineRule {
  rule: string;
  /** Characters one of which every match holds: text without any is left alone without running `re` (most text). */
  needs: string;
  re: RegExp;
  to: (...groups: string[]) => string;
}

const RULES: InlineRule[] = [
  { rule: 'html comment', needs: '<', re: /<!--[\s\S]*?-->/g, to: () => '' },
  // An <img> is a picture; its alt text is a caption, not the article's words.
  { rule: 'html image', needs: '<', re: /<(?:img|svg|source|picture)\b[^>]*>/gi, to: () => '' },
  { rule: 'markdown image', needs: '!', re: new RegExp(String.raw`!\[[^\]]*\]${TARGET}`, 'g'), to: () => '' },
  {
    rule: 'markdown link',
    needs: ']',
    re: new RegExp(String.raw`\[((?:[^\[\]]|\[[^\[\]]*\])*)\]${TARGET}`, 'g'),
    to: (_m, words) => words ?? '',
  },
  // A footnote's mark ("…security.[^1]"): its note, elsewhere, is not these words.
  { rule: 'footnote mark', needs: '^', re: /\[\^[^\]\s]+\](?!:)/g, to: () => '' },
  { rule: 'autolink', needs: '<', re: /<(?:https?:\/\/|mailto:|www\.)[^>\s]*>/gi, to: () => '' },
  {
    rule: 'html tag',
    needs: '<',
    re: /<\/?([a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/g,
    to: (m, tag) => {
      const name = (tag ?? '').toLowerCase();
      if (BREAKING_TAGS.has(name)) return '\n';
      if (name === 'td' || name === 'th') return m.startsWith('</') ? CELL_SEPARATOR : '';
      return SPACING_TAGS.has(name) ? ' ' : '';
    },
  },
  { rule: 'emphasis', needs: '*_', re: /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, to: (_m, _mark, words) => words ?? '' },
  // Single markers only around words (" *so* ", "(_Reuters_)"): a footnote's "figures*" or a snake_case name stays.
  {
    rule: 'emphasis',
    needs: '*_',
    re: /(^|[\s(“"‘])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\2(?=[\s).,;:!?”"’]|$)/g,
    to: (_m, before, _mark, words) => `${before ?? ''}${words ?? ''}`,
  },
  { rule: 'code span', needs: '`', re: /`([^`]*)`/g, to: (_m, words) => words ?? '' },
  { rule: 'markdown escape', needs: '\\', re: /\\([\\`*_{}[\]()#+\-.!>|<~"'])/g, to: (_m, ch) => ch ?? '' },
  // Last, so that "&lt;p&gt;" is the words it shows, not a tag. Only whole references (with ";"):
  // "AT&T" and "R&D;" are words.
  { rule: 'html entity', needs: '&', re: /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, to: (m) => decodeHTMLStrict(m ?? '') },
];

function holdsAny(text: string, chars: string): boolean {
  for (const c of chars) if (text.includes(c)) return true;
  return false;
}

/** Markers left unpaired by a cut emphasis ("**Moscow, 5 May", "deterrence ** U.S."): news text has no "**". */
const STRAY_BOLD = /\s*\*\*+\s*/g;

/**
 * Plain words of a paragraph (or title) of Markdown. May return several lines when the text held
 * line-breaking HTML (a table's rows). `tally`, when given, counts what each rule changed.
 */
export function markdownToText(text: string, tally?: RepairTally): string {
  if (!/[[\]!*_`\\<&]/.test(text)) return text;
  let out = text;
  for (const { rule, needs, re, to } of RULES) {
    if (!holdsAny(out, needs)) continue;
    out = out.replace(re, (...args: unknown[]) => {
      const groups = args.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
      tally?.add(rule, groups[0] ?? '');
      return to(...groups);
    });
  }
  if (out.includes('**') && /\p{L}/u.test(out)) {
    out = out.replace(STRAY_BOLD, (m, at: number) => {
      tally?.add('emphasis', m.trim());
      return at === 0 || at + m.length === out.length ? '' : ' ';
    });
  }
  return out;
}
