/**
 * Who a sentence names, as a reader resolves it: names and titles ("President of the People's Republic
 * of China Xi Jinping", "Mr Putin"), roles ("the Chinese leader", "President of Russia") when the
 * article names the person who holds them, "the two leaders" and "Xi–Putin", the speaker's "I" and
 * "we", the "you" a reporter asks, and "he"/"him" resolved to one named person. The sentence comes back
 * with each mention replaced by a marker, so the contact rules read "⟦P⟧ met with ⟦X⟧".
 */

export const XI = '⟦X⟧';
export const PUTIN = '⟦P⟧';
export const BOTH = '⟦B⟧';
/** Another head of state or government ("Prime Minister of India Narendra Modi", "President Zuma"). */
export const OTHER = '⟦L⟧';
/** The speaker's "we"/"our" when the speaker is one of the two. */
export const WE = '⟦W⟧';

export type Leader = 'X' | 'P';
export const markerOf = (l: Leader) => (l === 'X' ? XI : PUTIN);
export const otherLeader = (l: Leader): Leader => (l === 'X' ? 'P' : 'X');

/** What the article around a sentence says about who is who. */
export interface LeaderContext {
  /** The article names Xi Jinping (so "the Chinese President" is he). */
  xiRoles: boolean;
  /** The article names Putin and no other Russian president (so "President of Russia" is he). */
  putinRoles: boolean;
  /** Who speaks the sentence, when one of the two does. */
  speaker: Leader | null;
  /** Whom "you" addresses: a reporter asking one of the two. */
  addressee: Leader | null;
  /** The last of the two named before this sentence (for "him" with no name in the sentence). */
  lastNamed: Leader | null;
  /** The leader a sentence-initial "He" continues (the subject of the sentence before). */
  previousSubject: Leader | null;
  /** The sentence before stated a contact between the two and named no one else: "they" are the two. */
  pairBefore: boolean;
  /** Both were named, and no one else, a sentence or two before: "the two leaders" are they. */
  pairNamed: boolean;
}

const APOS = `['’]`;
const XI_TITLE = String.raw`(?:(?:the\s+)?(?:President|Chairman|General Secretary|leader|head of state) of (?:the\s+)?(?:People${APOS}s Republic of China|PRC|China)\s+|(?:the\s+)?(?:Chinese|PRC|China${APOS}s)\s+(?:President|leader|head of state)\s+|(?:Presidents?|Chairman|Mr\.?|Comrade|General Secretary)\s+)`;
const XI_NAME = new RegExp(String.raw`${XI_TITLE}?(?:Xi Jinping|Jinping|Xi(?!${APOS}an))\b`, 'g');
const PUTIN_TITLE = String.raw`(?:(?:the\s+)?(?:President|head of state) of (?:the\s+)?(?:Russian Federation|Russia)\s+|(?:the\s+)?(?:Russian|Russia${APOS}s)\s+(?:President|leader|head of state)\s+|(?:Presidents?|Mr\.?)\s+)`;
const PUTIN_NAME = new RegExp(String.raw`${PUTIN_TITLE}?(?:Vladimir\s+(?:Vladimirovich\s+|V\.\s+)?)?Putin\b`, 'g');
/** A role not followed by another name ("President of China Media Group", "Chinese President Hu Jintao" are not Xi). */
const NOT_A_NAME = String.raw`(?![\s,]*(?:Media|Group|Corporation|Company|Bank|Council|University|\p{Lu}\p{Ll}+\s+\p{Lu}))`;
const XI_ROLE = new RegExp(
  String.raw`\b(?:(?:the\s+)?(?:President|Chairman|head of state) of (?:the\s+)?(?:People${APOS}s Republic of China|PRC|China)|(?:the\s+)?(?:Chinese|PRC|China${APOS}s)\s+(?:President|leader|head of state)|(?:his|her|their|our|your)\s+Chinese\s+(?:counterpart|colleague))\b${NOT_A_NAME}`,
  'gu',
);
const PUTIN_ROLE = new RegExp(
  String.raw`\b(?:(?:the\s+)?(?:President|head of state) of (?:the\s+)?(?:Russian Federation|Russia)|(?:the\s+)?(?:Russian|Russia${APOS}s)\s+(?:President|leader|head of state)|(?:his|her|their|our|your)\s+Russian\s+(?:counterpart|colleague))\b${NOT_A_NAME}`,
  'gu',
);
/** "the Xi-Putin call", "a Putin–Xi summit" (not "President Xi — Xi Jinping"). */
const PAIR_COMPOUND = /\bXi[-–]Putin\b|\bPutin[-–]Xi\b/g;
const PAIR_NOUNS = [
  /\b(?:the\s+)?(?:Russian and Chinese|Chinese and Russian|Russia and China|China and Russia)\s+(?:leaders|presidents|heads of state)\b/gi,
  /\b(?:the\s+)?(?:leaders|presidents|heads of state) of (?:Russia and China|China and Russia)\b/gi,
];
/** "a Russian-Chinese summit" is the two leaders' by definition. */
const COUNTRY_SUMMIT = /\b(?:Russian|Russia|Chinese|China)\s*[-–—]\s*(?:Chinese|China|Russian|Russia)\s+(?=summit\b)/gi;
/** "Russian-Chinese talks": the two leaders' only in a sentence that names both. */
const COUNTRY_TALKS = /\b(?:Russian|Russia|Chinese|China)\s*[-–—]\s*(?:Chinese|China|Russian|Russia)\s+(?=(?:talks|negotiations)\b)/gi;
const TWO_LEADERS = /\b(?:the\s+)?(?:two|both)\s+(?:leaders|presidents|heads of state)\b/gi;
const THEY = /\bthey\b|\bthem\b|\btheir\b/gi;
const OTHER_LEADER = new RegExp(
  String.raw`\b(?:(?:Vice\s+)?President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Crown Prince|Sheikh|Secretary-General|Secretary General|Mr|Mrs|Ms|Madam)\.?\s+(?:of\s+(?:(?:the|of|and)\s+|\p{Lu}[\p{L}-]*\s+){1,7})?(?!⟦)\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:da|de|dos|van|von|der|bin|al|el|di|du)\s+)?(?!⟦)\p{Lu}[\p{L}’'-]+){0,3}`,
  'gu',
);

