/** Who takes part in a contact: the two, and how many others a list names ("⟦P⟧, ⟦L⟧ and ⟦X⟧"). */
import { BOTH, PUTIN, WE, XI, type Leader } from './leaders';

export type Relation = 'bilateral' | 'trilateral' | 'several';

export interface Contact {
  relation: Relation;
  /** A co-presence (both at one event), not a meeting of their own. */
  presence: boolean;
  /** Which rule read it, for the build report. */
  rule: string;
  /** Where its predicate starts in the marked sentence, and the predicate: tense is read there. */
  at: number;
  predicate: string;
  /** A contact named by a noun ("the Xi–Putin call"), whose time the sentence must give. */
  nominal: boolean;
}

/** What the sentence's surroundings say. */
export interface SentenceSetting {
  /** The one of the two who speaks it. */
  speaker: Leader | null;
  /** The article reports an activity of Putin's (its lead or title names him acting). */
  putinEvent: boolean;
  /** The sentence before, in the same paragraph: "The world came together." before a list of who came. */
  before?: string;
}

/** A capitalised name (not a capitalised word that opens a sentence: "On Monday", "Today"). */
const NOT_NAME = String.raw`(?!(?:On|In|At|By|For|From|With|The|A|An|Today|Yesterday|Tomorrow|This|That|These|Those|Then|After|Before|During|When|While|Last|Next|Earlier|Later|Also|And|But|So|Q|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)`;
export const NAME = String.raw`(?:${NOT_NAME}\p{Lu}[\p{L}'’.-]+\s+(?:(?:da|de|dos|van|von|der|bin|al|el|di|du)\s+)?){0,3}${NOT_NAME}\p{Lu}[\p{L}'’.-]+`;
export const ITEM = String.raw`(?:the\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?⟦[XPBLW]⟧|${NAME})`;
export const LIST = String.raw`${ITEM}(?:\s*,\s*(?:and\s+)?${ITEM}){0,12}(?:\s*,?\s+and\s+${ITEM})?`;
/** The leaders and others in a list: "⟦P⟧, ⟦L⟧ and ⟦X⟧" has both and one other. */
export function membersOf(list: string, speaker: Leader | null): { xi: boolean; putin: boolean; others: number } {
  let xi = false;
  let putin = false;
  let others = 0;
  for (const item of list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const t = item.replace(/^the\s+/, '').trim();
    if (!t) continue;
    const who = t.includes(BOTH) ? 'both' : t.includes(XI) ? 'X' : t.includes(PUTIN) ? 'P' : t.includes(WE) && speaker ? speaker : null;
    if (who === 'both' || who === 'X') xi = true;
    if (who === 'both' || who === 'P') putin = true;
    if (who === null) others += 1;
  }
  return { xi, putin, others };
}

export const relationOf = (others: number, call: boolean): Relation =>
  call || others === 0 ? 'bilateral' : others === 1 ? 'trilateral' : 'several';
