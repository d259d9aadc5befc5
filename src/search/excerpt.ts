/**
 * The excerpt shown for a paragraph: the sentences that carry most of the matched words (rare words
 * weigh more), at most about 300 characters, cut only at word boundaries with an ellipsis, and the
 * matched words marked. A sentence too long to show whole keeps the clause naming its speaker and
 * shows the part that matches, starting where a clause starts.
 */
import { sentenceSpans } from '../events/sentences';
import { clauseStarts, leadingConjunction, openingWords, pointsBack, speakerTail } from './excerpt-clauses';
import { shownWords } from './terms';

export const EXCERPT_MAX = 300;

/** Character range [start, end) inside an excerpt that matched the question. */
export type Highlight = [number, number];

export interface Excerpt {
  excerpt: string;
  highlights: Highlight[];
}

/** A question's stems, each with how much it tells (a Set: all alike). */
export type Stems = ReadonlySet<string> | ReadonlyMap<string, number>;

interface Hit {
  start: number;
  end: number;
  terms: string[];
}

type Span = [number, number];

const GAP = ' … ';
/** Context kept before the first match when a long sentence is cut and no clause starts near it. */
const LEAD_IN = 60;

/** The words of `text` whose stems are in `stems` (a whole "Russian-Chinese" when either part matched). */
function matchedWords(text: string, stems: Stems): Hit[] {
  if (stems.size === 0) return [];
  return shownWords(text)
    .map((w) => ({ start: w.start, end: w.end, terms: w.terms.filter((t) => stems.has(t)) }))
    .filter((w) => w.terms.length > 0);
}

const weightOf = (stems: Stems, term: string) => (stems instanceof Map ? (stems.get(term) ?? 1) : 1);

/** What the matches inside [s, e) are worth: each stem once at its weight, repeats a little more. */
function worth(hits: readonly Hit[], stems: Stems, [s, e]: Span, already: ReadonlySet<string> = new Set()): number {
  const seen = new Set<string>();
  let sum = 0;
  for (const h of hits) {
    if (h.start < s || h.end > e) continue;
    for (const t of h.terms) {
      const w = weightOf(stems, t);
      sum += seen.has(t) || already.has(t) ? w / 10 : w;
      seen.add(t);
    }
  }
  return sum;
}

const termsIn = (hits: readonly Hit[], [s, e]: Span) => new Set(hits.filter((h) => h.start >= s && h.end <= e).flatMap((h) => h.terms));

/** The excerpt of a paragraph for a question's stems, and the places of the matched words in it. */
export function makeExcerpt(text: string, stems: Stems, max = EXCERPT_MAX): Excerpt {
  const hits = matchedWords(text, stems);
  if (text.length <= max) return { excerpt: text, highlights: hits.map((h): Highlight => [h.start, h.end]) };
  const spans = sentenceSpans(text);
  if (spans.length === 0) return assemble(text, [[0, 0]], hits);
  const scores = spans.map((span) => worth(hits, stems, span));
  let best = 0;
  scores.forEach((sc, i) => {
    if (sc > scores[best]!) best = i;
  });
  if (spans[best]![1] - spans[best]![0] > max) return assemble(text, longSentence(text, spans[best]!, hits, stems, max), hits);
  let [from, to] = [best, best];
  const fits = (a: number, b: number) => spans[b]![1] - spans[a]![0] <= max;
  // Grow while it fits: first back to the sentence a "he" or "this" refers to, then towards the neighbour adding most.
  for (;;) {
    const canBefore = from > 0 && fits(from - 1, to);
    const canAfter = to < spans.length - 1 && fits(from, to + 1);
    if (!canBefore && !canAfter) break;
    const first = spans[from]!;
    if (canBefore && pointsBack(text.slice(first[0], first[1]))) {
      from -= 1;
      continue;
    }
    const covered = termsIn(hits, [first[0], spans[to]![1]]);
    const gainBefore = canBefore ? worth(hits, stems, spans[from - 1]!, covered) : -1;
    const gainAfter = canAfter ? worth(hits, stems, spans[to + 1]!, covered) : -1;
    if (canAfter && gainAfter >= gainBefore) to += 1;
    else from -= 1;
  }
  return assemble(text, [[spans[from]![0], spans[to]![1]]], hits);
}

/**
 * One sentence longer than `max`: its start when the matches are there; else its opening words (the
 * clause naming the speaker, or its subject), then the run of matches worth most from the clause
 * start before it, then a speaker named at the end when there is room.
 */
