/**
 * A wire dateline opening a lead: "BEIJING, Dec. 15 (Xinhua) --", "MOSCOW, December 15. /TASS/.",
 * "SAMARKAND. Sept 16 (Interfax) -" (read as two sentences, so the second may open with the day),
 * "MOSCOW, December 30 - RIA Novosti.". It says where and when the story was filed, often the day after
 * what it reports ("…held talks on Thursday"): a sentence is read, and dated, by its own words.
 */
import { MONTH } from '../corpus/signature-lines';

const PLACE = String.raw`\p{Lu}{3,}[\p{Lu}\s.'’/-]*(?:\s*\([^()]{2,30}\))?(?:,\s*\p{Lu}[\p{L}\s.'’()-]{1,30}?)*[,.]\s+`;
const AGENCY = String.raw`(?:\([^()]{2,30}\)\s*(?:--|[-–—])|\/[^/\s]{2,20}\/\.?|[-–—]\s*\p{Lu}[\p{L}\s]{1,30}\.|--|[-–—])`;
const DATELINE = new RegExp(String.raw`^(?:${PLACE})?${MONTH}\s+\d{1,2}\.?\s*${AGENCY}\s+(?=\S)`, 'u');

export function withoutDateline(sentence: string): string {
  return sentence.replace(DATELINE, '');
}
