/** How news writing and transcripts speak of calls, meetings, visits, summits and their time. */
import type { EventFormat } from './types';

/** Formats a sentence can name, the strongest signal first. */
const FORMAT_SIGNALS: Array<[EventFormat, RegExp]> = [
  [
    'video call',
    /\bvideo[- ]?(?:call|conference|link|summit|talks|meeting|format)\b|\bvideoconference\b|\bteleconference\b|\bvia video\b|\bvirtual(?:ly)?\b|\bonline (?:meeting|talks|summit)\b/i,
  ],
  ['phone call', /\b(?:tele)?phone\b|\bphoned\b|\btelephoned\b/i],
  ['state visit', /\bstate visit\b/i],
  ['official visit', /\bofficial visit\b/i],
  ['working visit', /\bworking visit\b/i],
  ['talks', /\btalks\b|\bnegotiations\b|\bconsultations\b/i],
];

/** The format a piece of text names, or null. */
export function formatIn(text: string): EventFormat | null {
  for (const [format, signal] of FORMAT_SIGNALS) if (signal.test(text)) return format;
  return null;
}

export const isCall = (f: EventFormat | null | undefined) => f === 'phone call' || f === 'video call';

/** Named summits and forums where the two meet, as the archive writes them. */
const SUMMITS: Array<[string, RegExp]> = [
  ['SCO', /\bSCO\b|\bShanghai Cooperation Organi[sz]ation\b/],
  ['BRICS', /\bBRICS\b/],
  ['G20', /\bG-?20\b|\bGroup of Twenty\b/],
  ['APEC', /\bAPEC\b|\bAsia-Pacific Economic Cooperation\b/],
  ['CICA', /\bCICA\b|\bConference on Interaction and Confidence[- ]Building Measures in Asia\b/],
  [
    'Belt and Road forum',
    /\bBelt and Road (?:International )?(?:Forum|forum)\b|\bOne Belt,? One Road (?:international )?(?:forum|cooperation forum)\b|\bBelt and Road Forum\b/i,
  ],
  ['EEF', /\bEEF\b|\bEastern Economic Forum\b/],
  ['SPIEF', /\bSPIEF\b|\bSt\.? Petersburg International Economic Forum\b/],
  ['East Asia Summit', /\bEast Asia Summit\b/],
  ['UN General Assembly', /\bUN General Assembly\b|\bUNGA\b/],
  ['Leaders Summit on Climate', /\bLeaders[’']? Summit on Climate\b|\bclimate summit\b/i],
];

/** The first named summit or forum in a text, or null. */
export function summitIn(text: string): string | null {
  let best: [string, number] | null = null;
  for (const [name, re] of SUMMITS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best[1])) best = [name, m.index];
  }
  return best?.[0] ?? null;
}

/** "on the sidelines of the G20 summit", "before the start of the G20 Summit": the summit that hosts a meeting held beside it. */
const HOSTS: Array<[string, RegExp]> = SUMMITS.map(([name, re]) => [
  name,
  new RegExp(
    String.raw`\b(?:sidelines of|margins of|before(?: the start of)?|ahead of|on the eve of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:${re.source})`,
    re.flags,
  ),
]);

/** The summit a text says a meeting was held beside, or null. */
export function hostSummitIn(text: string): string | null {
  for (const [name, re] of HOSTS) if (re.test(text)) return name;
  return null;
}

/** Words that make a gathering one of several leaders: a session, not a meeting of two. */
export const GATHERING =
  /\b(?:summit|forum|plenary|session|roundtable|round table|heads of state|heads of (?:state and )?government|heads of delegations|council|colleagues|leaders[’']? meeting|meeting of (?:the )?leaders|group photo|family photo|participants)\b/i;

/** "in Beijing", "at the Kremlin", "in St Petersburg": a capitalised place after in/at, not a month, a person or a pronoun. */
const PLACE = /\b(?:in|at)\s+(?:the\s+)?((?:\p{Lu}[\p{Ll}’'-]+|St\.?)(?:[- ](?:of\s+the\s+|of\s+)?\p{Lu}[\p{Ll}’'-]+){0,3})/gu;
const NOT_A_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|His|Her|Their|Our|Its|Your|My|Which|What|Order|Question|Mr|Ms|Mrs|President|Prime|Minister|Chairman|Secretary|General|Russian|Chinese|American|English|Western|European|Soviet|Eurasian|Asian|Asia-Pacific|Belt|One|BRICS|SCO|G20|Year|Day|Summit|Forum|Plenary|Session|Council|Conference|Assembly|Committee|Congress|Parliament|Government|State Duma|Duma|Senate|House|Ukraine|Taiwan|Gaza|Syria|Iran|Korea|North Korea|Russia|China|Asia|Europe|Africa|America|Eurasia|Asia-Pacific|Far East|Middle East|Arctic)\b/;

const PLACE_NOUN_AFTER = /^\s+(?:capital|city|port|town|resort|region|province|republic)\b/;

/** The place a sentence names for the meeting ("Moscow, Kremlin"), or null. */
export function placeIn(text: string): string | null {
  for (const m of text.matchAll(PLACE)) {
    const place = m[1]!.trim();
    if (NOT_A_PLACE.test(place) || /⟦/.test(place)) continue;
    // "in the Kazakh capital": a word that names a place's country, not the place.
    if (PLACE_NOUN_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    return place === 'Kremlin' ? 'Moscow, Kremlin' : place;
  }
  return null;
}

/** A letter, telegram or message: written, not a call or a meeting. */
export const WRITTEN = /\b(?:message|messages|telegram|letter|letters|greetings card|condolences|sent (?:a|his|her)|cable)\b/i;

/** Words that put the time of a report in the same day as its publication. */
export const SAME_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|just now)\b/i;
export const PREVIOUS_DAY =
  /\b(?:yesterday|last night|the day before(?! yesterday)|the previous day|the previous day['’]s|the day before['’]s)\b/i;
export const TWO_DAYS_AGO = /\bthe day before yesterday\b/i;
/** Recency without a day: the latest call is the one just reported. */
export const RECENT = /\b(?:latest|just|newest)\b/i;

/** Time named but not as a day: the sentence is about then, not the day of publication. */
export const VAGUE_TIME =
  /\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|many)\s+(?:weeks?|months?|years?|decades?)\s+ago|last (?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)|(?:in|since|during|back in)\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|(?:the\s+)?(?:spring|summer|autumn|fall|winter))|\b(?:19|20)\d{2}\b|earlier this (?:year|month)|in the past|over the (?:past|last) (?:few|several|\d+)|many times|several times|\d+ times|(?:five|four|three|two|ten|twenty|thirty) times|times a year|regularly|often|always|frequently|every year|each year|more than (?:\d+|twenty|once)|repeatedly)\b/i;
