/** Sentences of a paragraph whose quotes are masked (quote-spans.ts), so that a quote never splits. */

import { ABBREVIATIONS } from '../events/sentences';

const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])(?:${ABBREVIATIONS}|\p{Lu})\.$`, 'u');

const TAG_VERB = '(?:said|added|continued|asserted|stressed|noted|reported|wrote|insisted|declared|explained|replied|remarked)';
const TAG_ONLY = new RegExp(
  `^\\s+(?:(?:\\p{L}[\\p{L}.'’-]*\\s+){1,4}${TAG_VERB}|${TAG_VERB}(?:\\s+\\p{L}[\\p{L}.'’-]*){1,4})[.!?…]*$`,
  'u',
);

/** Sentences of a masked paragraph (quotes are tokens, so a quote never splits). */
export function sentences(masked: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const m of masked.matchAll(/[.!?…]+(?=\s+[\p{Lu}\p{N}\uE000"“‘(])/gu)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(masked.slice(start, end))) continue;
    // `"… much." Putin added.`: the tag after a quote that ended in a full stop stays with it.
    if (TAG_ONLY.test(masked.slice(end).split(/(?<=[.!?…])\s/)[0] ?? '')) continue;
    out.push({ text: masked.slice(start, end), start });
    start = end;
  }
  out.push({ text: masked.slice(start), start });
  return out.filter((s) => s.text.trim());
}
