/**
 * Attribution scored against the reference read by hand (test/fixtures/reference/attributions.json;
 * the rules are in that folder's README): precision, recall, statements on the wrong side, and each
 * miss and false attribution by name.
 */
import type { Statement } from '../src/quotes/types';

export interface ReferenceStatement {
  archive: string;
  articleId: string;
  paragraph: number;
  speaker: string;
  side: string;
  reportedBy: string | null;
  verbatim: boolean;
  meeting: string | null;
  saidAtMeeting: boolean;
  includes: string;
}

export interface MustNotAttribute {
  archive: string;
  articleId: string;
  paragraph: number;
  includes: string;
  kind: string;
  /** Speakers it would wrongly be given to; absent: to anyone. */
  wrongSpeaker?: string[] | null;
  /** The meeting it would wrongly be shown at (words said elsewhere). */
  wrongMeeting?: string | null;
  why: string;
}

export type FoundStatement = Statement & { articleId: string };

export interface AttributionScore {
  labelled: number;
  /** Found statements in cited paragraphs (the only ones scored). */
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** False attributions whose words belong to a speaker of another side. */
  wrongSide: number;
  missed: ReferenceStatement[];
  wrong: Array<{ found: FoundStatement; why: string }>;
}

/** Curly and straight marks folded, single and double kept apart; spaces squeezed. */
export const foldQuotes = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

const key = (articleId: string, paragraph: number) => `${articleId}\u0000${paragraph}`;

/** Scores the statements found in one archive against its reference entries. */
export function scoreAttributions(
  statements: readonly ReferenceStatement[],
  mustNot: readonly MustNotAttribute[],
  found: readonly FoundStatement[],
): AttributionScore {
  const cited = new Set([...statements, ...mustNot].map((e) => key(e.articleId, e.paragraph)));
  const scored = found.filter((s) => cited.has(key(s.articleId, s.paragraph)));
  const open = [...statements];
  const wrong: AttributionScore['wrong'] = [];
  let wrongSide = 0;
  for (const s of scored) {
    const text = foldQuotes(s.text);
    const here = (e: { articleId: string; paragraph: number; includes: string }) =>
      e.articleId === s.articleId && e.paragraph === s.paragraph && text.includes(foldQuotes(e.includes));
    const trap = mustNot.find((m) => here(m) && (!m.wrongSpeaker || m.wrongSpeaker.includes(s.speaker)) && !(m.wrongMeeting && s.saidAt));
    const i = trap ? -1 : open.findIndex((e) => here(e) && e.speaker === s.speaker && e.side === s.side);
    if (i >= 0) {
      open.splice(i, 1);
      continue;
    }
    const owner = statements.find(here);
    const sideWrong = s.side !== 'other' && owner !== undefined && owner.side !== s.side;
    if (sideWrong) wrongSide += 1;
    wrong.push({
      found: s,
      why: trap
        ? `${trap.kind}: ${trap.why}`
        : owner
          ? `the words are ${owner.speaker}'s${sideWrong ? ' (wrong side)' : ''}`
          : 'no reference entry holds it',
    });
  }
  const correct = scored.length - wrong.length;
  return {
    labelled: statements.length,
    found: scored.length,
    correct,
    precision: scored.length ? correct / scored.length : 1,
    recall: statements.length ? correct / statements.length : 1,
    wrongSide,
    missed: open,
    wrong,
  };
}
