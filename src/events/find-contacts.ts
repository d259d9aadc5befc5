/**
 * The contacts a sentence states between Xi and Putin, read from a sentence whose leaders are marked
 * (leaders.ts): the two as subjects of one act ("⟦P⟧ and ⟦X⟧ visited the Bolshoi Theatre"), one
 * meeting, calling or talking with the other ("⟦P⟧ had telephone conversations with ⟦L⟧, ⟦X⟧…"), one
 * acting on the other ("⟦X⟧ awarded the Order of Friendship to ⟦P⟧"), a visit to the other's country,
 * a named contact ("the latest ⟦B⟧ call"), or one present at the other's event ("⟦X⟧ attended the
 * ceremony"). Who else takes part decides between bilateral, trilateral and several.
 */
import { LIST, membersOf, relationOf, type Contact, type SentenceSetting } from './contact-lists';
import { findPresence } from './find-presence';
import { BOTH, PUTIN, WE, XI, markerOf, type Leader } from './leaders';

export type { Contact, Relation, SentenceSetting } from './contact-lists';
export { presenceInAddress } from './find-presence';

const BEFORE_SUBJECT = String.raw`(?:^|[,;:—–(“"]\s*|\b(?:[Aa]nd|[Bb]ut|that|[Ww]hen|[Aa]s|[Aa]fter|[Ww]hile|where|[Tt]hen|[Tt]oday|[Yy]esterday|[Nn]ow|[Aa]lso|[Ss]o|Q|seeing|see|saw|watching|watched|showed|shows|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week)\s+)`;
const ADVERBS = String.raw`(?:(?:also|both|jointly|together|then|later|first|have|has|had|will|shall|did|do|does|today|yesterday|briefly|personally|just|again|already|subsequently|previously|earlier|initially|reportedly|all|each|once)\s+){0,3}`;
const TOGETHER_VERB = String.raw`(?:(?:held|hold|holds|holding|had|have|has|having)\s+(?:[\p{L}-]+\s+){0,3}(?:talks|meeting|meetings|call|calls|conversation|conversations|discussion|discussions|summit|consultations|videoconference|dinner|lunch|tea|walk|session|negotiations)|met|meet|meets|meeting|spoke|speak|speaks|speaking|talked|talk|talks|talking|discussed|discuss|discussing|attended|attend|attends|attending|visited|visit|visits|visiting|watched|watch|took|take|takes|taking|arrived|arrive|arriving|toured|tour|boarded|opened|open|launched|launch|signed|sign|posed|cooked|tasted|exchanged|exchange|exchanging|embraced|hugged|hug|shook|greeted|laid|planted|rode|travelled|traveled|inspected|chaired|co-chaired|vowed|vow|pledged|pledge|reaffirmed|agreed|agree|released|issued|unveiled|witnessed|listened|enjoyed|sat|sitting|gathered|joined|addressed|gave|presented|walked|strolled|saw|viewed|dined|conversed|were (?:also )?(?:told|shown|given|presented|briefed|informed|welcomed|greeted|present|seated)|are (?:meeting|holding|talking|visiting))`;
const PAIR_ACTS = new RegExp(
  String.raw`${BEFORE_SUBJECT}(${LIST})\s*(?:,\s*(?:who|whose)[^,]{0,80},\s*)?${ADVERBS}(${TOGETHER_VERB})\b`,
  'gu',
);
/** Words before "with" that make it a contact: met with, talks with, a call with, sitting down with. */
const WITH_WORD =
  /\b(?:met|meet|meets|meeting|meetings|talks|talked|talk|talking|spoke|speak|speaks|speaking|conversations?|calls?|discussed|discuss|discussing|consultations|videoconference|teleconference|summit|dinner|lunch|tea|walk|sat down|sitting down|sit down|sits down|negotiations)\b/gi;
