/**
 * The parts of a long sentence an excerpt must not lose: the clause at its start that names who is
 * speaking ("Xi, in turn, said through a translator that"), the attribution at its end ("…, Xi
 * said."), and the places where a clause begins, so a cut sentence starts with a subject, not mid-phrase.
 */

/** Verbs that report speech or a stated position. */
const SPEECH = String.raw`(?:said|says|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|stated|states|declared|replied|warned|urged|assured|announced|reaffirmed|reiterated|vowed|pledged|pointed out|underlined|underscored|recalled|believes|expressed|informed|reported)`;

/**
 * "Xi, in turn, said through a translator that", "Putin told Xi", "According to the Chinese Foreign
 * Ministry,": the sentence's first words up to its speech verb (and a following "that" or colon),
 * before any quotation starts.
 */
const SPEAKER_HEAD = new RegExp(
  String.raw`^(?:According to [^,.;:‘“"]{2,80},|[^.;:‘“"]{1,80}?\b${SPEECH}\b(?:[^,.;:‘“"]{0,40}?\bthat\b|[^,.;:‘“"]{0,30}?:)?)`,
  'u',
);

/** "…, Xi said.", "…,” CCTV reported.": a named speaker after the words, at the sentence's end. */
const SPEAKER_TAIL = new RegExp(String.raw`(?<=[,”"’]\s*)\p{Lu}[^,.;:‘“"”’]{0,60}?\s${SPEECH}\b[^,.;:‘“"”’]{0,40}[.!?]?$`, 'u');

/** Where a clause or a quotation begins: after a comma, semicolon, colon or dash, or at an opening quote. */
const CLAUSE_START = /(?<=[,;:]\s+|\s[–—]\s+)(?=\S)|(?<=\s)(?=[‘“"(])/gu;

/** The length of the clause naming the speaker at the start of `sentence`, or 0. */
export function speakerHead(sentence: string): number {
  return SPEAKER_HEAD.exec(sentence)?.[0].length ?? 0;
}

/** Shorter opening words would not say who does what. */
const MIN_OPENING = 30;

/**
 * How much of the start of `sentence` to keep when its middle is left out, at most `max` characters:
 * the clause naming the speaker, else its first clause, else its first words. 0 when nothing fits.
 */
export function openingWords(sentence: string, max: number): number {
  const speaker = speakerHead(sentence);
  if (speaker > 0) return speaker <= max ? speaker : 0;
  const clause = clauseStarts(sentence).find((i) => i >= MIN_OPENING);
  if (clause !== undefined && clause <= max) return clause;
  const cut = sentence.slice(0, max + 1).search(/\s\S*$/);
  return cut >= MIN_OPENING ? cut : 0;
}

/** "and", "or", "but" opening a cut: left out, the clause reads as its own. */
export function leadingConjunction(text: string): number {
  return /^(?:and|or|but|as well as)\s+/iu.exec(text)?.[0].length ?? 0;
}

/** Where the attribution at the end of `sentence` starts, or -1. */
export function speakerTail(sentence: string): number {
  return SPEAKER_TAIL.exec(sentence)?.index ?? -1;
}

/** The offsets inside `text` where a clause starts. */
export function clauseStarts(text: string): number[] {
  return [...text.matchAll(CLAUSE_START)].map((m) => m.index ?? 0);
}

/** Words that point back to an earlier sentence: a sentence starting so is shown with the one before when it fits. */
const DANGLING =
  /^["“‘]?(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|also|however|meanwhile|in turn|in addition|moreover)\b/iu;

export function pointsBack(sentence: string): boolean {
  return DANGLING.test(sentence);
}
