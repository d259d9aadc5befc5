/**
 * The excerpt shown for a paragraph: the sentence or sentences that carry the match, at most about
 * 300 characters, cut only at word boundaries with an ellipsis, and the matched words marked.
 */
import { sentenceSpans } from '../events/sentences';
import { shownWords, termOf } from './terms';

export const EXCERPT_MAX = 300;

/** Character range [start, end) inside an excerpt that matched the question. */
export type Highlight = [number, number];

export interface Excerpt {
  excerpt: string;
  highlights: Highlight[];
}

/** Ranges [start, end) of the words of `text` whose stems are in `stems` (a whole "Russian-Chinese" when either part matched). */
function matchedWords(text: string, stems: ReadonlySet<string>): Highlight[] {
  if (stems.size === 0) return [];
  return shownWords(text)
    .filter((w) => w.terms.some((t) => stems.has(t)))
    .map((w): Highlight => [w.start, w.end]);
}

/** The excerpt of a paragraph for a question's stems, and the places of the matched words in it. */
export function makeExcerpt(text: string, stems: ReadonlySet<string>, max = EXCERPT_MAX): Excerpt {
  if (text.length <= max) return { excerpt: text, highlights: matchedWords(text, stems) };
  const spans = sentenceSpans(text);
  const hits = matchedWords(text, stems);
  const scoreOf = ([s, e]: [number, number]) => {
    const inside = hits.filter(([hs]) => hs >= s && hs < e);
    return new Set(inside.map(([hs, he]) => termOf(text.slice(hs, he)))).size * 10 + inside.length;
  };
  const scores = spans.map(scoreOf);
  let best = 0;
  scores.forEach((sc, i) => {
    if (sc > scores[best]!) best = i;
  });
  let [from, to] = [best, best];
  const len = () => spans[to]![1] - spans[from]![0];
  if (len() > max) return window(text, spans[best]!, hits, max);
  // Grow towards the neighbour that carries more of the match, while it fits.
  for (;;) {
    const before = from > 0 ? spans[from - 1]! : null;
    const after = to < spans.length - 1 ? spans[to + 1]! : null;
    const fitsBefore = before && spans[to]![1] - before[0] <= max;
    const fitsAfter = after && after[1] - spans[from]![0] <= max;
    if (fitsAfter && (!fitsBefore || scores[to + 1]! >= scores[from - 1]!)) to += 1;
    else if (fitsBefore) from -= 1;
    else break;
  }
  const start = spans[from]![0];
  const end = spans[to]![1];
  return assemble(text, start, end, hits);
}

/** One sentence longer than `max`: a window around its densest run of matches. */
function window(text: string, [s, e]: [number, number], hits: Highlight[], max: number): Excerpt {
  const inside = hits.filter(([hs]) => hs >= s && hs < e);
  const anchor = inside[0]?.[0] ?? s;
  let start = Math.max(s, anchor - Math.floor(max / 3));
  let end = Math.min(e, start + max);
  start = Math.max(s, end - max);
  // Cut at word boundaries: move inwards to white space.
  if (start > s) {
    const next = text.slice(start, end).search(/\s/);
    start = next >= 0 ? start + next + 1 : start;
  }
  if (end < e) {
    const cut = text.slice(start, end);
    const last = cut.search(/\s\S*$/);
    end = last > 0 ? start + last : end;
  }
  return assemble(text, start, end, hits);
}

function assemble(text: string, start: number, end: number, hits: Highlight[]): Excerpt {
  const body = text.slice(start, end).replace(/[\s,;:–—-]+$/u, '');
  const lead = start > 0 ? '… ' : '';
  const tail = start + body.length < text.trimEnd().length ? ' …' : '';
  const shift = lead.length - start;
  const highlights = hits.filter(([hs, he]) => hs >= start && he <= start + body.length).map(([hs, he]): Highlight => [hs + shift, he + shift]);
  return { excerpt: `${lead}${body}${tail}`, highlights };
}