const LIST_AT_START = new RegExp(`^${LIST}`, 'u');
/** The names right before a with-word: "we see India and Brazil sitting down with…". */
const SUBJECT_BEFORE = new RegExp(String.raw`(${LIST})\s+(?:(?:are|is|were|was|have|has|had|will|also|now)\s+){0,2}$`, 'u');
const OBJECT_VERB = String.raw`(?:congratulated|thanked|assured|informed|presented|awarded|gave|give|handed|received|receives|receiving|welcomed|welcomes|hosted|hosts|host|hosting|greeted|visited|visits|visiting|phoned|telephoned|called|calls|briefed|told|tells|wished|wish|embraced|hugged|met|meets|meet|meeting|accompanied|showed)`;
const ACTS_ON = new RegExp(
  String.raw`(⟦[XPW]⟧)(?:\s+(?![⟦])[\p{L}'’,-]+){0,5}?\s+(${OBJECT_VERB})\s+(?:(?:the|his|her|their|our|my|a|an|this)\s+(?:[\p{L}'’-]+\s+){0,10}?(?:to|on)\s+)?(⟦[XPB]⟧)(?!['’]s)`,
  'gu',
);
/** "came to the residence of ⟦X⟧": a call on the other in person. */
const CALLS_ON =
  /(⟦[XPW]⟧)[^.⟦]{0,40}?\b(came|went|arrived|drove|walked)\s+(?:over\s+)?to\s+(?:the\s+)?(?:residence|home|dacha|office|villa)\s+of\s+(?:the\s+)?(⟦[XP]⟧)/gu;
