/**
 * Attribution frames in one clause (quotes masked): a speaker with a verb of speech, leading what
 * they said ("Xi said that …", "the Kremlin in its version implied …") or tagged after it
 * ("“…,” Xi said", "…, said Putin, whose …"), and "according to the Kremlin, …".
 */
import { allMatches } from '../corpus/all-matches';
import { findMentions, nameAfter, nameBefore, type Mention } from './mentions';
import { QUOTE_CLOSE } from './quote-spans';

export interface Frame {
  /** Who speaks (a pronoun is resolved by the caller; `joint` means several people at once). */
  subject: Mention;
  joint: boolean;
  /** Where the frame's words (speaker and verb) are. */
  start: number;
  end: number;
  verbEnd: number;
  /** The verb of speech as written ("said", "pointed out"). */
  verb: string;
  /** A tag ends the clause and attributes what comes before it; `boundary` is where that stops. */
  tag: boolean;
  boundary: number;
}

const VERB =
  /(?<![\p{L}])(?:said|says|added|adds|continued(?!\s+(?:to|with|its|his|her|their|the|a|an)(?![\p{L}]))|asserted|stressed|told|noted|emphasi[sz]ed|reported|stated|declared|insisted|claimed|claims|warned|argued|described|implied|informed|explained|announced|replied|remarked|underlined|underscored|highlighted|wrote|vowed|pledged|urged|called for|reiterated|affirmed|reaffirmed|promised|demanded|lauded|praised|hailed|confirmed|assured|advocated(?: for)?|accused|denied|proposed|suggested|mentioned|pointed out|recalled|spoke (?:about|of))(?![\p{L}])/gu;
/**
 * Verbs of greeting and thanks: no verbs of speech on their own ("Putin welcomed the agreement"), but
 * the words after a colon that follows them and whom they address are the subject's ("Putin welcomed
 * the Chinese leader: “Dear friend, …”").
 */
const ADDRESS =
  /(?<![\p{L}])(?:welcomed|greeted|addressed|thanked|congratulated|toasted)(?![\p{L}])[^,.;:!?\uE000]{1,60}:\s*(?=\uE000\d+\uE001)/gu;
const CLAUSE_WORD = /(?<![\p{L}])(?:and|or|but|that|which|who|whose|when|while|if|because|as)(?![\p{L}])/u;

/** What may stand between a speaker and the verb: ", in turn,", "also", "in its Wednesday broadcast". */
function gapAllowed(gap: string): boolean {
  if (/^\s*$/.test(gap)) return true;
  if (/^\s*,[^,\uE000]{1,50},\s*$/.test(gap)) return true;
  return /^\s+(?:[\p{L}’'-]+\s+){1,4}$/u.test(gap) && !CLAUSE_WORD.test(gap);
}

/** The start of the stretch a subject belongs to: after the last comma, colon or quote before it. */
function stretchStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !/[,:;\uE001]/.test(text[i]!)) i -= 1;
  return i + 1;
}

/** "…, Kremlin aide Yuri Ushakov told": a frame right after a comma or a quote, with at most a title before it. */
function afterBreak(text: string, start: number): number | null {
  const from = stretchStart(text, start);
  if (from === 0) return null;
  const title = text.slice(from, start).trim();
  if (title.split(/\s+/).filter(Boolean).length > 6 || CLAUSE_WORD.test(title.replace(/\bof\b/g, ''))) return null;
  return text[from - 1] === QUOTE_CLOSE ? from : from - 1;
}

/**
 * After a tag only a short phrase may follow: "in a statement", "a few minutes ago", "told Xi at the start
 * of the meeting", ", adding that …", ", calling it …", ", thanking the city's volunteers". After a verb
 * that takes whom it was said to, that may be "the Council" or "the Russian president" too.
 */
const tailOnly = (recipient: string) =>
  new RegExp(
    String.raw`^(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}|\s+(?:reporters|journalists|the press|the media|state (?:media|television)|lawmakers)${recipient})?(?:\s+(?:in|on|to|at|during|through|via|from|after|before|following|a|an|this|last|earlier|later|late|yesterday|today|ago)(?![\p{L}])[^,.;:\uE000]{0,60}?)?\s*(?:[.!?…]*\s*$|\s+(?:according to|as quoted by|as reported by|citing)(?![\p{L}])|,\s*(?:according to|as quoted|as reported|as cited|citing|adding|reported|quoted|in a|in an|on|during|whose|who|which|referring|describing|calling|saying|noting|stressing|addressing|speaking|turning|looking|standing|sitting|shown|broadcast|televised|aired|(?!(?:nothing|something|anything|everything|during|according)(?![\p{L}]))\p{Ll}{2,}ing)(?![\p{L}]))`,
    'u',
  );
