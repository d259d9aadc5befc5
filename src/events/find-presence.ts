/**
 * One of the two present at the other's event, read from a marked sentence: "⟦X⟧ attended the
 * ceremony" in a release of Putin's day, "the concert was also attended by … ⟦X⟧", "⟦X⟧, who is also
 * attending the summit", "as ⟦X⟧ has just said" in Putin's speech, or a line of address naming him.
 */
import { LIST, membersOf, relationOf, type Contact, type SentenceSetting } from './contact-lists';
import { BOTH, OTHER, PUTIN, XI, markerOf, type Leader } from './leaders';

const PRESENT_AT =
  /(⟦[XP]⟧)(?:\s*,[^,]{0,80},)?\s+(?:also\s+)?(attended|took part in|participated in|was present|were present|joined|chaired|co-chaired|addressed|spoke at|is also attending|is attending|was attending)\b/gu;
/** "…was also attended by <list>": the rest of the sentence lists who was there. */
const ATTENDED_BY =
  /\b((?:was|were)\s+(?:also\s+)?attended by|[Aa]lso (?:took part|taking part|present|attending|participating)[^.]{0,60}?(?:are|were|was)|participants included|guests include(?:d)?)\s+([^.;]+)/gu;
const WHO_ATTENDS = /(⟦[XP]⟧),?\s+who\s+(?:is|was|were)\s+(?:also\s+)?(?:attending|taking part|present|in attendance)/gu;
/** The speaker heard the other there: "as ⟦X⟧ has just said", "I listened to ⟦X⟧", "give the floor to ⟦X⟧". */
const HEARD_THERE = [
  /(⟦[XP]⟧)(?:\s+and\s+[^.⟦]{0,40}?)?\s+(?:has\s+|have\s+)?just\s+(?:now\s+)?(?:said|spoke|pointed out|noted|mentioned|stressed|expressed|talked)/gu,
  /\b(?:just now|in his (?:remarks|address|speech) just now)[^.⟦]{0,60}?(⟦[XP]⟧)\s+(?:\w+\s+){0,2}?(?:said|spoke|spoken|pointed out)/gu,
  /\blistened\b[^.⟦]{0,60}?(⟦[XP]⟧)/gu,
  /\bgive the floor to\b[^.⟦]{0,40}?(⟦[XP]⟧)/gu,
  /(⟦[XP]⟧),\s+your turn/gu,
];
/** Thanked as "our colleague" or for hosting, in a speech to the gathering: among those addressed. */
const THANKED_THERE = [
  /\b(?:(?:would like|want|wish)\s+to\s+)?thank\s+(?:our|my|⟦[WPX]⟧)\s+(?:colleague|friend|host)s?\b,?\s+[^.⟦]{0,60}?(⟦[XP]⟧)/gu,
  /\b(?:(?:would like|want|wish)\s+to\s+)?thank\s+(⟦[XP]⟧)[^.⟦]{0,60}?\b(?:hospitality|for hosting)\b/gu,
];
/** A sentence saying a gathering met, "The world came together.", and the next one listing who came. */
const GATHERED = /\b(?:came together|gathered|assembled|convened)\s*[.:!]?\s*$/i;
const LIST_OPENS = new RegExp(String.raw`^\s*(${LIST})`, 'u');

/** One of the two present at an event of the other's: attended it, addressed it, was addressed there. */
export function findPresence(marked: string, setting: SentenceSetting): Contact[] {
  const out: Contact[] = [];
  const host: Leader | null = setting.speaker ?? (setting.putinEvent ? 'P' : null);
  const presentWith = (l: Leader) => host !== null && host !== l;
  for (const m of marked.matchAll(PRESENT_AT)) {
    // The guest attended the host's event: Xi at a ceremony of Putin's, or the reverse when Xi speaks.
    const who: Leader = m[1] === XI ? 'X' : 'P';
    if (!presentWith(who)) continue;
    out.push({
      relation: 'bilateral',
      presence: true,
      rule: 'present at the other’s event',
      at: (m.index ?? 0) + m[0].indexOf(m[2]!),
      predicate: m[2]!,
      nominal: false,
    });
  }
  for (const m of marked.matchAll(ATTENDED_BY)) {
    const who = membersOf(m[2]!, setting.speaker);
    if (!(who.xi && (who.putin || setting.putinEvent)) && !(who.putin && who.xi)) continue;
    const predicate = /took part|attended by|were|was|included/.test(m[1]!) ? 'attended by' : (m[1]!.split(/\s+/)[1] ?? 'include');
    out.push({
      relation: relationOf(who.others, false),
      presence: true,
      rule: 'attended by',
      at: (m.index ?? 0) + m[0].indexOf(m[1]!),
      predicate,
      nominal: false,
    });
  }
  for (const m of marked.matchAll(WHO_ATTENDS)) {
    const who: Leader = m[1] === XI ? 'X' : 'P';
    if (!presentWith(who) && !marked.includes(markerOf(who === 'X' ? 'P' : 'X'))) continue;
    out.push({
      relation: 'bilateral',
      presence: true,
      rule: 'also attending',
      at: m.index ?? 0,
      predicate: 'is attending',
      nominal: false,
    });
  }
  const listed = setting.before && GATHERED.test(setting.before) ? LIST_OPENS.exec(marked) : null;
  if (listed) {
    const who = membersOf(listed[1]!, setting.speaker);
    if (who.xi && who.putin && who.others > 0)
      out.push({
        relation: 'several',
        presence: true,
        rule: 'listed among those who gathered',
        at: 0,
        predicate: 'gathered',
        nominal: false,
      });
  }
  if (setting.speaker) {
    for (const re of [...HEARD_THERE, ...THANKED_THERE]) {
      for (const m of marked.matchAll(re)) {
        const who: Leader = m[1] === XI ? 'X' : 'P';
        if (who === setting.speaker) continue;
        out.push({
          relation: 'bilateral',
          presence: true,
          rule: THANKED_THERE.includes(re) ? 'the speaker thanked the other there' : 'the speaker heard the other there',
          at: m.index ?? 0,
          predicate: m[0].replace(/⟦.⟧/g, '').trim().split(/\s+/)[0] ?? 'said',
          nominal: false,
        });
      }
    }
  }
  return out;
}

/** An address line naming one of the two, spoken where the other is: both were there. */
export function presenceInAddress(marked: string, speaker: Leader | null, putinEvent: boolean): Contact | null {
  const xi = marked.includes(XI) || marked.includes(BOTH);
  const putin = marked.includes(PUTIN) || marked.includes(BOTH);
  const withPutin = putin || speaker === 'P' || (speaker === null && putinEvent);
  const withXi = xi || speaker === 'X';
  if (!(withXi && withPutin) || (!xi && !putin)) return null;
  // Someone else addressing both is a third person there; "colleagues", "heads of state" are more.
  const third = xi && putin && speaker === null ? 1 : 0;
  const others =
    (marked.match(new RegExp(OTHER, 'g')) ?? []).length +
    third +
    (/\b(?:colleagues|heads of|prime ministers|presidents)\b/i.test(marked) ? 2 : 0);
  return {
    relation: relationOf(others, false),
    presence: true,
    rule: 'addressed in a speech there',
    at: 0,
    predicate: 'addressed',
    nominal: false,
  };
}
