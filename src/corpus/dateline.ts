/**
 * A wire dateline opening a lead: "BEIJING, Dec. 15 (Xinhua) --", "MOSCOW, December 15. /TASS/.",
 * "SAMARKAND. Sept 16 (Interfax) -" (read as two sentences, so the second may open with the day),
 * "MOSCOW, December 30 - RIA Novosti.", or the place alone ("ASTANA -- "). It says where and when the story was filed, often the day after
 * what it reports ("…held talks on Thursday"): a sentence is read, and dated, by its own words.
 */
import { MONTH } from './signature-lines';

const PLACE = String.raw`\p{Lu}{3,}[\p{Lu}\s.'’/-]*(?:\s*\([^()]{2,30}\))?(?:,\s*\p{Lu}[\p{L}\s.'’()-]{1,30}?)*[,.]\s+`;
const AGENCY = String.raw`(?:\([^()]{2,30}\)\s*(?:--|[-–—])|\/[^/\s]{2,20}\/\.?|[-–—]\s*\p{Lu}[\p{L}\s]{1,30}\.|--|[-–—])`;
const DATELINE = new RegExp(String.raw`^(?:${PLACE})?${MONTH}\s+\d{1,2}\.?\s*${AGENCY}\s+(?=\S)`, 'u');

/** A dateline of the place alone: "ASTANA -- ", "BEIJING (AP) — ", "KAZAN, Russia (Reuters) - " (a leader's name in capitals is no place). */
const PLACE_DATELINE =
  /^(?!(?:VLADIMIR|PUTIN|JINPING)\b)\p{Lu}{3,}(?:[\s'’.-]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^()]{2,30}\)\s*)?(?:--|\s[-–—])\s+(?=\S)/u;

export function withoutDateline(sentence: string): string {
  return sentence.replace(DATELINE, '').replace(PLACE_DATELINE, '');
}

/**
 * The agency a dateline names, with or without a day: "BEIJING, Dec. 15 (Xinhua) --", "BEIJING (AP) —",
 * "(Bloomberg) --", "Samarkand (Uzbekistan) (AFP) –" (the last brackets), "MOSCOW, December 15. /TASS/.",
 * "MOSCOW, December 30 - RIA Novosti.". Null when the lead opens with none.
 */
export function datelineAgency(lead: string): string | null {
  const found = BRACKETED.exec(lead) ?? SLASHED.exec(lead) ?? AFTER_DAY.exec(lead);
  const agency = found?.[1]?.trim();
  // "(Uzbekistan) (AFP)": the agency is in the last brackets; a day in them ("(June 15)") is none.
  return agency && !/\d/.test(agency) && /^\p{Lu}/u.test(agency) ? agency : null;
}

const BRACKETED = /^(?:\p{Lu}[\p{L}\d\s.,'’/()-]{0,80}?)?\(([^()]{2,30})\)\s*(?:--|[-–—])\s/u;
const SLASHED = new RegExp(String.raw`^\p{Lu}{3,}[\p{L}\s,.'’-]*?(?:${MONTH}\s+\d{1,2}\.?\s*)?\/(\p{Lu}{2,}[\p{Lu}-]*)\/\.?\s`, 'u');
const AFTER_DAY = new RegExp(
  String.raw`^\p{Lu}{3,}[\p{L}\s,.'’-]*?${MONTH}\s+\d{1,2}\s+[-–—]\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\.\s`,
  'u',
);
