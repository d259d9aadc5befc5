/**
 * A photo's caption printed among an article's paragraphs: it says what a picture shows, often in the
 * words of the article's lead ("Xi Jinping holds talks with Vladimir Putin in Moscow, Russia, May 8,
 * 2025."), so kept it would be shown, and dated, as if it were the report. Told by the marks wire
 * services and news sites print with captions, never by the words of one archive.
 */
import { MONTH } from './signature-lines';
import { atMostWords } from './text-shape';

/** Longer than this, a paragraph is prose even when it ends like a caption. */
const CAPTION_WORDS = 70;
/** A caption closing on the day says who does what where: shorter, the line is a dateline ("THE WHITE HOUSE, June 13, 2022."). */
const CAPTION_MIN_WORDS = 7;

/** "Photo: …", "Image caption, …", "Pictured: …": the page says what the line is. */
const SAYS_CAPTION = /^[([]?\s*(?:photo|photograph|picture|image|image caption|caption|pictured|file photo)\s*[:,]\s*\S/i;

/** A credit in brackets closing the caption: "(Xinhua/Li Xueren)", "(AP Photo/Name)", "(Photo by Name/Agency)", "(Name, Pool Photo via AP)". */
const CLOSING_CREDIT =
  /\((?:\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\s*\/\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}|(?:\p{Lu}\w*\s+)?photo(?:\s+by)?\s*[:/]?\s+[^()]{2,60}|[^()]{2,80}\bphoto\s+via\s+[^()]{1,30})\)\.?$/iu;

/**
 * A credit closing the caption without brackets: "Photograph: Name/AP", "Photo: VCG", "© Name/POOL/TASS",
 * "Sputnik/Name/Pool via REUTERS", "… May 16, 2024. /Xinhua".
 */
const TRAILING_CREDIT =
  /(?:[.,;]\s+(?:Photo|Photograph|Picture|Image|Credit)s?\s*:\s*[^.:]{2,80}|©\s*[^.]{2,80}|\.\s+\/\s?\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?|\s\p{Lu}[\p{L}.-]*(?:\/\p{Lu}[^\s/]*(?:\s\p{Lu}[^\s/]*){0,3}){1,4}\s+via\s+\p{Lu}\S*(?:\s\p{Lu}\S*)?)$/u;

/** The agencies whose name alone credits a caption or a story (also furniture.ts's "… with AA"). */
export const AGENCY = String.raw`(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|Xinhua|TASS|Sputnik|Bloomberg|AA|Anadolu|dpa)`;
/** "… in Beijing. Reuters", "… on Feb. 4, 2022. (AFP/File)": an agency's name alone closing a caption. */
const AGENCY_CREDIT = new RegExp(String.raw`(?<=[\p{Ll}\d)]{2})\.\s+(?:${AGENCY}|\(${AGENCY}\s*\/\s*(?:File|Pool|Handout)\))$`, 'u');

/**
 * A one-sentence caption as wire services write it, in the present tense and closing on the day:
 * "Xi Jinping holds talks with Vladimir Putin in Beijing, capital of China, Dec. 15, 2021."
 */
const CLOSING_DAY = new RegExp(String.raw`,\s+${MONTH}\s+\d{1,2},\s+\d{4}\.$`);
/** What a caption says its people do, in the present tense, right after their names: "Xi Jinping holds", "Putin and Xi Jinping attend". */
const SHOWN_DOING =
  /^(?:\S+\s+){0,14}?\S*\p{Lu}[\p{L}'’.-]*,?\s+(?:holds|meets|attends|arrives|talks|shakes|speaks|delivers|poses|walks|reviews|inspects|visits|addresses|chairs|hosts|presides|signs|watches|greets|welcomes|waves|takes|gives|receives|lays|tours|listens|leaves|boards|sits|stands|hold|meet|attend|pose|shake|talk|walk|sign|watch|greet|wave|sit|stand|review|listen|leave|arrive|speak)\b/u;
/** A sentence break inside: a full stop after a word longer than an abbreviation ("Dec.", "U.S.", "Mr."). */
const SENTENCE_BREAK = /\p{L}{5,}[.!?]["”’]?\s+\p{Lu}/u;

/** A caption's credit and day are at its end: the patterns read the last characters only (every paragraph is asked). */
const TAIL = 160;

/** Seventy words are seldom over 600 characters: a longer paragraph is not measured. */
const CAPTION_CHARS = 600;

export function isPhotoCaption(text: string): boolean {
  if (text.length > CAPTION_CHARS) return false;
  if (SAYS_CAPTION.test(text)) return atMostWords(text, CAPTION_WORDS);
  const tail = text.length > TAIL ? text.slice(-TAIL) : text;
  const last = tail.charCodeAt(tail.length - 1);
  const credited =
    (last === 0x29 || (last === 0x2e && tail.charCodeAt(tail.length - 2) === 0x29) ? CLOSING_CREDIT.test(tail) : false) ||
    (/[/©:]/.test(tail) && TRAILING_CREDIT.test(tail));
  if (credited) return atMostWords(text, CAPTION_WORDS);
  // The agency alone: a caption that quotes or says who said something is the story's own paragraph.
  if (AGENCY_CREDIT.test(tail))
    return atMostWords(text, 45) && !atMostWords(text, 6) && !/["“”]/.test(text) && !/\b(?:said|says|told|added|according)\b/.test(text);
  return (
    last === 0x2e &&
    CLOSING_DAY.test(tail) &&
    atMostWords(text, CAPTION_WORDS) &&
    !atMostWords(text, CAPTION_MIN_WORDS) &&
    SHOWN_DOING.test(text) &&
    !/["“”]/.test(text) &&
    !SENTENCE_BREAK.test(text)
  );
}
