/**
 * Statements of a transcript turn: a paragraph under a speaker's label is that speaker's own words.
 * A sentence in it that reports another known person ("President Xi has just said that …", "My friend
 * … informed us …") is that person's, relayed by the turn's speaker; the rest stays the speaker's.
 * A question's turn is no one's statement, and neither is a question from someone Summit does not know.
 */
import { findFrames } from './frames';
import { occasionOf } from './occasion';
import { maskQuotes, findQuotes, restoreQuotes } from './quote-spans';
import { sentences } from './sentences';
import type { TurnSpeaker } from './turn-speakers';
import type { Statement } from './types';

/** "Putin said something … — or his spokesman, Peskov": the speaker is left open. */
const HEDGE = /\bor (?:his|her|their) (?:spokesman|spokeswoman|spokesperson|aide|press secretary)\b/;
/** "what President Xi said", "that President Xi said": the words are the object, not a report. */
const OBJECT_BEFORE = /(?:\bwhat|\bwhich|\bthat|\bas)\s+(?:(?:President|Mr|Chairman|[Mm]y|friend|colleague)\s+)*$/;

/** "…, as Putin said today.": a frame with nothing after it reports nothing of its own. */
const reportsSomething = (after: string) =>
  after
    .replace(/\uE000\d+\uE001/g, ' quoted words ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length >= 3;

/** The statements of one paragraph spoken by `turn` (null: a question). */
export function turnStatements(text: string, paragraph: number, turn: TurnSpeaker | null, named: ReadonlySet<string>): Statement[] {
  if (!turn) return [];
  if (!turn.known && text.includes('?')) return [];
  const spans = findQuotes(text);
  const masked = maskQuotes(text, spans);
  const own: string[] = [];
  const relayed: Statement[] = [];
  for (const sentence of turn.known ? sentences(masked) : [{ text: masked, start: 0 }]) {
    const frame = findFrames(sentence.text, named).find(
      (f) =>
        !f.tag &&
        !f.joint &&
        (f.subject.kind === 'known' || f.subject.kind === 'role') &&
        f.subject.person &&
        f.subject.speaker !== turn.speaker,
    );
    const plain = restoreQuotes(sentence.text, spans, text).trim();
    if (
      frame &&
      !HEDGE.test(sentence.text) &&
      !OBJECT_BEFORE.test(sentence.text.slice(0, frame.start)) &&
      !plain.endsWith('?') &&
      reportsSomething(sentence.text.slice(frame.verbEnd))
    ) {
      const saidAt = occasionOf(plain);
      relayed.push({
        speaker: frame.subject.speaker,
        side: frame.subject.side,
        text: plain,
        paragraph,
        reportedBy: turn.speaker,
        verbatim: false,
        ...(saidAt ? { saidAt } : {}),
      });
    } else own.push(plain);
  }
  const words = own.join(' ').trim();
  const mine: Statement[] = reportsSomething(words)
    ? [{ speaker: turn.speaker, side: turn.side, text: words, paragraph, verbatim: true }]
    : [];
  return [...mine, ...relayed];
}
