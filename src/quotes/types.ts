/** Who said what: statements found in articles' paragraphs, each attributed to a speaker and a side. */

/** Whose account a statement belongs to: Beijing's, Moscow's, or anyone else's. */
export type Side = 'Chinese' | 'Russian' | 'other';

export const SIDES: readonly Side[] = ['Chinese', 'Russian', 'other'];

/** A direct quote or reported statement, as saved in the index (statements.json). */
export interface Statement {
  /** The speaker's display name: `Xi Jinping`, `the Kremlin`, `Chinese Foreign Ministry`, `Joe Biden`. */
  speaker: string;
  side: Side;
  /** The words quoted (in “ ” marks), or the reported clause ("China had …"), or the whole sentence when neither stands apart. */
  text: string;
  /** 0-based paragraph number in the article (as in citations). */
  paragraph: number;
  /** Who relays the words ("Yuri Ushakov", "the Kremlin", "CCTV"); absent for the speaker's own words. */
  reportedBy?: string;
  /** The speaker's own words: in quotation marks in the source (kept as the source has them) or under their transcript label. */
  verbatim: boolean;
  /** The occasion, when the words were said away from the meeting the article reports ("last September, in Uzbekistan"). */
  saidAt?: string;
  /** Said under a transcript label: the words were spoken at the occasion the transcript records (the article's own). */
  turn?: true;
}
