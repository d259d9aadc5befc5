/** How news writing names the two leaders and the kinds of summit between them. */
import type { SummitKind } from './types';

export const MENTIONS_XI = /\bXi\b|\bXi Jinping\b|\bJinping\b/;
export const MENTIONS_PUTIN = /\bPutin\b/;

/** A word that says a call or meeting took (or will take) place. */
export const EVENT_WORD =
  /\b(call(s|ed)?|phone|telephone|conversation|talks|talked|spoke|meet(s|ing)?|met|summit|video ?conference|video ?link|videoconference|virtual(ly)?|visit(s|ed|ing)?|trip)\b/i;

const KIND_SIGNALS: Array<[SummitKind, RegExp]> = [
  ['phone call', /\b(phone|telephone)\b|\bby phone\b|\bphoned\b/i],
  ['video call', /\bvideo ?(call|conference|link|summit|talks|meeting)\b|\bvideoconference\b|\bvirtual(ly)? (meeting|summit|talks|call)\b|\bmet virtually\b|\bheld virtually\b|\bonline (meeting|talks|summit)\b/i],
  ['visit', /\b(state|official|working) visit\b|\bvisit(ed|ing|s)? (to )?(Moscow|Beijing|China|Russia|Kremlin)\b|\btrip to (Moscow|Beijing|China|Russia)\b/i],
  ['in-person talks', /\b(talks|met|meeting|summit|face[- ]to[- ]face|in person)\b/i],
];

/** The kind a piece of text reports, the first signal in priority order, or null. */
export function kindIn(text: string): SummitKind | null {
  for (const [kind, signal] of KIND_SIGNALS) if (signal.test(text)) return kind;
  return null;
}

/** Future tense: the sentence announces a summit rather than reports one. */
export const ANNOUNCES = /\bwill\b|\bshall\b|\b(is|are) (set|scheduled|expected|due|going) to\b|\b(is|are) to (hold|visit|meet|make|travel)\b|\bplans? to\b|\bupcoming\b|\bforthcoming\b/i;

/** Words that put the time of a report in the same day as its publication. */
export const SAME_DAY = /\b(today|tonight|this (morning|afternoon|evening)|earlier today)\b/i;
export const PREVIOUS_DAY = /\b(yesterday|last night)\b/i;
