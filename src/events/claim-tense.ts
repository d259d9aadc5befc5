/**
 * Whether a sentence reports its contact, announces it, or only imagines it: the tense of the words
 * that state it ("met", "is visiting", "will meet", "the upcoming visit"), and the negations,
 * conditions and wishes that make it no report at all ("neither Putin nor Xi", "if he runs into
 * Putin", "we encourage President Xi to press President Putin").
 */
import type { Contact } from './find-contacts';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_BEFORE =
  /\b(?:will|'ll|’ll|shall|going to|gonna|set to|scheduled to|expected to|due to|supposed to|slated to|plans? to|planning to|intends? to|is to|are to|about to|to)\s+(?:[\w⟦⟧’']+\s+){0,3}$|\b(?:planning|planned|plans?|preparing|prepare|prepares|arranging|arrange|schedule|scheduling|scheduled|organi[sz]ing)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
const FUTURE_NOUN =
  /\b(?:upcoming|forthcoming|coming|next|planned|potential|possible|future|expected|proposed|prospective|anticipated|scheduled)\s+(?:[\p{L}⟦⟧-]+\s+){0,3}$/iu;
const FUTURE_TIME =
  /\b(?:tomorrow|next (?:week|month|year|spring|summer|autumn|fall|winter|time)|later this (?:week|month|year)|this coming|in the coming|(?:is|are|'s|’s) coming up|coming up)\b/i;
/** "is visiting China this month": a present tense with a coming period is a plan. */
const THIS_PERIOD = /\bthis (?:week|month|year|spring|summer|autumn|fall|winter)\b/i;
const AHEAD_OF = /\b(?:ahead of|before|in preparation for|preparations for|to prepare)\s+(?:[\p{L}'’⟦⟧-]+\s+){0,4}$/iu;
const PAST_FORM =
  /^(?:\w+ed|met|held|had|spoke|talked|discussed|attended|visited|watched|took|arrived|toured|boarded|opened|launched|signed|posed|cooked|tasted|exchanged|embraced|hugged|shook|greeted|laid|planted|rode|travell?ed|inspected|chaired|co-chaired|vowed|pledged|reaffirmed|agreed|released|issued|unveiled|witnessed|listened|enjoyed|sat|gathered|joined|addressed|gave|presented|walked|strolled|saw|viewed|dined|conversed|awarded|handed|received|welcomed|hosted|phoned|telephoned|called|briefed|told|wished|accompanied|showed|came|went|flew|were|was|sat down|said|spoken|pointed out|noted|mentioned|stressed|expressed|participated in|took part in|was present|were present|attended by)\b/i;
/** "has met", "had talks" — an auxiliary and a past participle — or "the last/previous …". */
const PAST_BEFORE =
  /\b(?:has|have|had|'ve|’ve)\s+(?:also\s+|already\s+|just\s+|now\s+|recently\s+)?(?:met|held|had|spoken|talked|discussed|visited|been|given|seen|taken|made|gone|come|received|hosted|welcomed)\s+(?:\w+\s+){0,3}$|\b(?:did|was|were)\s+(?:\w+\s+){0,2}$|\b(?:had|held|took|made|hosted|attended|joined|enjoyed)\s+(?:(?:a|an|the|their|his|her|its|several|two|one|bilateral|private|long|lengthy|brief|separate)\s+){0,3}$|\b(?:last|latest|previous|recent|earlier|past)\s+(?:[\p{L}⟦⟧-]+\s+){0,3}$/iu;
const PAST_TIME = /\b(?:yesterday|ago|the day before|the previous day|last (?:week|night|month))\b/i;

/** The tense in which the sentence states the contact. */
export function tenseOf(marked: string, contact: Contact): Tense {
  const before = marked.slice(Math.max(0, contact.at - 80), contact.at);
  const after = marked.slice(contact.at, contact.at + 120);
  if (/^(?:is|are|am)\b/.test(contact.predicate)) return FUTURE_TIME.test(marked.slice(contact.at, contact.at + 80)) ? 'future' : 'present';
  if (PAST_FORM.test(contact.predicate) && !/\b(?:will|shall|to|is|are|am|be)\s+$/i.test(before)) return 'past';
  // "It is a real pleasure for me to meet with…": said at the meeting.
  if (/\b(?:pleasure|glad|happy|nice|delighted|pleased|honou?r(?:ed)?|good)\s+(?:for \S+\s+)?to\s+(?:\w+\s+)?$/i.test(before))
    return 'present';
  if (FUTURE_BEFORE.test(before) || FUTURE_NOUN.test(before) || AHEAD_OF.test(before) || /^\S+\s+(?:that['’]s\s+)?coming up\b/i.test(after))
    return 'future';
  if (PAST_BEFORE.test(before)) return 'past';
  // Time words count near the words that state the contact, not in another clause of a long sentence.
  const near = marked.slice(Math.max(0, contact.at - 60), contact.at + 60);
  if (FUTURE_TIME.test(near) && !PAST_TIME.test(near)) return 'future';
  if (!contact.nominal && THIS_PERIOD.test(near) && !PAST_TIME.test(near)) return 'future';
  if (PAST_TIME.test(marked)) return 'past';
  return 'present';
}

/** Said to be false, imagined, wished or asked about as a possibility: not a report, not an announcement. */
export function isNotAReport(marked: string, contact: Contact): string | null {
  const before = marked.slice(Math.max(0, contact.at - 60), contact.at);
  if (/\bneither\b[^.]*\bnor\b/i.test(marked) && /⟦[XPB]⟧/.test(marked)) return 'neither … nor';
  if (
    /(?:\bnot|n['’]t|\bnever|\bno longer|\bcannot|\bnobody|\bno one)\s+(?:\w+\s+){0,3}$/i.test(before) ||
    /\b(?:no|without|instead of|rather than|absence of|absent from)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)
  )
    return 'negated';
  if (
    /^\s*(?:[“"]\s*)?(?:if|whether|unless|suppose|imagine|what if)\b/i.test(marked) ||
    /\b(?:if|whether|unless|in case)\b[^.;]*$/i.test(before)
  )
    return 'a condition';
  if (/\b(?:would|could|might|should|may|must|can)\s+(?:\w+\s+){0,2}$/i.test(before)) return 'a possibility';
  // "every meeting with Putin is a cost": any contact, not one that happened.
  if (/\b(?:every|any)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) return 'any such contact';
  if (
    /\b(?:hope|hopes|hoped|hoping|want|wants|wanted|wish|wishes|wished for|encourage|encourages|encouraged|urge|urges|urged|ask|asks|asked|called on|calls on|invite|invites|invited|invitation to|would like|looking forward|look forward|looks forward|ready to|willing to|agreed to|offered to|proposed to|tried to|try to|pressure|pressed)\b[^.;]{0,80}$/i.test(
      before,
    )
  )
    return 'a wish or an invitation';
  return null;
}
