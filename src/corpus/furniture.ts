/**
 * Page furniture: the parts of a scraped page that are not the article's words. Each rule is general
 * (a shape of text that news sites print around articles), never a string from one archive.
 */
import { atMostWords, endsLikeSentence, isTitleCased, readsLikeHeadline } from './text-shape';
import { isSalutation } from './salutations';
import { isSignatureOrDateline, isTimestamp } from './signature-lines';
import { AGENCY, isPhotoCaption } from './photo-captions';
import { isPageChrome } from './page-chrome';

export interface FurnitureRule {
  rule: string;
  matches(text: string): boolean;
  /** The rule bounds the length itself: a paragraph longer than furniture usually is may still be this. */
  anyLength?: true;
}

const short = (text: string, words: number) => atMostWords(text, words);
/** "By …", "Reporting by …": a byline says it is one. */
const BYLINE_LEAD = /^(by|writing|written by|reporting by|reported by|edited by|words by|text by)\b\s*:?\s+/i;

/** A byline's role: the cheap test of a word before the full shape ("Vincent Ni, China affairs correspondent, and agencies"). */
const BYLINE_ROLE = /correspondent|editor|reporter|writer|bureau chief/;
const ROLE_BYLINE = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+(?:[\p{L}-]+\s+){0,4}(?:${BYLINE_ROLE.source})(?:\s+in\s+\p{Lu}\p{L}+)?(?:,?\s+and\s+(?:agencies|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}))?$`,
  'u',
);

const ADVERTISEMENT =
  /^[([]?(advertisement|advertising|sponsored( content)?|paid (content|post)|story continues below( this)?( advertisement)?|scroll to continue( with content)?|continue reading( below)?|ad)[)\]]?\.?$/i;

/** "© 2023 …", "Copyright © Ministry of Foreign Affairs" ("(c)" alone opens a clause of a legal text). */
export const COPYRIGHT = /^(?:©|copyright\s*(?:©|\(c\)))/i;

/** A table's row is data, never this rule's menu (clean-article.ts). */
export const SITE_MENU = 'site menu or buttons';
/** "DAILY SABAH WITH AA", "Staff writer with agencies": the desk and the agencies it drew on. */
const AGENCY_CREDIT_LINE = new RegExp(String.raw`^(?:[\p{L}.'’-]+\s+){0,4}with\s+(?:agencies|${AGENCY})$`, 'iu');

/** Rules that judge a paragraph on its own. */
export const FURNITURE_RULES: FurnitureRule[] = [
  {
    rule: 'byline',
    matches: (t) => BYLINE_LEAD.test(t) && /^\S+(\s+by)?\s*:?\s+\p{Lu}/u.test(t) && !/[.!?]$/.test(t) && short(t, 14),
  },
  { rule: 'read time', matches: (t) => /^\W*\d+\s*(min|mins|minute|minutes)\.?\s+read\b/i.test(t) && short(t, 6) },
  { rule: 'in this article', matches: (t) => /^(in this (article|story)|contents|table of contents)\s*:?$/i.test(t) },
  {
    rule: 'link to more',
    // "Read more.", "Related stories:" — but "Related talks will be held in May." is a sentence.
    matches: (t) =>
      /^(to know more|know more|read more|read also|also read|see also|more on this|more (?:stories|articles|news)(?: like this)?|related( articles| stories| coverage)?|recommended|most read|more from \w+)\b.{0,40}$/i.test(
        t,
      ) && !endsLikeSentence(t.replace(/:$/, '').replace(/\.$/, (dot) => (short(t, 3) ? '' : dot))),
  },
  {
    rule: 'live-blog link',
    matches: (t) => /^(live|direct|live blog|live updates|follow live|minute by minute)\b/i.test(t) && short(t, 14) && !endsLikeSentence(t),
  },
  {
    rule: 'image credit',
    matches: (t) =>
      /^[([]?\s*(featured |top |main |cover )?(image|photo|picture|photograph|video|graphic|illustration)s?\b\s*(:|via|by|credit|courtesy|source)/i.test(
        t,
      ) && short(t, 14),
  },
  { rule: 'credit line', matches: (t) => /^[([]?\s*(credit|source|photo credit|image credit)(s|\(s\))?\s*:/i.test(t) && short(t, 10) },
  // "[Editor: huaxia]", "(Web editor: Chang Sheng, Liang Jun)", "(China Daily 06/16/2022 page1)".
  { rule: 'editor line', matches: (t) => /^[([]\s*(?:web\s+|chief\s+)?editors?\s*:[^\])]{1,80}[\])]\.?$/i.test(t) },
  { rule: 'print edition line', matches: (t) => /^\([\p{L}' .-]{2,40}\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+page\s*\w{1,4}\)\.?$/iu.test(t) },
  // "[Print] [Close]": a page's buttons.
  { rule: 'page buttons', matches: (t) => /^(?:\[\p{L}[\p{L} ]{0,18}\]\s*){2,6}$/u.test(t) },
  // "Reporting by …; Editing by …", "--With assistance from …": the desk's credits closing a wire story.
  {
    rule: 'reporting credits',
    matches: (t) =>
      /^[-–—\s([]*(?:(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch)\s+by|[Ww]ith\s+assistance\s+from)\s+\p{Lu}/u.test(
        t,
      ) && short(t, 60),
  },
  // "Associated Press writer Ken Moritsugu in Beijing contributed to this report."
  {
    rule: 'contributor line',
    matches: (t) =>
      t.includes('contributed') && /\bcontributed(?:\s+reporting|\s+to\s+this\s+(?:report|story|article))?\.?$/.test(t) && short(t, 25),
  },
  // "©2024 Bloomberg L.P.", "Copyright 2022 The Associated Press. All rights reserved.".
  {
    rule: 'copyright line',
    matches: (t) => (COPYRIGHT.test(t) || (/^copyright\b/i.test(t) && /\b\d{4}\b/.test(t)) || /rights reserved/i.test(t)) && short(t, 20),
  },
  {
    rule: 'reproduction notice',
    matches: (t) =>
      /reproduced|republished|redistributed/.test(t) &&
      /\b(?:may|can|must)\s+(?:not\s+|only\s+)?be\s+(?:reproduced|republished|redistributed)\b/i.test(t) &&
      short(t, 30),
  },
  // "Tags: BRICS, Kazan", "Explore more on these topics: China, Russia".
  {
    rule: 'tag list',
    matches: (t) =>
      /^(?:tags?|topics|filed under|related topics|(?:explore\s+)?more on (?:these|this) topics?)\s*:/i.test(t) && short(t, 40),
  },
  {
    rule: 'story status',
    matches: (t) =>
      /^[([]\s*(developing( story)?|breaking( news)?|updating|update[sd]?|more to follow|this story is developing|this is a developing story)\s*[)\]]\.?$/i.test(
        t,
      ),
  },
  { rule: 'stage direction', matches: (t) => /^\((applause|laughter|crosstalk|inaudible|cross-talk|pause|break)[^)]{0,20}\)\.?$/i.test(t) },
  { rule: 'trust-project line', matches: (t) => short(t, 16) && /\btrust (?:project|principles)\b/i.test(t) },
  {
    rule: 'share prompt',
    matches: (t) =>
      /^(you can\s+)?(share|share this( article| story)?|follow us|subscribe|sign up)\b.{0,60}$/i.test(t) &&
      (!/[.!?]$/.test(t) || short(t, 4)) &&
      short(t, 10),
  },
  // What a page shows while an embedded post loads ("[Loading…](https://twitter.com/…)" once its link is read).
  { rule: 'embed placeholder', matches: (t) => /^(loading|loading (tweet|post|video|content))\s*(…|\.\.\.)?$/i.test(t) },
  { rule: 'time-zone or agency code', matches: (t) => /^\(?[A-Z]{2,5}\)?$/.test(t) },
  { rule: 'separator', matches: (t) => !/[\p{L}\p{N}]/u.test(t) },
  { rule: 'byline', matches: (t) => isNameLine(t) },
  // "Vincent Ni, China affairs correspondent, and agencies".
  {
    rule: 'byline',
    matches: (t) => short(t, 14) && BYLINE_ROLE.test(t) && ROLE_BYLINE.test(t),
  },
  // A wire desk's initials closing a story: "bur-jbr/sbk".
  { rule: 'desk code', matches: (t) => /^[a-z]{2,5}(?:-[a-z]{2,5})*(?:\/[a-z]{2,5}(?:-[a-z]{2,5})*)+$/.test(t) },
  { rule: 'signature or dateline', matches: (t) => short(t, 8) && isSignatureOrDateline(t) },
  { rule: 'salutation', matches: (t) => short(t, 16) && isSalutation(t) },
  // "Also read: Xi and Putin meet in Moscow", "Related | …": a link to another article, with its headline.
  {
    rule: 'read-more teaser',
    matches: (t) =>
      /^(also read|read also|read|read more( here)?|related( articles?| stories| coverage)?|see also|more on this( story)?|recommended|don['’]t miss|watch|listen)\s*[:|–—]\s*\S/i.test(
        t,
      ) && short(t, 30),
  },
  {
    rule: 'advertisement',
    // "Advertisement · Scroll to continue": each part is one.
    matches: (t) => (/[·•|]/.test(t) ? t.split(/\s+[·•|]\s+/) : [t]).every((part) => ADVERTISEMENT.test(part)),
  },
  {
    rule: 'newsletter prompt',
    matches: (t) =>
      /^(subscribe|sign up|sign-up|get|join|register|never miss|want more|don['’]t miss)\b/i.test(t) &&
      (/\b(newsletters?|inbox|digest|get (?:full |unlimited )?access)\b/i.test(t) ||
        (/\b(e-?mails?|alerts|updates)\b/i.test(t) && /\b(our|free|daily|weekly)\b/i.test(t))) &&
      short(t, 40),
  },
  // Judged after the signature and dateline shapes, which name those lines better.
  { rule: 'photo caption', matches: isPhotoCaption, anyLength: true },
  { rule: SITE_MENU, matches: isPageChrome },
  // "Creative Commons Attribution 4.0 International": the page's licence.
  { rule: 'licence line', matches: (t) => /^(?:creative commons|cc[- ]by)\b/i.test(t) && short(t, 10) },
  { rule: 'timestamp', matches: isTimestamp },
  // "Follow Kazinform on Telegram", "Follow the author on Twitter: @name", "Follow Ahram Online on Facebook and X".
  {
    rule: 'social follow',
    matches: (t) =>
      /^follow\s+(?:us|the author|[\p{L}@][\p{L}\p{N}\s.'’&-]{0,40}?)\s+on\s+(?:(?:telegram|twitter|x|facebook|instagram|youtube|vk|whatsapp|threads|tiktok|linkedin|weibo|wechat|google news|bluesky)(?:\s*(?:,|and|&|\/)\s*)?)+(?:\s*:?\s*@\w{2,30})?\.?$/iu.test(
        t,
      ),
  },
  // "Layla Haddad @LaylaHaddad_TN", "Twitter: @name": an author's name or network with their handle.
  {
    rule: 'byline',
    matches: (t) =>
      /^(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}|twitter|x|telegram|instagram|facebook|threads|bluesky)\s*:?\s+@\w{2,30}$/iu.test(
        t,
      ),
  },
  // "Short link: https://…".
  { rule: 'short link', matches: (t) => /^(?:short\s*link|short url|permalink)\s*:\s*\S+$/i.test(t) },
  // "Enditem", "(END)": where a wire story says it ends.
  { rule: 'end mark', matches: (t) => /^[[(]?\s*(?:enditem|end item|end)\s*[\])]?$/i.test(t) },
  { rule: 'agency credit', matches: (t) => AGENCY_CREDIT_LINE.test(t) },
  // "We use cookies to …", "Disclaimer: the views of columnists …".
  {
    rule: 'site notice',
    matches: (t) => (/^(?:we use cookies|this (?:web)?site uses cookies)\b/i.test(t) || /^disclaimer\s*:/i.test(t)) && short(t, 60),
  },
];

/**
 * A name alone on its line ("Anna Petrova", "Blue Room"): a byline or a venue at the top of a page, a
 * signature at its end; among the article's sentences the same shape is a list item or a heading,
 * which `cleanArticle` keeps.
 */
export function isNameLine(t: string): boolean {
  return (
    !BYLINE_LEAD.test(t) &&
    short(t, 4) &&
    !/[.!?,:;"“”]/.test(t) &&
    /^\p{Lu}\p{Ll}[\p{L}'’-]*( \p{Lu}\p{Ll}[\p{L}'’.-]*){1,3}$/u.test(t) &&
    isPersonLike(t)
  );
}

/** Two to four capitalised words with no common nouns of news furniture: a person's name. */
function isPersonLike(t: string): boolean {
  return !/\b(News|Times|Post|Press|Agency|Media|Reuters|Ukraine|Russia|China|War|Asia|Europe|World)\b/.test(t);
}

/** A short Title-Cased label ("Asia.", "War in Ukraine."): furniture only among other furniture. */
export function isSectionLabel(text: string): boolean {
  return short(text, 3) && /\.$/.test(text) && !text.includes(':') && isTitleCased(text) && !/\d/.test(text);
}

/** A headline-shaped paragraph (a teaser to another article) next to a byline is furniture too. */
export function isTeaserHeadline(text: string): boolean {
  return readsLikeHeadline(text);
}

/** A trailing run of short, unpunctuated items: the article's tags. */
export function isTagItem(text: string): boolean {
  return short(text, 4) && !/[.!?,;:"“”]/.test(text);
}

const BIO_ROLE = String.raw`(?:correspondent|reporter|journalist|editor|writer|columnist|contributor|producer|analyst|bureau chief|freelance \p{L}+|photographer)`;
const BIO = new RegExp(
  String.raw`^\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,5}${BIO_ROLE}\s+(?:for|at|with|of|in)\s|(?:covers|reports on|writes about|writes on)\s[^.]{1,120}\s(?:for|at)\s+\p{Lu})`,
  'u',
);

/** "Anna Petrova is a correspondent for …", "John Smith covers energy for …": a bio, at the end of a page. */
export function isAuthorBio(text: string): boolean {
  return short(text, 60) && BIO.test(text);
}
