/**
 * A line that only addresses the audience or the reader ("Mr Xi Jinping, friends,", "Ladies and
 * gentlemen,", "Dear Madam Speaker:", "TO THE CONGRESS OF THE UNITED STATES:", "Sincerely,"): it
 * opens or closes a speech or letter and says nothing to search for.
 */

const ADDRESSEES = new Set(
  'friend friends colleague colleagues comrades ladies gentlemen everyone everybody all guests participants delegates members citizens compatriots officers soldiers sailors veterans students graduates teachers americans women men children youth sir madam'.split(
    ' ',
  ),
);
const WARM = /^(?:my |our )?(?:dear|dearest|esteemed|distinguished|honourable|honorable|respected|good|fellow|comrade|my|our)\s+/i;
const GREETING = /^(?:good (?:morning|afternoon|evening|day)|hello|hi|greetings|welcome)$/i;
const CAPITALISED = /^(?:(?:[Dd]ear|[Tt][Oo])\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}’'.-]*)){0,11}$/u;
const HONORIFIC =
  /^(?:(?:my |our )?dear |esteemed |distinguished )?(?:Mr|Mrs|Ms|Madam|Madame|Mister|Sir|Your|President|Prime Minister|Comrade)\b/i;
/** A letter's opening ends with a colon; any other line ending with one is a heading or a lead-in. */
const LETTER_OPENING = /^(?:dear|to)\s/i;
const CLOSING =
  /^(?:sincerely|sincerely yours|yours sincerely|yours faithfully|respectfully|respectfully yours|with best wishes|best regards|kind regards)[,.]?$/i;

/**
 * Every comma-separated part is a form of address (or a greeting), and the line leads into what
 * follows. A line closed by a full stop is one only when it hails the room, not a person: "Good
 * afternoon, friends.", "Friends, colleagues." (but "Good afternoon, Mr Li." may answer someone). A greeting alone leads
 * in only with a comma: "Good afternoon," (not the reply "Good afternoon.").
 */
export function isSalutation(text: string): boolean {
  const t = (text.includes(':)') ? text.replace(/\s*\([^)]*:\)\s*$/, '') : text).trim();
  if (CLOSING.test(t)) return true;
  if (t.length > 120 || !',:!.'.includes(t.at(-1) ?? '-') || (t.endsWith(':') && !LETTER_OPENING.test(t))) return false;
  const parts = t
    .slice(0, -1)
    .split(/\s*,\s*|(?<=\p{Ll})!\s+(?=\p{Lu})|\s+and\s+(?=(?:dear|my|all|the)\b)/iu)
    .filter(Boolean);
  if (t.endsWith(',') && parts.length > 0 && parts.every((p) => GREETING.test(p))) return true;
  let addressed = false;
  for (const part of parts) {
    if (GREETING.test(part)) continue;
    const words = part.replace(WARM, '');
    const lower = words.toLowerCase();
    const isAddressee = lower === 'ladies and gentlemen' || lower.split(/\s+/).every((w) => ADDRESSEES.has(w));
    // A name or title: every word capitalised ("Mr Xi Jinping", "Your Excellency", "Madam Speaker").
    // One capitalised word alone ("Goodbye!", "Congratulations!") is an exclamation, not a name; and
    // a line that ends in "!" hails a person only by a title ("Hello, Mr President!", not "Happy Easter!").
    const isName =
      !t.endsWith('.') &&
      (parts.length > 1 || /\s/.test(part)) &&
      (!t.endsWith('!') || HONORIFIC.test(part)) &&
      CAPITALISED.test(part) &&
      part.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|and|dear|to)$/i.test(w)).length === 0;
    if (!isAddressee && !isName) return false;
    addressed = true;
  }
  // One word closed by a stop may answer a question ("Women.", "Sir."): a hail to the room is a greeting
  // or more than one form of address ("Good afternoon, everyone.", "Friends, colleagues.", "Dear friends.").
  if (t.endsWith('.') && parts.length < 2 && !WARM.test(parts[0] ?? '')) return false;
  return addressed;
}
