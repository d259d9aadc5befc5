/**
 * The lines a site prints around every page: its menus and breadcrumbs ("Home | News | Events",
 * "Events › Transcripts"), its language switcher ("Русский | English | 中文"), its buttons and share
 * rows ("Print version", "【Print】【Close】", "Facebook Twitter Print Email"), view counters and
 * "report a typo" notices. A scraper often keeps them as lines of the story's first or last Markdown
 * paragraph, so each such line is also split from the lines around it (split-units.ts) before the
 * furniture rules drop it.
 */

/** A menu's item: one to four words, no sentence of its own (and no figure: "Texas | 4,720" is a table's). */
const ITEM = /^[\p{L}\p{N}][\p{L}\p{N}'’&.,()-]*(?:\s+[\p{L}\p{N}'’&().,-]+){0,3}$/u;
const LANGUAGE =
  /^(?:English|Русский|中文|简体中文|繁體中文|Français|Español|Deutsch|Italiano|Português|العربية|日本語|한국어|Türkçe|Українська|Қазақша|O[‘']zbekcha|Polski|Tiếng Việt|Bahasa(?: Indonesia)?|हिन्दी|Eng|Rus|Chn|EN|RU|ZH|CN|FR|ES|DE|AR)$/u;
/** Where a breadcrumb says it is: "Current Location: Home > Embassy News", "You are here: …". */
const LOCATION = /^(?:current location|your location|location|you are here)\s*[:：]\s*/i;

function isMenu(line: string): boolean {
  // A Markdown table's row ("| 2023 | 240 |") is data.
  if (/^\||\|$/.test(line)) return false;
  const text = line.replace(LOCATION, '');
  const piped = text.includes('|');
  // "Home / Press service / Briefings": slashes are a breadcrumb's only from Home.
  const crumbs = /[›»]|\s>\s/.test(text) || /^home\s+\/\s/i.test(text);
  if (!piped && !crumbs) return false;
  const items = text
    .split(/\s*[|›»]\s*|\s+[>/]\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 2 || items.length > 16 || !items.every((i) => ITEM.test(i) && !/[.!?]$/.test(i) && !/\d/.test(i))) return false;
  // Two items make a menu only as a breadcrumb that says so or starts at Home, or as languages.
  return items.length >= 3 || items.every((i) => LANGUAGE.test(i)) || (crumbs && (LOCATION.test(line) || /^home$/i.test(items[0]!)));
}

/** A page's button and share words; a line made only of them (one at least of the first kind) is a row of buttons. */
const BUTTON =
  /^(?:print|close|share|email|e-mail|mail|facebook|twitter|x|vk|vkontakte|telegram|whatsapp|linkedin|weibo|wechat|reddit|pinterest|ok|odnoklassniki|copy|link|large|medium|small|font|size|a\+|a-|rss|bookmark|save|comments?|search|menu|top)$/i;
const BUTTON_NOUN =
  /^(?:print|close|share|email|e-mail|facebook|twitter|vk|vkontakte|telegram|whatsapp|linkedin|weibo|wechat|reddit|pinterest|search|menu)$/i;
const FONT_SIZE = /^(?:large|medium|small|font|size|a\+|a-)$/i;
/** Buttons and links named in a phrase. */
const BUTTON_PHRASE =
  /^(?:skip to (?:main )?content|skip navigation|back to top|to the top|print(?:able)? version|text version|mobile version|full version|version for the visually impaired|for the visually impaired|accessible version|share (?:this|on)\b[^.?!…—–-]{0,30}|font size\b.{0,20}|send (?:by|via) e-?mail|e-?mail (?:this|to a friend)|send to (?:a )?friend)$/i;

function isButtonRow(line: string): boolean {
  if (BUTTON_PHRASE.test(line)) return true;
  // "Print | Send by e-mail": buttons, each a word or a phrase.
  const parts = line.split(/\s*[|·•]\s*/).filter(Boolean);
  if (parts.length > 1 && parts.some((p) => BUTTON_PHRASE.test(p)) && parts.every((p) => BUTTON_PHRASE.test(p) || isButtonRow(p)))
    return true;
  const words = line
    .replace(/[【】[\]()|·•/:：,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 12 || !words.every((w) => BUTTON.test(w))) return false;
  // "【Large Medium Small】": the font size's buttons.
  return words.some((w) => BUTTON_NOUN.test(w)) || (words.length >= 2 && words.every((w) => FONT_SIZE.test(w)));
}

/** "Views: 1 245", "Reads 3,120". */
const COUNTER = /^(?:views?|reads?|hits|page views|visits)\s*[:：]?\s*\d[\d\s,.]*$/i;
/** "If you find a typo, select it and press Ctrl+Enter". */
const TYPO_NOTICE = /^if you (?:find|found|notice|spot|see)\s+(?:a|an)\s+(?:typo|mistake|error|misprint)\b.{0,80}$/i;

/** What every such line has: a separator, a bracket, or a first word of a button, counter or notice (the cheap tests first). */
const FIRST_WORD =
  /^\s*(?:print|close|share|e-?mail|facebook|twitter|x|vk|telegram|whatsapp|linkedin|weibo|wechat|search|menu|skip|back|to|text|mobile|full|version|for|accessible|font|views?|reads?|hits|page|visits|if|large|copy|rss|top|current|your|location|you)\b/i;
const SEPARATOR = /[|›»【]| > |^Home \/ /;
const hinted = (line: string) => FIRST_WORD.test(line) || SEPARATOR.test(line);

/** A line of the site's own page around the story. */
export function isPageChrome(line: string): boolean {
  if (line.length > 200 || !hinted(line)) return false;
  const text = line.trim();
  if (text.length === 0 || text.length > 160) return false;
  return isMenu(text) || isButtonRow(text) || COUNTER.test(text) || TYPO_NOTICE.test(text);
}