/** Does the article name Xi, and Putin, anywhere (title included)? */
export function namesIn(text: string): { xi: boolean; putin: boolean; otherRussianPresident: boolean } {
  // Asked of whole articles: `includes` finds a name's letters far faster than a pattern opening with \b can.
  return {
    xi: (text.includes('Xi') || text.includes('Jinping')) && /\bXi(?![’']an)\b|\bJinping\b/.test(text),
    putin: text.includes('Putin') && /\bPutin\b/.test(text),
    otherRussianPresident: (text.includes('Medvedev') || text.includes('Yeltsin')) && /\b(?:Medvedev|Yeltsin)\b/.test(text),
  };
}

/** The sentence with each mention of a leader replaced by its marker. */
export function markLeaders(sentence: string, ctx: LeaderContext): string {
  let s = sentence.replace(/\u00a0/g, ' ');
  s = s.replace(PAIR_COMPOUND, BOTH);
  // "The Russian and Chinese leaders" are these two only while they hold office (the article says whom it means).
  if (ctx.xiRoles && ctx.putinRoles) {
    s = s.replace(COUNTRY_SUMMIT, `${BOTH} `);
    for (const re of PAIR_NOUNS) s = s.replace(re, BOTH);
  }
  s = s.replace(XI_NAME, XI).replace(PUTIN_NAME, PUTIN);
  // "Statements by Vladimir Putin and Xi Jinping following Russian-Chinese talks": after both are named, the talks are theirs.
  s = s.replace(COUNTRY_TALKS, (talks, at: number) => {
    const before = s.slice(0, at);
    return before.includes(XI) && before.includes(PUTIN) ? `${BOTH} ` : talks;
  });
  if (ctx.xiRoles) s = s.replace(XI_ROLE, XI);
  if (ctx.putinRoles) s = s.replace(PUTIN_ROLE, PUTIN);
  if (ctx.pairNamed || ctx.pairBefore) s = s.replace(TWO_LEADERS, BOTH);
  if (ctx.pairBefore) s = s.replace(THEY, BOTH);
  // "his Russian counterpart Vladimir Putin": one person, one marker.
  s = s.replace(/(⟦[XP]⟧),?\s+\1/g, '$1');
  s = s.replace(OTHER_LEADER, OTHER);
  if (ctx.speaker) {
    s = s.replace(/\b(?:I|me|myself)\b/g, markerOf(ctx.speaker)).replace(/\bmy\b/gi, `${markerOf(ctx.speaker)}’s`);
    s = s.replace(/\b(?:we|us|our)\b/gi, WE);
  }
  if (ctx.addressee) s = s.replace(/\byou\b/gi, markerOf(ctx.addressee)).replace(/\byour\b/gi, `${markerOf(ctx.addressee)}’s`);
  return resolvePronouns(s, ctx);
}

/** The leaders a marked sentence names, in order ("⟦B⟧" counts as both). */
export function leadersNamed(marked: string): Leader[] {
  const out: Leader[] = [];
  for (const m of marked.matchAll(/⟦([XPBW])⟧/g)) {
    if (m[1] === 'B') out.push('X', 'P');
    else if (m[1] === 'X' || m[1] === 'P') out.push(m[1]);
  }
  return out;
}

const FINITE_VERB = /\b(?:will|would|is|are|was|were|has|have|had|said|says|told|tells|went|goes|arrived|arrives|travell?ed|travels)\b/;

/**
 * "He" at the start continues the sentence before's subject; "him" is the one of the two who is not
 * the subject of its clause (the clause's first leader), named in the sentence or just before it.
 */
function resolvePronouns(s: string, ctx: LeaderContext): string {
  if (ctx.previousSubject) s = s.replace(/^(\s*(?:[“"‘(]\s*)?)He\b/, `$1${markerOf(ctx.previousSubject)}`);
  if (!/\bhim\b/.test(s)) return s;
  return s
    .split(/(;|,\s+(?:and|but|so)\s+|\s+but\s+)/)
    .map((clause, i, clauses) => {
      if (!/\bhim\b/.test(clause)) return clause;
      // The clause's subject opens it (after an adverbial phrase at most): "…, the President of Russia came … to wish him".
      const opening = /^\s*([^,⟦]{0,60},\s*)?(?:[\p{L}’'-]+\s+){0,2}?⟦([XPW])⟧/u.exec(clause);
      // "Macron will travel to Guangzhou, where ⟦X⟧ is expected to host him": what opens the clause has its own subject, the one "him" is.
      if (opening?.[1] && FINITE_VERB.test(opening[1])) return clause;
      const subject = opening?.[2];
      const speaker = ctx.speaker;
      const subjectLeader: Leader | null = subject === 'W' ? speaker : subject === 'X' || subject === 'P' ? subject : null;
      const before = clauses.slice(0, i).join('');
      const named = new Set(leadersNamed(before + clause));
      if (ctx.lastNamed) named.add(ctx.lastNamed);
      const candidate = subjectLeader ? otherLeader(subjectLeader) : null;
      return candidate && named.has(candidate) ? clause.replace(/\bhim\b/g, markerOf(candidate)) : clause;
    })
    .join('');
}
