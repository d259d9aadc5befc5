/** Words whose full stop ends no sentence: titles, "U.S.", months ("on Dec. 15"). */
export const ABBREVIATIONS = String.raw`Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Prof|No|vs|etc|U\.S|U\.K|U\.N|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
const ABBREVIATION = new RegExp(String.raw`\b(${ABBREVIATIONS}|[A-Z])\.$`);

/** Sentence spans [start, end) of a paragraph; closing quotes stay with their sentence. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /[^.!?…]+(?:[.!?…]+["”’')\]]*|$)/gu;
  let start = -1;
  for (const m of text.matchAll(re)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    if (start < 0) start = from + (m[0].length - m[0].trimStart().length);
    const rest = text.slice(to);
    const sofar = text.slice(start, to).trim();
    // An abbreviation (Mr., U.S., Dec.) or a lower-case continuation does not end a sentence.
    if (rest.trim() === '' || (!ABBREVIATION.test(sofar) && /^\s+["“‘(]?[\p{Lu}\p{N}]/u.test(rest))) {
      spans.push([start, start + sofar.length]);
      start = -1;
    }
  }
  if (start >= 0 && text.slice(start).trim()) spans.push([start, start + text.slice(start).trimEnd().length]);
  return spans;
}

/** The sentences of a paragraph. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map(([s, e]) => text.slice(s, e));
}
