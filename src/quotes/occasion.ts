/**
 * Words said at another occasion than the meeting an article reports: "Last September, during a
 * regional summit in Uzbekistan, Xi told Putin …", "During the U.S.-Russia call, Biden warned …",
 * "… informed us back in September at the summit in Hangzhou", "at our meeting in Moscow in March".
 * The phrase is kept as the occasion.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const PAST = `(?:[Ll]ast (?:${MONTH}|year|month|spring|summer|autumn|fall|winter)|[Bb]ack in (?:${MONTH}|\\d{4})|[Ee]arlier (?:this|last) year|[Ii]n ${MONTH} \\d{4}|[Ii]n (?:19|20)\\d\\d)`;
const GATHERING = '(?:call|meeting|summit|talks|visit|conference|forum|phone conversation|video call)';
/** "During the U.S.-Russia call": a gathering named by someone or somewhere else than this one's leaders. */
const OTHER_GATHERING = new RegExp(
  `^(?:[Dd]uring|[Aa]t|[Ii]n) (?:the|a|an|their|his) (?:[^,]{0,40}?)(?:U\\.S\\.|US|American|Biden|Trump|Uzbekistan|Samarkand|Hangzhou|Astana|Bishkek|Kazan|Beijing Olympics|G20|BRICS|SCO)[^,]{0,40}?${GATHERING}|^(?:[Dd]uring|[Aa]t) (?:the|a|an) (?:[^,]{0,40}?)${GATHERING} (?:in|with) (?!(?:the )?(?:Kremlin|Moscow)\\b)[^,]{0,40}`,
);
const OPENING_PAST = new RegExp(`^${PAST}(?:,?\\s+(?:(?:during|at|in) [^,]{0,80}))?`);
const ANYWHERE_PAST = new RegExp(`\\b[Bb]ack in (?:${MONTH}|\\d{4})(?: at [^,.]{0,80})?`);
/** "at our meeting in Moscow in March", "during their talks in Beijing in February 2022", "when we met in Samarkand in September". */
const MEETING_IN_TIME = new RegExp(
  `\\b(?:(?:[Aa]t|[Dd]uring) (?:our|their|the|his|her|your) (?:[^,.;]{0,30}? )?${GATHERING}|[Ww]hen (?:we|they|the two|the leaders) (?:met|spoke|talked))(?: in (?!${MONTH}\\b)\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)? in (?:${MONTH}(?: (?:19|20)\\d\\d)?|(?:19|20)\\d\\d)\\b`,
  'u',
);

/** The occasion a sentence puts its words at, when it names one other than the reported meeting. */
export function occasionOf(sentence: string): string | null {
  const s = sentence.trim();
  const opening = OPENING_PAST.exec(s) ?? OTHER_GATHERING.exec(s);
  if (opening) return opening[0].replace(/[,\s]+$/, '');
  return (ANYWHERE_PAST.exec(s) ?? MEETING_IN_TIME.exec(s))?.[0].replace(/[,\s]+$/, '') ?? null;
}
