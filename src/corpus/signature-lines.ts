/**
 * Lines that sign or date a release rather than say anything: "THE WHITE HOUSE, June 13, 2022.",
 * "JOSEPH R. BIDEN JR.", "WASHINGTON, D.C.", "June 13, 2022", "2:28 P.M. EST", "END 3:40 P.M. EDT".
 */
import { isTitleCased } from './text-shape';

export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})`;

const SHAPES: RegExp[] = [
  // A date alone, in brackets or not.
  new RegExp(String.raw`^[([]?${DATE}[)\]]?\.?$`, 'i'),
  // A clock time with its zone, opening or closing ("END") a transcript.
  /^(?:END\s+)?\d{1,2}:\d{2}\s*(?:[AP]\.?\s?M\.?)?\s*(?:[A-Z]{2,5})?\.?$/i,
  // An institution or place in capitals, with a comma and a date or alone: "THE WHITE HOUSE, June 13, 2022."
  new RegExp(String.raw`^\p{Lu}[\p{Lu} .'’-]{2,40},(?:\s*${DATE})?\.?$`, 'u'),
];

/**
 * A place with a dotted code, after the venue or alone: "WASHINGTON, D.C.", "East Room Washington,
 * D.C.". Not "Ann Arbor, MI" or "Acme, LLC": lines of that shape are items of lists as often as datelines.
 */
const PLACE = /^\p{Lu}[\p{L}\d .'’-]{2,80},\s+(?:\p{Lu}\.){2,3}$/u;

/** Two to five words in capitals, and nothing else: cheap to test on every short line. */
const CAPITALS = /^\p{Lu}[\p{Lu}'’.-]*,?(?:\s+\p{Lu}[\p{Lu}'’.-]*,?){1,4}$/u;

/** A signature: a name in capitals with an initial or a suffix ("JOSEPH R. BIDEN JR.", "DONALD J. TRUMP"). */
function isSignature(t: string): boolean {
  if (!CAPITALS.test(t)) return false;
  const words = t.split(/\s+/);
  return (
    !words.some((w) => /^(?:OF|THE|AND|FOR|TO|IN|ON|A)$/.test(w)) && words.some((w) => /^(?:\p{Lu}\.|JR\.?|SR\.?|II|III|IV)$/u.test(w))
  );
}

export function isSignatureOrDateline(text: string): boolean {
  return SHAPES.some((re) => re.test(text)) || isSignature(text) || (PLACE.test(text) && isTitleCased(text.replace(/,/g, '')));
}

const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?`;
const STAMP_DATE = String.raw`(?:${DATE}|\d{1,2}-${MONTH}-\d{4}|\d{4}/\d{2}/\d{2}|\d{1,2}/\d{1,2}/\d{4})`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{2,5}|GMT[+-]\d{1,2}))?`;
const STAMP_PREFIX = String.raw`(?:(?:last\s+)?updated|last\s+update|published|posted|first\s+published|last\s+modified)(?:\s+on|\s+at)?\s*:?\s*`;
/**
 * When a page was published or updated, alone on its line: "2023-03-17 15:30", "Updated 19:31,
 * 16-May-2024", "Wed 15 Jun 2022 13.48 BST", "Published: June 15, 2022". The article's own dates are
 * in its sentences; such a line is the page's, and a sentence read after it must not take its day.
 */
const TIMESTAMP = new RegExp(
  String.raw`^(?:${STAMP_PREFIX}(?:${WEEKDAY}\s+)?(?:${STAMP_DATE}(?:,?\s+(?:at\s+|-\s+)?${CLOCK})?|${CLOCK},?\s+${STAMP_DATE})|(?:${WEEKDAY}\s+)?(?:${STAMP_DATE},?\s+(?:at\s+|-\s+)?${CLOCK}|${CLOCK},?\s+${STAMP_DATE}))\.?$`,
  'i',
);

export function isTimestamp(text: string): boolean {
  return TIMESTAMP.test(text);
}
