/** Precision and recall of attribution against statements labelled by hand. */
import type { Statement } from './types';

export interface LabelledStatement {
  articleId: string;
  paragraph: number;
  speaker: string;
  /** A phrase of what was said, to tell two statements of one paragraph apart. */
  includes: string;
}

export interface AttributionScore {
  labelled: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  missed: LabelledStatement[];
  wrong: Array<Statement & { articleId: string }>;
}

const fold = (s: string) => s.toLowerCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

/** A found statement is correct when a label of its paragraph has its speaker and its phrase; each label counts once. */
export function scoreAttribution(
  labels: readonly LabelledStatement[],
  found: ReadonlyArray<Statement & { articleId: string }>,
): AttributionScore {
  const open = [...labels];
  const wrong: AttributionScore['wrong'] = [];
  for (const s of found) {
    const i = open.findIndex(
      (l) =>
        l.articleId === s.articleId && l.paragraph === s.paragraph && l.speaker === s.speaker && fold(s.text).includes(fold(l.includes)),
    );
    if (i >= 0) open.splice(i, 1);
    else wrong.push(s);
  }
  const correct = found.length - wrong.length;
  return {
    labelled: labels.length,
    found: found.length,
    correct,
    precision: found.length ? correct / found.length : 1,
    recall: labels.length ? correct / labels.length : 1,
    missed: open,
    wrong,
  };
}