const TAIL_ONLY = tailOnly('');
/** "told the Council", "assured his guest": whom it was said to, a few words after "the" or a possessive. */
const TAIL_AFTER_RECIPIENT = tailOnly(String.raw`|\s+(?:the|his|her|their|its)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}`);
const TAKES_RECIPIENT = /^(?:told|assured|reminded|informed|urged|warned)$/;

/** "…," said Alexander Gabuev, director of the Carnegie centre: who the speaker is, after the name. */
const APPOSITIVE =
  /^,\s*(?:an?|the|director|head|chief|spokes(?:man|woman|person)|aide|advis[eo]r|minister|analyst|professor|researcher|fellow|ambassador|secretary|chair(?:man|woman)?)(?![\p{L}])[^;:\uE000]*$/u;

/** ", a Tehran-based expert on Eurasian affairs, ": who a person is, between the name and the verb. */
const APPOSITION_BEFORE = /,\s+(?:an?|the)\s[^,;:\uE000\uE001]{1,80},\s*$/u;

function subjectBefore(text: string, verbStart: number, mentions: readonly Mention[]): Mention | null {
  const before = mentions.filter((m) => m.end <= verbStart);
  const nearest = before[before.length - 1];
  const generic = nameBefore(text, verbStart);
  // "Chinese Foreign Ministry spokesman Lin Jian told": the person the institution's title leads to.
  if (
    nearest &&
    !nearest.person &&
    generic &&
    generic.start >= nearest.end &&
    /^\s+spokes(?:man|woman|person)\s/.test(text.slice(nearest.end, generic.start))
  )
    return generic;
  if (nearest && gapAllowed(text.slice(nearest.end, verbStart))) return nearest;
  if (generic && (!nearest || generic.start >= nearest.end)) return generic;
  // "Gao Mingyu, a research fellow at the Academy, told": a name, then who the person is, then the verb.
  const apposition = APPOSITION_BEFORE.exec(text.slice(0, verbStart));
  const appositive = apposition && nameBefore(text, apposition.index);
  if (appositive && (!nearest || appositive.start >= nearest.end)) return appositive;
  // "Putin, speaking to reporters alongside Xi, said", "Xi, who called Putin his “old friend,” said": the one before the aside that names another.
  const earlier = before[before.length - 2];
  return earlier && /^\s*,(?:[^,\uE000]|\uE000\d+\uE001){1,60},?\s*$/.test(text.slice(earlier.end, verbStart)) ? earlier : null;
}

function subjectAfter(text: string, verbEnd: number, mentions: readonly Mention[]): Mention | null {
  const next = mentions.find((m) => m.start >= verbEnd);
  const between = next ? text.slice(verbEnd, next.start) : '';
  if (next && /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(between) && next.kind !== 'pronoun') return next;
  const generic = nameAfter(text, verbEnd);
  return generic && (!next || generic.end <= next.start) ? generic : null;
}

function isJoint(text: string, subject: Mention, verbStart: number): boolean {
  const before = text.slice(stretchStart(text, subject.start), subject.start);
  return /(?<![\p{L}])(?:and|or|[Bb]oth)\s/u.test(before) || /\sand\s/.test(text.slice(subject.end, verbStart));
}

