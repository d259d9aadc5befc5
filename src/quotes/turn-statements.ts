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
import { officeHolder, type TurnSpeaker } from './turn-speakers';
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

/** "as the President said at the press conference: …": a colon after the frame hands on the words. */
const COLON_AFTER = /^[^,.;:!?\uE000]{0,60}:\s*\S/;
/** "the President" on its own (not "the President of …", "the President's"), as the podium says it. */
const THE_PRESIDENT = /(?<![\p{L}])the President(?![\p{L}’']|\s+(?:of|\p{Lu}))/gu;

/** A sentence as findFrames should read it: from the White House podium "the President" is the one in office. */
function withOfficeHolder(sentence: string, turn: TurnSpeaker, published: string | null): string {
  if (!turn.known || turn.side !== 'other') return sentence;
  const holder = officeHolder('president', published);
  return holder && holder !== turn.speaker ? sentence.replace(THE_PRESIDENT, holder) : sentence;
}

/** The statements of one paragraph spoken by `turn` (null: a question). */
export function turnStatements(
  text: string,
  paragraph: number,
  turn: TurnSpeaker | null,
  named: ReadonlySet<string>,
  published: string | null = null,
): Statement[] {
  if (!turn) return [];
  if (!turn.known && text.includes('?')) return [];
  const spans = findQuotes(text);
  const masked = maskQuotes(text, spans);
  const own: string[] = [];
  const relayed: Statement[] = [];
  for (const sentence of turn.known ? sentences(masked) : [{ text: masked, start: 0 }]) {
    const probe = withOfficeHolder(sentence.text, turn, published);
    const frame = findFrames(probe, named).find(
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
      !HEDGE.test(probe) &&
      (!OBJECT_BEFORE.test(probe.slice(0, frame.start)) || COLON_AFTER.test(probe.slice(frame.verbEnd))) &&
      !plain.endsWith('?') &&
      reportsSomething(probe.slice(frame.verbEnd))
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
