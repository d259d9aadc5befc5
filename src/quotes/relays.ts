/**
 * Words one speaker reports of another: "the Kremlin … implied that Xi acknowledged the “…”",
 * "Ushakov said Putin told Xi that …", "“Xi Jinping emphasised that …,” CCTV reported", "state
 * television said that Jinping “actively promoted …”". The words are the inner speaker's.
 */
import { findMentions } from './mentions';
import { QUOTE_TOKEN, quoteInOwnMarks, restoreQuotes, type QuoteSpan } from './quote-spans';
import type { Side } from './types';

const RELAY_VERB =
  /^\s+(?:(?:had|has|have|would|also|further|then|on \p{Lu}\p{L}+|reportedly)\s+)*(said|says|told|stressed|noted|pointed out|recalled|emphasi[sz]ed|stated|declared|insisted|claimed|warned|argued|added|informed|assured|confirmed|reiterated|affirmed|reaffirmed|acknowledged|pledged|vowed|promised|expressed|voiced|praised|lauded|hailed|supported|backed|called for|urged|proposed|demanded|described|wished|hoped|agreed|opposed)(?![\p{L}])/u;
const SAYING =
  /^(?:said|says|told|stressed|noted|pointed out|recalled|emphasi[sz]ed|stated|declared|insisted|claimed|warned|argued|added|informed|assured|confirmed|reiterated|affirmed|reaffirmed)$/;

export interface Relayed {
  who: { speaker: string; side: Side };
  said: { text: string; verbatim: boolean };
}

/** The person a relayed clause (masked, as the outer verb governs it) gives the words to, and their words. */
export function relayedSpeaker(content: string, named: ReadonlySet<string>, spans: readonly QuoteSpan[], source: string): Relayed | null {
  const body = content.replace(/^\s*that\s+/, ' ').replace(/^[\s,:]+/, '');
  const onlyQuote = /^\uE000(\d+)\uE001[\s,.!?…]*$/.exec(body.trim());
  if (onlyQuote) {
    const span = spans[Number(onlyQuote[1])]!;
    const inner = personSpeaking(span.text, named);
    return inner ? { who: inner.who, said: { text: quoteInOwnMarks(span, source), verbatim: true } } : null;
  }
  const inner = personSpeaking(body, named);
  if (!inner) return null;
  const rest = body.slice(inner.verbEnd);
  const that = /^\s*(?:[^,.;:\uE000]{0,40}?\s)?that\s+/.exec(rest);
  const words = that && SAYING.test(inner.verb) ? rest.slice(that[0].length) : body.slice(inner.verbStart);
  const trimmed = words.replace(/^[\s,:;]+|[\s,;:—–-]+$/g, '');
  return {
    who: inner.who,
    said: {
      text: restoreQuotes(trimmed, spans, source).replace(/\s+/g, ' ').trim(),
      verbatim: new RegExp(QUOTE_TOKEN.source).test(trimmed),
    },
  };
}

/** A known person at the start of `text` (after at most a short title) with a verb of speech or a quote right after. */
function personSpeaking(
  text: string,
  named: ReadonlySet<string>,
): { who: Relayed['who']; verb: string; verbStart: number; verbEnd: number } | null {
  const first = findMentions(text, named)[0];
  if (!first || first.kind === 'pronoun' || !first.person || first.start > 30) return null;
  // Only a title may come before the name: "We note that Donald Trump has expressed …" is the speaker's own words about him.
  // Nor "As President Xi said today, …": the speaker agrees with him in words of their own.
  if (/[,;:\uE000]|\b(?:and|or|that|we|I|you|they|he|she|it|our|my|[Aa]s)\b/.test(text.slice(0, first.start))) return null;
  const after = text.slice(first.end);
  const who = { speaker: first.speaker, side: first.side };
  const quote = /^\s+\uE000/.exec(after);
  if (quote) return { who, verb: '', verbStart: first.end + quote[0].length - 1, verbEnd: first.end };
  const verb = RELAY_VERB.exec(after);
  if (!verb) return null;
  const verbEnd = first.end + verb[0].length;
  return { who, verb: verb[1]!, verbStart: verbEnd - verb[1]!.length, verbEnd };
}