/** The frames of a clause, left to right. */
export function findFrames(text: string, named: ReadonlySet<string>): Frame[] {
  const mentions = findMentions(text, named);
  const frames: Frame[] = [];
  for (const v of allMatches(VERB, text)) {
    const verbStart = v.index;
    const verbEnd = verbStart + v[0].length;
    if (frames.some((f) => verbStart < f.end)) continue;
    let subject = subjectBefore(text, verbStart, mentions);
    let start = subject?.start ?? verbStart;
    let end = verbEnd;
    const inverted = !subject;
    if (!subject) {
      // "…, said Putin": the speaker after the verb, only where a tag can stand. After "told" it is whom the words were told to.
      if (afterBreak(text, verbStart) === null || TAKES_RECIPIENT.test(v[0])) continue;
      subject = subjectAfter(text, verbEnd, mentions);
      if (!subject) continue;
      start = verbStart;
      end = subject.end;
    }
    const at = afterBreak(text, start);
    const tail = TAKES_RECIPIENT.test(v[0]) ? TAIL_AFTER_RECIPIENT : TAIL_ONLY;
    const tag = at !== null && (tail.test(text.slice(end)) || (inverted && APPOSITIVE.test(text.slice(end))));
    frames.push({
      subject,
      joint: isJoint(text, subject, verbStart),
      start,
      end,
      verbEnd,
      verb: v[0],
      tag,
      boundary: tag ? at! : text.length,
    });
  }
  const speechFrames = frames.length;
  for (const a of allMatches(ADDRESS, text)) {
    const verbStart = a.index;
    const colon = verbStart + a[0].lastIndexOf(':');
    if (frames.some((f) => verbStart < f.end && f.start < colon)) continue;
    const subject = subjectBefore(text, verbStart, mentions);
    if (!subject) continue;
    // The frame's words run to the colon: what it says is the quote after it.
    const verb = a[0].slice(0, colon - verbStart);
    frames.push({
      subject,
      joint: isJoint(text, subject, verbStart),
      start: subject.start,
      end: colon,
      verbEnd: colon,
      verb,
      tag: false,
      boundary: text.length,
    });
  }
  return frames.length > speechFrames ? frames.sort((x, y) => x.start - y.start) : frames;
}

const SOURCE_LEAD = /(?:^|,\s*)(?:[Aa]ccording to|[Aa]s per|[Aa]s quoted by|[Aa]s reported by|[Cc]iting)\s+(?:the\s+|this\s+|a\s+)?/g;

/** "according to the Kremlin," / ", as quoted by Xinhua": the source, where it stands apart. */
export function sourceFrame(text: string, named: ReadonlySet<string>): { subject: Mention; start: number; end: number } | null {
  for (const m of allMatches(SOURCE_LEAD, text)) {
    const from = m.index + m[0].length;
    const subject = findMentions(text, named).find((x) => x.start === from || (x.start < from && x.end > from));
    if (!subject || subject.kind === 'pronoun') continue;
    const rest = /^(?:['’]s)?(?:\s+(?:report|reports|statement|readout|account|broadcast|version))?\s*(?=,|[.!?…]*\s*$)/.exec(
      text.slice(subject.end),
    );
    if (rest) return { subject, start: m.index, end: subject.end + rest[0].length };
  }
  return null;
}

/**
 * "…,” Xinhua quoted Xi as saying" and "CCTV quoted Xi as saying that “…”": the person's words, as the
 * source relays them; `words` is where they stand in the text. After the quote the source must be named;
 * before it, one the story does not know (a channel named its own way) relays them all the same.
 */
export function quotedAsSaying(
  text: string,
  named: ReadonlySet<string>,
): { subject: Mention; source: Mention | null; words: [number, number] } | null {
  const mentions = findMentions(text, named);
  const at = (from: number, to: number) => mentions.filter((x) => x.start >= from && x.end <= to && x.kind !== 'pronoun').pop();
  const after = /(?:^|[,\uE001]\s*)([^,\uE000\uE001]{2,60}?)\s+quoted\s+([^,\uE000]{2,60}?)\s+as\s+say(?:ing|s)\b[.!?…]*\s*$/.exec(text);
  if (after) {
    const sourceFrom = after.index + after[0].indexOf(after[1]!);
    const source = at(sourceFrom, sourceFrom + after[1]!.length);
    const personFrom = text.lastIndexOf(after[2]!, after.index + after[0].length);
    const subject = at(personFrom, personFrom + after[2]!.length);
    return subject && source && subject.person ? { subject, source, words: [0, sourceFrom] } : null;
  }
  const before = /\b(quoted\s+)([^,\uE000]{2,60}?)\s+as\s+saying(?:\s+that)?\s*[:,]?\s*(?=\uE000\d+\uE001)/.exec(text);
  if (!before) return null;
  const personFrom = before.index + before[1]!.length;
  const subject = at(personFrom, personFrom + before[2]!.length);
  return subject?.person ? { subject, source: at(0, before.index) ?? null, words: [before.index + before[0].length, text.length] } : null;
}