function longSentence(text: string, [s, e]: Span, hits: readonly Hit[], stems: Stems, max: number): Span[] {
  const inside = hits.filter((h) => h.start >= s && h.end <= e);
  const sentence = text.slice(s, e);
  const tailAt = speakerTail(sentence);
  const tail: Span | null = tailAt > 0 ? [s + tailAt, e] : null;
  const fromStart: Span[] = [[s, cutEnd(text, s, s + max)]];
  if (inside.length === 0) return withTail(text, fromStart, tail, max);

  const headLen = openingWords(sentence, Math.floor(max / 3));
  const head: Span | null = headLen > 0 ? [s, s + headLen] : null;
  const budget = max - (head ? headLen + GAP.length : 0);
  const from = head ? head[1] : s;
  // The window whose matches are worth most, each tried starting at a match.
  let bestStart = from;
  let bestWorth = -1;
  for (const h of inside) {
    if (h.start < from) continue;
    const w = worth(inside, stems, [h.start, Math.min(e, h.start + budget - LEAD_IN)]);
    if (w > bestWorth) [bestStart, bestWorth] = [h.start, w];
  }
  const clause = clauseBefore(text, from, bestStart, budget);
  const start = clause + leadingConjunction(text.slice(clause, bestStart));
  // The sentence's own start wins when it shows as much, or when the window would begin right after the head.
  if (worth(inside, stems, fromStart[0]!) >= bestWorth || start <= from + GAP.length) return withTail(text, fromStart, tail, max);
  const end = cutEnd(text, start, Math.min(e, start + budget));
  return withTail(text, head ? [head, [start, end]] : [[start, end]], tail, max);
}

/** Where to start showing a match at `at`: the nearest clause start before it, else a word a little before. */
function clauseBefore(text: string, from: number, at: number, budget: number): number {
  const reach = Math.max(from, at - Math.floor(budget / 2));
  const starts = clauseStarts(text.slice(reach, at + 1)).map((i) => reach + i);
  if (starts.length > 0) return starts[starts.length - 1]!;
  if (at - from <= LEAD_IN) return from;
  const back = text.slice(at - LEAD_IN, at).search(/\s\S/);
  return back >= 0 ? at - LEAD_IN + back + 1 : at;
}

/** The end of a piece starting at `start` that must stop by `limit`: at the last white space before it. */
function cutEnd(text: string, start: number, limit: number): number {
  if (limit >= text.length || /\s/.test(text[limit] ?? ' ')) return limit;
  const last = text.slice(start, limit).search(/\s\S*$/);
  return last > 0 ? start + last : limit;
}

/** Adds the speaker named at the sentence's end when the pieces stop before it and it fits. */
function withTail(text: string, pieces: Span[], tail: Span | null, max: number): Span[] {
  const last = pieces[pieces.length - 1]!;
  if (!tail || last[1] >= tail[0]) return pieces;
  const used = pieces.reduce((n, [a, b]) => n + (b - a), 0) + GAP.length * (pieces.length - 1);
  if (used + GAP.length + (tail[1] - tail[0]) <= max) return [...pieces, tail];
  // Make room by ending the last piece earlier.
  const room = max - (used - (last[1] - last[0])) - GAP.length - (tail[1] - tail[0]);
  if (room < max / 3) return pieces;
  return [...pieces.slice(0, -1), [last[0], cutEnd(text, last[0], last[0] + room)], tail];
}

/** The pieces joined with "…", with "…" where the paragraph goes on, and the highlights moved to match. */
function assemble(text: string, pieces: Span[], hits: readonly Hit[]): Excerpt {
  const end = text.trimEnd().length;
  let out = '';
  const highlights: Highlight[] = [];
  pieces.forEach(([start, stop], i) => {
    const body = text.slice(start, stop).replace(/[\s,;:–—-]+$/u, '');
    const lead = i > 0 ? GAP.trimStart() : start > 0 ? '… ' : '';
    out += (i > 0 ? ' ' : '') + lead;
    const shift = out.length - start;
    for (const h of hits) if (h.start >= start && h.end <= start + body.length) highlights.push([h.start + shift, h.end + shift]);
    out += body;
    if (i === pieces.length - 1 && start + body.length < end) out += ' …';
  });
  return { excerpt: out, highlights };
}