const VISIT_TO = new RegExp(
  String.raw`(⟦[XP]⟧)(?:['’]s)?(?:\s+(?![⟦])[\p{L}'’,-]+){0,6}?\s+(?:(?:state|official|working|first|foreign)\s+)*(visit|visits|visited|visiting|trip|journey|arrive|arrived|arrives|arriving|headed|heading|travell?ed|travell?ing|travels|went|goes|going|flew|fly|came|come|has come|is in|was in|'s in|’s in)\s+(?:(?:\w+\s+){0,3}?(?:to|in|for)\s+)?(?:the\s+)?(Russia|Moscow|Kremlin|Russian Federation|St\.? Petersburg|China|Beijing|People['’]s Republic of China|PRC)\b`,
  'gu',
);
/** "the Chinese leader wraps up his Moscow visit". */
const PLACE_VISIT = /(⟦[XP]⟧)(?:['’]s)?[^.⟦]{0,40}?\b(Moscow|Russia|Kremlin|Beijing|China)\s+(visit|trip|tour)\b/gu;
const NOUN = String.raw`(?:call|phone call|telephone call|calls|meeting|meetings|summit|talks|conversation|visit|video call|videoconference|contact|contacts|encounter|get-together)`;
const NAMED_PAIR = new RegExp(
  String.raw`${BOTH}\s+(?:(?:telephone|phone|video|virtual|in-person|bilateral|face-to-face)\s+)?(${NOUN})\b|\b(${NOUN})\s+(?:\w+\s+){0,2}?between\s+(?:the\s+)?(?:⟦X⟧\s+and\s+(?:the\s+)?⟦P⟧|⟦P⟧\s+and\s+(?:the\s+)?⟦X⟧|${BOTH})|(?:⟦X⟧\s+and\s+(?:the\s+)?⟦P⟧|⟦P⟧\s+and\s+(?:the\s+)?⟦X⟧|${BOTH})['’]s?\s+(?:\w+\s+){0,2}?(${NOUN})\b`,
  'gu',
);
/** "⟦X⟧ made this clear during our restricted and expanded format meetings": the other leader in the same clause as "our talks". */
const OUR_CONTACT =
  /(⟦[XP]⟧)[^,;.?!⟦]{0,80}?\b(?:during|at|in|after|following)\s+⟦W⟧(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,4}?(talks|meeting|meetings|conversation|conversations|discussion|discussions|summit)\b/gu;
/** "… about his talks with", "… on their meeting with": a contact that is the topic of the words before it. */
const SPOKEN_OF =
  /\b(?:about|regarding|concerning|on|of)\s+(?:his|her|their|its|our|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:talks|meeting|meetings|call|calls|conversation|conversations|visit|summit|negotiations)\s+with\s+$/u;

/** What one leader tells the other of: a contact with a third, named after the object ("briefed ⟦P⟧ on his talks with ⟦L⟧"). */
const TOLD_OF_ANOTHER =
  /^\s+(?:on|about|of)\s+(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,2}(?:talks|meeting|meetings|call|calls|conversation|conversations|visit|summit|negotiations|contacts?)\s+with\s+(?:(?![⟦])[^\s,;.?!]+\s+){0,3}⟦L⟧/u;

/** Every contact the marked sentence states. */
export function findContacts(marked: string, setting: SentenceSetting): Contact[] {
  const out: Contact[] = [];
  const isCallWord = (w: string) => /call|conversation|phone|videoconference|teleconference/i.test(w);
  // The rules that need both leaders in the sentence (or Xi, at Putin's event) are skipped without them: their patterns are long.
  const xiNamed = marked.includes(XI) || marked.includes(BOTH) || (setting.speaker === 'X' && marked.includes(WE));
  const putinNamed = marked.includes(PUTIN) || marked.includes(BOTH) || (setting.speaker === 'P' && marked.includes(WE));
  const bothNamed = xiNamed && putinNamed;

  for (const m of xiNamed ? marked.matchAll(PAIR_ACTS) : []) {
    const who = membersOf(m[1]!, setting.speaker);
    // At an event of Putin's, guests listed as attending include Xi: both were there.
    const guests = !who.putin && who.xi && setting.putinEvent && /^(?:attended|attend|attending|took|watched|joined|were)/.test(m[2]!);
    if (!(who.xi && who.putin) && !guests) continue;
    if (guests) {
      out.push({
        relation: relationOf(who.others, false),
        presence: true,
        rule: 'guests at Putin’s event',
        at: (m.index ?? 0) + m[0].length - m[2]!.length,
        predicate: m[2]!,
        nominal: false,
      });
      continue;
    }
    const at = (m.index ?? 0) + m[0].length - m[2]!.length;
    out.push({
      relation: relationOf(who.others, false),
      presence: who.others > 0,
      rule: 'the two act together',
      at,
      predicate: m[2]!,
      nominal: false,
    });
  }

  for (const w of bothNamed ? marked.matchAll(WITH_WORD) : []) {
    const after = marked.slice((w.index ?? 0) + w[0].length);
    const withAt = /^(?:\s+(?![⟦])[^\s,;.?!]+){0,6}?\s+with\s+/u.exec(after);
    if (!withAt) continue;
    // "spoke about his talks with ⟦X⟧": the talks are what was spoken of; the noun after "about" is read on its own.
    if (SPOKEN_OF.test(withAt[0])) continue;
    const list = LIST_AT_START.exec(after.slice(withAt[0].length))?.[0] ?? '';
    const objects = membersOf(list, setting.speaker);
    if (!objects.xi && !objects.putin) continue;
    const before = marked.slice(0, w.index);
    // The subject is in the same clause, a few words back: not across a colon, a question or a dash.
    const clause =
      before
        .slice(-160)
        .split(/[:;?!]|\s[—–]\s|\s--\s/)
        .pop() ?? '';
    const lastMarker = [...clause.matchAll(/⟦([XPWL])⟧/g)].pop();
    // "similar to ⟦X⟧, I don't have any calls with ⟦P⟧": a pronoun after the name is the subject.
    const pronounAfter =
      lastMarker &&
      /\b(?:I|we|you|they|she|he|my|our|your|his|her|their)\b/.test(clause.slice((lastMarker.index ?? 0) + lastMarker[0].length));
    const subjectMatch = pronounAfter ? undefined : lastMarker?.[1];
    let subject: Leader | null =
      subjectMatch === 'W' ? setting.speaker : subjectMatch === 'X' || subjectMatch === 'P' ? subjectMatch : null;
    let subjectOthers = subjectMatch === 'L' ? 1 : 0;
    if (!subjectMatch) {
      // "Speaking over a telephone with ⟦P⟧, ⟦X⟧ vowed…": the subject follows the participle clause.
      const follows = /^[^.;?!⟦]{0,40}?,\s*(?:the\s+)?⟦([XP])⟧/.exec(after.slice(withAt[0].length + list.length))?.[1];
      if (follows === 'X' || follows === 'P') subject = follows;
      else subjectOthers = membersOf(SUBJECT_BEFORE.exec(before.slice(-120))?.[1] ?? '', setting.speaker).others;
    }
    const xi = objects.xi || subject === 'X';
    const putin = objects.putin || subject === 'P';
    if (!(xi && putin)) continue;
    const call = isCallWord(w[0]) || /\b(?:tele)?phone\b/i.test(after.slice(0, withAt[0].length));
    const others = objects.others + subjectOthers;
    const verbal =
      /^(?:met|meet|meets|meeting|talked|talk|talking|spoke|speak|speaks|speaking|discussed|discuss|discussing|sat down|sitting down|sit down|sits down)$/i.test(
        w[0],
      ) || /\b(?:had|held|have|has|hold|holds|holding|having)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before.slice(-60));
    out.push({
      relation: relationOf(others, call),
      presence: !call && others > 1,
      rule: 'one meets with the other',
      at: w.index ?? 0,
      predicate: w[0],
      nominal: !verbal,
    });
  }

  for (const m of bothNamed ? marked.matchAll(ACTS_ON) : []) {
    const subject = m[1] === WE ? setting.speaker : m[1] === XI ? 'X' : 'P';
    const object = m[3] === XI ? 'X' : m[3] === PUTIN ? 'P' : null;
    if (!subject || (object && object === subject)) continue;
    // "⟦X⟧ briefed ⟦P⟧ on his telephone conversation with ⟦L⟧ on Friday": the sentence's call and day are the other one's.
    if (TOLD_OF_ANOTHER.test(marked.slice((m.index ?? 0) + m[0].length))) continue;
    if (/^call(?:ed|s)?$/.test(m[2]!) && /^\s+(?:a|an|the|his|her|its|their|our|my)\b/.test(marked.slice((m.index ?? 0) + m[0].length)))
      continue;
    // Congratulating or thanking is a contact only in a call or a meeting the sentence names (not in a message).
    if (
      /^(?:congratulated|thanked|assured|informed)$/.test(m[2]!) &&
      !/\b(?:call|phone|telephone|conversation|talks|meeting|met|video)\b/i.test(marked)
    )
      continue;
    out.push({
      relation: 'bilateral',
      presence: false,
      rule: 'one acts on the other',
      at: (m.index ?? 0) + m[0].indexOf(m[2]!, m[1]!.length),
      predicate: m[2]!,
      nominal: false,
    });
  }

  for (const m of bothNamed ? marked.matchAll(CALLS_ON) : []) {
    const subject = m[1] === WE ? setting.speaker : m[1] === XI ? 'X' : 'P';
    if (subject && m[3] !== markerOf(subject))
      out.push({
        relation: 'bilateral',
        presence: false,
        rule: 'one calls on the other',
        at: (m.index ?? 0) + m[0].indexOf(m[2]!),
        predicate: m[2]!,
        nominal: false,
      });
  }

  for (const m of marked.matchAll(VISIT_TO)) {
    const visitor: Leader = m[1] === XI ? 'X' : 'P';
    const hostCountry = /Russia|Moscow|Kremlin|Petersburg/.test(m[3]!) ? 'P' : 'X';
    if (hostCountry === visitor) continue;
    // Visiting a country is visiting its leader on a state or official visit, or to meet or hold talks;
    // arriving, or a working visit to attend a forum, is not yet a meeting.
    const purpose = /\b(?:state|official) visit\b|\bto (?:meet|hold talks|have talks)\b|\bfor talks\b|\bat the invitation of\b/i.test(
      marked,
    );
    if (!purpose && (!/^visit/.test(m[2]!) || /\bworking (?:visit|trip)\b/i.test(marked))) continue;
    out.push({
      relation: 'bilateral',
      presence: false,
      rule: 'a visit to the other',
      at: (m.index ?? 0) + m[0].indexOf(m[2]!),
      predicate: m[2]!,
      nominal: /^(?:visit|trip|journey)$/.test(m[2]!),
    });
  }

  for (const m of marked.matchAll(PLACE_VISIT)) {
    const visitor: Leader = m[1] === XI ? 'X' : 'P';
    if ((/Russia|Moscow|Kremlin/.test(m[2]!) ? 'P' : 'X') !== visitor)
      out.push({
        relation: 'bilateral',
        presence: false,
        rule: 'a visit to the other',
        at: (m.index ?? 0) + m[0].lastIndexOf(m[3]!),
        predicate: m[3]!,
        nominal: true,
      });
  }

  for (const m of marked.matchAll(NAMED_PAIR)) {
    const noun = m[1] ?? m[2] ?? m[3]!;
    out.push({ relation: 'bilateral', presence: false, rule: 'a contact named', at: m.index ?? 0, predicate: noun, nominal: true });
  }

  if (setting.speaker) {
    const other = setting.speaker === 'X' ? PUTIN : XI;
    for (const m of marked.matchAll(OUR_CONTACT)) {
      if (m[1] !== other) continue;
      out.push({
        relation: 'bilateral',
        presence: false,
        rule: 'the speaker’s talks with the other',
        at: (m.index ?? 0) + m[0].lastIndexOf(m[2]!),
        predicate: m[2]!,
        nominal: true,
      });
    }
  }

  out.push(...findPresence(marked, setting));
  return out;
}
