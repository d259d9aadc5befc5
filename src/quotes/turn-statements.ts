/**
 * Statements of a transcript turn: a paragraph under a speaker's label is that speaker's own words.
 * A sentence in it that reports another known person ("President Xi has just said that …", "My friend
 * … informed us …") is that person's, relayed by the turn's speaker; the rest stays the speaker's.
 * A question's turn is no one's statement, and neither is a question from someone Summit does not know.
 */
import { findFrames, type Frame } from './frames';
import { findMentions, type Mention } from './mentions';
import { occasionOf } from './occasion';
import { maskQuotes, findQuotes, restoreQuotes } from './quote-spans';
import { sentences } from './sentences';
import { officeHolder, type TurnSpeaker } from './turn-speakers';
import type { Statement } from './types';

/** "Putin said something … — or his spokesman, Peskov": the speaker is left open. */
const HEDGE = /\bor (?:his|her|their) (?:spokesman|spokeswoman|spokesperson|aide|press secretary)\b/;
/** "what President Xi said", "that President Xi said": the words are the object, not a report. */
const OBJECT_BEFORE = /(?:\bwhat|\bwhich|\bthat|\bas)\s+(?:(?:President|Mr|Chairman|[Mm]y|friend|colleague)\s+)*$/;

/** "…, as Putin said today.": a frame with nothing after it reports nothing of its own; a quote after it does. */
const reportsSomething = (after: string) => /\uE000\d+\uE001/.test(after) || after.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;

/** One form of address: "Mr President", "my dear friend", "Ladies and gentlemen", "Your Excellency". */
const ADDRESS =
  /^(?:(?:my|our|dear|esteemed|distinguished|respected|honourable|honorable)\s+)*(?:friends?|colleagues?|comrades?|guests|participants|ladies and gentlemen|Excellenc(?:y|ies)|Your Excellenc(?:y|ies)|(?:Mr|Mrs|Ms|Madam)\.?(?:\s+[\p{Lu}][\p{L}-]+){1,2}|President(?:\s+[\p{Lu}][\p{L}-]+){1,2})$/iu;
/** "Mr President, my dear friend! Ladies and gentlemen, friends,": a turn that only addresses people says nothing. */
const onlyAddress = (words: string) =>
  words
    .split(/[,!.;:…]+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .every((p) => ADDRESS.test(p));

/** "One of the things that President Xi told him … was …": what follows "was" is the words reported. */
const THINGS_BEFORE = /\bthings?\s+(?:that\s+)?(?:(?:President|Mr|Chairman)\s+)*$/i;
const WAS_AFTER = /^[^,.;:!?\uE000]{0,60}?\b(?:was|is)\s+\S/;

/** "I was there with Xi Jinping, and he said, “…”": a pronoun after one known person (not the speaker) is that person. */
function resolvePronoun(frame: Frame, probe: string, named: ReadonlySet<string>, speaker: string): Mention | null {
  if (frame.subject.kind !== 'pronoun' || !/^(?:he|she)$/i.test(probe.slice(frame.subject.start, frame.subject.end))) return null;
  const before = findMentions(probe.slice(0, frame.subject.start), named).filter((m) => m.kind === 'known' && m.person);
  const people = new Set(before.map((m) => m.speaker));
  return people.size === 1 && !people.has(speaker) ? before[0]! : null;
}

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
    const frame = findFrames(probe, named)
      .map((f) => {
        const resolved = turn.known ? resolvePronoun(f, probe, named, turn.speaker) : null;
        // ", and he said": a new clause about the one person named, not "Xi and he" speaking together.
        return resolved ? { ...f, subject: resolved, joint: f.joint && !/,\s*and\s+$/.test(probe.slice(0, f.subject.start)) } : f;
      })
      .find(
        (f) =>
          !f.tag &&
          !f.joint &&
          (f.subject.kind === 'known' || f.subject.kind === 'role') &&
          f.subject.person &&
          f.subject.speaker !== turn.speaker,
      );
    const plain = restoreQuotes(sentence.text, spans, text).trim();
    const prefix = frame ? probe.slice(0, frame.start) : '';
    const after = frame ? probe.slice(frame.verbEnd) : '';
    if (
      frame &&
      !HEDGE.test(probe) &&
      (!OBJECT_BEFORE.test(prefix) || COLON_AFTER.test(after) || (THINGS_BEFORE.test(prefix) && WAS_AFTER.test(after))) &&
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
        turn: true,
      });
    } else own.push(plain);
  }
  const words = own.join(' ').trim();
  const mine: Statement[] =
    reportsSomething(words) && !onlyAddress(words)
      ? [{ speaker: turn.speaker, side: turn.side, text: words, paragraph, verbatim: true, turn: true as const }]
      : [];
  return [...mine, ...relayed];
}
