/**
 * Reads a whole article for evidence of contacts between Xi and Putin: every sentence (title,
 * narration, each speaker's turn, the lines that address the audience) is marked for who it names,
 * read for a contact, told apart from questions about what might happen, and dated — by its own
 * words, by the sentence it continues, or, in a release's narration, by the day of publication.
 */
import { isNotAReport, tenseOf, type Tense } from './claim-tense';
import { withoutDateline } from '../corpus/dateline';
import { dayIn, type DayRead } from './find-event-date';
import { recalledOn } from './grouped-event';
import { addDays, daysBetween } from '../corpus/calendar-date';
import { findContacts, presenceInAddress, type Contact } from './find-contacts';
import { leadersNamed, markLeaders, namesIn, type Leader, type LeaderContext } from './leaders';
import { droppedAddressLines, readTurns, type ArticleText, type ReadSentence } from './read-turns';
import { summitDays } from './summit-days';
import { formatIn, GATHERING, hostSummitIn, isCall, placeIn, RECENT, summitIn, VAGUE_TIME, WRITTEN } from './summit-language';
import type { ArticleClaim, EventFormat } from './types';

/** Xi led China from November 2012: before, "the Chinese leader" is someone else. */
const XI_IN_OFFICE = '2012-11-15';
/** Cheap tests: could the sentence name either leader, by name or role, or by a pronoun that stands for one? */
const NAMES_ONE =
  /\bXi\b|Jinping|Putin|(?:Chinese|Russian|PRC|China['’]s|Russia['’]s)\s+(?:President|leader|counterpart|colleague|head)|(?:President|Chairman|head of state) of (?:the )?(?:Russia|China|People|PRC)|leaders|presidents|heads of state|summit/;
const PRONOUN = /\b(?:he|He|him|his|they|their|them)\b/;
const MAY_DATE =
  /January|February|March|April|May|June|July|August|September|October|November|December|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|morning|afternoon|evening|\bdays? ago|day before|previous day|\d{4}-\d{2}-\d{2}/i;
const PAST_VERB = /\b(?:arrived|met|held|had|took|attended|visited|was|were|came|went|spoke|talked|discussed|\w+ed)\b/;
const SAME_DAY_AS_BEFORE = /\b(?:on the same day|the same day|that day|on that day|then)\b/i;
const NARRATION_DAYS = 6;
/** "held talks last week", "met earlier this month": a contact of days before the story, which is not of its own day. */
const TOLD_AS_RECENT = /\b(?:last|earlier this)\s+(?:week|month)\b/i;
const CONTACT_WORD = /\b(?:met|meet|meeting|talks|talked|spoke|call|conversation)\b/i;
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

/** Asked of a whole article: `includes` rules most out far faster than the pattern can. */
function namesEarlierChineseLeader(whole: string): boolean {
  return (whole.includes('Hu Jintao') || whole.includes('Jiang Zemin')) && /\b(?:Hu Jintao|Jiang Zemin)\b/.test(whole);
}

/** Every claim of a contact, a co-presence or Putin at a summit that the article makes. */
export function readClaims(article: ArticleText): ArticleClaim[] {
  const whole = [article.title, ...article.paragraphs, ...droppedAddressLines(article), ...new Set(article.speakers ?? [])].join('\n');
  const names = namesIn(whole);
  // "The Chinese President" is Xi when the article names him, or once he holds office, unless it names another holder.
  const xiRoles = !namesEarlierChineseLeader(whole) && (names.xi || (article.published !== null && article.published >= XI_IN_OFFICE));
  const putinRoles = names.putin && !names.otherRussianPresident;
  const pairWords =
    (whole.includes('Xi') && whole.includes('Putin') && /\bXi[-–]Putin\b|\bPutin[-–]Xi\b/.test(whole)) ||
    (xiRoles &&
      putinRoles &&
      /\bleaders of (?:Russia and China|China and Russia)\b|\b(?:Russian and Chinese|Chinese and Russian) (?:leaders|presidents)\b|\b(?:Russian|Russia|Chinese|China)\s*[-–—]\s*(?:Chinese|China|Russian|Russia) summit\b/i.test(
        whole,
      ));
  const mayPair =
    pairWords ||
    ((names.xi ||
      (xiRoles && /Chinese (?:President|leader)|President of (?:the People['’]s Republic of )?China|PRC President/.test(whole))) &&
      (names.putin || putinRoles));
  const addressed = droppedAddressLines(article).map((text): ReadSentence => ({
    paragraph: null,
    text,
    speaker: null,
    question: false,
    narration: false,
    lead: false,
    salutation: true,
  }));
  const opening = `${article.title} ${article.paragraphs.slice(0, 2).join(' ')}`;
  if (
    !mayPair &&
    !(
      summitIn(opening) &&
      (/\bPutin\b|President of Russia|Russian President|The President\b/.test(opening) ||
        (article.speakers ?? []).some((l) => l !== null && /\bPutin\b/.test(l)))
    )
  )
    return [];
  const sentences = [...readTurns(article), ...addressed];
  // The lead: the narration's first sentence, or the first paragraph's when the article is all speech.
  const lead = (sentences.find((s) => s.paragraph !== null && s.narration) ?? sentences.find((s) => s.paragraph === 0))?.text ?? '';
  const putinEvent =
    /\bPutin\b|President of Russia|Russian President|The President\b/.test(`${article.title} ${lead}`) ||
    sentences.some((s) => s.speaker === 'P');
  // A release announcing a trip speaks of the future throughout; a written message's text dates nothing to its day.
  const announces =
    (/\bwill\b|\bto (?:visit|take part|attend|hold)\b|\bahead of\b/i.test(article.title) &&
      !SAYS_WHAT_WILL.test(article.title) &&
      !HELD_AHEAD_OF.test(article.title)) ||
    (/\bwill\b/.test(firstSentence(lead)) && !/\b(?:met|held|had|took part|attended|visited)\b/.test(firstSentence(lead)));
  const message =
    WRITTEN.test(`${article.title} ${firstSentence(lead)}`) &&
    !/\b(?:call|phone|telephone|conversation|met|meeting|talks)\b/i.test(`${article.title} ${firstSentence(lead)}`);
  const setting = { xiRoles, putinRoles, putinEvent, lead, title: article.title, published: article.published, announces, message };
  const claims: ArticleClaim[] = [...summitDays(sentences, setting, article)];
  if (!mayPair) return claims;

  let lastNamed: Leader | null = null;
  let previousSubject: Leader | null = null;
  let pairBefore = false;
  let pairSeen = -1;
  // The contact told as last week's or earlier this month's ("who held talks last week").
  let toldAsRecent = false;
  // A sentence's day is read only when a claim needs it: reading one (chrono-node) is slow, and few sentences state a contact.
  const days = new Map<number, DayRead | null>();
  const dayOf = (i: number): DayRead | null => {
    if (!days.has(i)) {
      const text = sentences[i]!.text;
      days.set(i, MAY_DATE.test(text) ? dayIn(text, article.published, speaksAhead(text)) : null);
    }
    return days.get(i)!;
  };
  // The last sentence before that gives a day: this one may continue it ("On May 14–15, the President will… He will also meet…").
  const lastDayBefore = (index: number): LastDay | null => {
    for (let i = index - 1; i >= 0; i -= 1) {
      const day = dayOf(i);
      const { text, paragraph } = sentences[i]!;
      if (day) return { day, future: /\bwill\b|\bshall\b/i.test(text), past: PAST_VERB.test(text), paragraph, index: i };
    }
    return null;
  };
  sentences.forEach((s, index) => {
    if (!NAMES_ONE.test(s.text) && !((s.speaker !== null || lastNamed !== null || pairBefore) && PRONOUN.test(s.text))) {
      pairBefore = false;
      previousSubject = /^\s*(?:The\s+)?(?:President|Russian President|Russian leader)\b/.test(s.text) && putinRoles ? 'P' : null;
      return;
    }
    const pairNamed = pairSeen >= 0 && index - pairSeen <= 3;
    const ctx: LeaderContext = {
      xiRoles,
      putinRoles,
      speaker: s.speaker,
      addressee: s.question ? addresseeOf(sentences, index) : null,
      lastNamed,
      previousSubject,
      pairBefore,
      pairNamed,
    };
    const marked = markLeaders(withoutDateline(s.text), ctx);
    const named = leadersNamed(marked);
    const previous = sentences[index - 1];
    const before = previous && previous.paragraph === s.paragraph && previous.paragraph !== null ? previous.text : undefined;
    const found = named.length
      ? claimsOf(
          s,
          marked,
          article,
          setting,
          () => dayOf(index),
          () => lastDayBefore(index),
          index,
          before,
          toldAsRecent,
        )
      : [];
    claims.push(...found);
    const claim = found[0] ?? null;
    // A sentence-initial "He" continues the sentence before only when one of the two was its subject.
    const first = /^\s*(?:[^,⟦]{0,60},\s*)?(?:[\p{L}’'-]+\s+){0,2}?⟦([XP])⟧/u.exec(marked)?.[1];
    previousSubject = first === 'X' || first === 'P' ? first : null;
    const pair = named.includes('X') && named.includes('P') && !marked.includes('⟦L⟧');
    pairBefore = claim !== null && claim.relation === 'bilateral' && pair;
    if (pair) pairSeen = index;
    if (pair && TOLD_AS_RECENT.test(s.text) && CONTACT_WORD.test(s.text)) toldAsRecent = true;
    // "him" looks back to a third person: the speaker's own "I" does not count.
    const third = named.filter((l) => l !== s.speaker);
    if (third.length) lastNamed = third[third.length - 1]!;
    if (
      s.lead &&
      !s.question &&
      !found.length &&
      named.includes('X') &&
      named.includes('P') &&
      !setting.message &&
      !setting.announces &&
      article.published &&
      !claims.some((c) => c.what === 'named')
    ) {
      claims.push({
        what: 'named',
        relation: 'bilateral',
        tense: 'past',
        date: article.published,
        dateFrom: 'header',
        how: `the release's lead names both: the day of publication ${article.published}`,
        strength: 'strong',
        paragraph: s.paragraph,
        sentence: s.text,
        rule: 'a release of the day naming both',
      });
    }
  });
  const held = heldAsItsCall(claims);
  return held.some((c) => c.what === 'contact' || c.what === 'presence') ? held.filter((c) => c.what !== 'named') : held;
}

/**
 * A contact the article does not say how it was held, on a day it reports a call between the two, is
 * that call told again ("agreed on Monday to extend the treaty", "Dear friend, Chairman Xi" opening
 * the video call): the two cannot also have met in person that day.
 */
function heldAsItsCall(claims: ArticleClaim[]): ArticleClaim[] {
  const reported = (c: ArticleClaim) => c.date !== undefined && c.tense !== 'future';
  const calls = claims.filter((c) => c.what === 'contact' && c.relation === 'bilateral' && isCall(c.format) && reported(c));
  if (calls.length === 0) return claims;
  return claims.map((c) => {
    if ((c.what !== 'contact' && c.what !== 'presence') || c.format || c.relation !== 'bilateral' || !reported(c)) return c;
    const call = calls.find((k) => k.date! <= (c.end ?? c.date!) && c.date! <= (k.end ?? k.date!));
    return call ? { ...c, what: 'contact', format: call.format } : c;
  });
}

/** "Putin, Xi hold talks in Kremlin ahead of Victory Day": a headline's present tense reports talks held before an occasion. */
const HELD_AHEAD_OF =
  /\b(?:hold|holds|held|meet|meets|met|talk|talks|speak|speaks|spoke)\b(?![^,;:]*\b(?:will|to (?:visit|take part|attend|hold))\b)[^,;:]*\bahead of\b/i;

/** "Xi tells Putin China will keep backing Russia": the title's future is in the words it reports, not a trip it announces. */
const SAYS_WHAT_WILL =
  /\b(?:tells?|told|says?|said|vows?|vowed|pledges?|pledged|assures?|assured|warns?|warned|promises?|promised|insists?|insisted|urges?|urged)\b[^.;:]*\bwill\b/i;

interface Setting {
  /** The release announces a trip: its narration's undated claims are plans. */
  announces: boolean;
  /** The article is a written message: its text is no report of the day it is dated. */
  message: boolean;
  xiRoles: boolean;
  putinRoles: boolean;
  putinEvent: boolean;
  lead: string;
  title: string;
  published: string | null;
}

/** Whom a reporter's question addresses: the speaker of the answer that follows, if one of the two. */
function addresseeOf(sentences: ReadSentence[], index: number): Leader | null {
  for (let i = index + 1; i < sentences.length && i < index + 40; i++) {
    const s = sentences[i]!;
    if (!s.question) return s.speaker;
  }
  return null;
}

const rank = (c: Contact, tense: Tense) => (tense === 'future' ? 4 : 0) + (c.presence ? 2 : 0) + (c.relation === 'several' ? 1 : 0);

type LastDay = { day: DayRead; future: boolean; past: boolean; paragraph: number | null; index: number };

/**
 * The sentence's claims: its best contact (a reported one before an announced one) and, when the
 * sentence also shows the two at a gathering in another tense ("He has met with Xi, who is also
 * attending the summit"), that co-presence.
 */
function claimsOf(
  s: ReadSentence,
  marked: string,
  article: ArticleText,
  setting: Setting,
  ownDay: () => DayRead | null,
  lastDay: () => LastDay | null,
  index: number,
  before: string | undefined,
  toldAsRecent: boolean,
): ArticleClaim[] {
  if (WRITTEN.test(s.text) && !/\b(?:call|phone|telephone|meet|met|talks|visit)/i.test(s.text)) return [];
  const contacts = s.salutation
    ? [presenceInAddress(marked, s.speaker, setting.putinEvent)].filter((c): c is Contact => c !== null)
    : findContacts(marked, { speaker: s.speaker, putinEvent: setting.putinEvent, ...(before !== undefined ? { before } : {}) });
  const read = contacts
    .filter((c) => !isNotAReport(marked, c))
    .map((c) => ({ c, tense: s.salutation ? ('present' as Tense) : tenseOf(marked, c) }))
    .sort((a, b) => rank(a.c, a.tense) - rank(b.c, b.tense) || a.c.at - b.c.at);
  // A contact said of "many times" or "in July" gives way to one the sentence reports.
  const vagueAt = (c: Contact) => VAGUE_TIME.test(marked.slice(Math.max(0, c.at - 80), c.at + 60));
  read.sort((a, b) => Number(vagueAt(a.c)) - Number(vagueAt(b.c)));
  const contact = read.find((r) => !r.c.presence);
  const presence = read.find((r) => r.c.presence);
  const chosen = contact ? [contact, ...(presence && presence.tense !== contact.tense ? [presence] : [])] : presence ? [presence] : [];
  return chosen.map((r) => claimOf(s, marked, article, setting, ownDay(), lastDay(), index, r, toldAsRecent));
}

function claimOf(
  s: ReadSentence,
  marked: string,
  article: ArticleText,
  setting: Setting,
  weekdayDay: DayRead | null,
  lastDay: LastDay | null,
  index: number,
  best: { c: Contact; tense: Tense },
  toldAsRecent: boolean,
): ArticleClaim {
  const ownDay = nearerWeekday(weekdayDay, best.tense, article.published);
  const c =
    best.c.presence &&
    best.c.relation === 'bilateral' &&
    (GATHERING.test(`${setting.title} ${setting.lead}`) || summitIn(`${setting.title} ${setting.lead}`))
      ? { ...best.c, relation: 'several' as const }
      : best.c;
  const tense: Tense = (setting.announces && s.narration && !ownDay) || ownDay?.dateFrom === 'announced' ? 'future' : best.tense;
  const narrationLead = s.narration && !s.question && (s.paragraph === null || s.paragraph < NARRATION_DAYS);
  const summit = summitIn(s.text) ?? (narrationLead || c.presence ? summitIn(`${setting.title} ${setting.lead}`) : null);
  const host = hostSummitIn(s.text) ?? (narrationLead || c.presence ? hostSummitIn(`${setting.title} ${setting.lead}`) : null);
  const place = placeIn(s.text.replace(/⟦.⟧/g, '')) ?? (narrationLead || c.presence ? placeIn(setting.lead) : null);
  // "in 2015", "many times", "in July" near the words that state it: not a report of any one day.
  const vague = VAGUE_TIME.test(marked.slice(Math.max(0, c.at - 80), c.at + 60)) && !ownDay;
  const { day, strength } = dayOfClaim({
    s,
    marked,
    c,
    tense,
    vague,
    // A story that told the contact as last week's is not of its own day after that.
    narrationLead: narrationLead && !toldAsRecent,
    ownDay,
    lastDay,
    index,
    published: article.published,
    message: setting.message,
  });
  // The lead says how the article's own contact was held; a contact of weeks before it ("weeks after Xi hosted Putin on Feb. 4") is another.
  const recalled = day !== null && article.published !== null && recalledOn(day.end ?? day.date, article.published);
  const format = formatOf(s, c, article, narrationLead && !recalled);
  const visit = /\b(\w+)-day\s+(?:state\s+|official\s+|working\s+)?visit\b/i.exec(s.text);
  const nth = /\b(first|second|third|fourth|fifth)\s+day\s+of\b/i.exec(s.text);
  return {
    what: c.presence ? 'presence' : 'contact',
    relation: c.relation,
    ...(format ? { format } : {}),
    ...(summit ? { summit } : {}),
    ...(host && host !== summit ? { host } : {}),
    ...(place ? { place } : {}),
    tense,
    ...(day ? { date: day.date, ...(day.end ? { end: day.end } : {}), dateFrom: day.dateFrom, how: day.how, strength } : {}),
    ...(vague ? { vague: true as const } : {}),
    ...(visit && ORDINALS[visit[1]!.toLowerCase()] ? { visitDays: ORDINALS[visit[1]!.toLowerCase()] } : {}),
    ...(nth ? { visitDay: ORDINALS[nth[1]!.toLowerCase()] } : {}),
    paragraph: s.paragraph,
    sentence: s.text,
    rule: c.rule,
    ...(s.question ? { question: true as const } : {}),
  };
}

/** What the sentence says happened; a release's lead may say it for its narration ("…by videoconference"). */
function formatOf(s: ReadSentence, c: Contact, article: ArticleText, narrationLead: boolean): EventFormat | null {
  if (c.relation === 'trilateral') return 'trilateral';
  if (c.relation === 'several' && c.presence) return 'multilateral';
  const own = formatIn(s.text);
  if (own) return own;
  if (/\bcalls?\b/i.test(c.predicate)) return 'phone call';
  // A release's lead may say how its narration's contact was held ("…by videoconference"); a visit's format it does not lend.
  const lead = narrationLead ? formatIn(`${article.title} ${article.paragraphs.slice(0, 2).join(' ')}`) : null;
  return lead === 'phone call' || lead === 'video call' ? lead : null;
}

const firstSentence = (text: string) => /^[^.!?]*[.!?]?/.exec(text)?.[0] ?? text;

/** Days apart beyond which "on Thursday" in the present tense is the next Thursday, not the last. */
const NEARER_WEEKDAY_DAYS = 3;
/**
 * "Putin arrives in Beijing on Thursday" in a story of Wednesday: a weekday with a present tense is the
 * nearer one, here the next; a past tense keeps the last ("met on Thursday").
 */
function nearerWeekday(day: DayRead | null, tense: Tense, published: string | null): DayRead | null {
  if (!day || tense !== 'present' || day.dateFrom !== 'weekday' || !published || daysBetween(day.date, published) <= NEARER_WEEKDAY_DAYS)
    return day;
  const date = addDays(day.date, 7);
  return { date, dateFrom: 'announced', how: `${day.how}: in the present tense the nearer one, ${date}` };
}

const FUTURE_WORD = /\bwill\b|\bshall\b|\bnext\b|\bupcoming\b/i;
const CONTACT_DONE = /\b(?:held|met|spoke|talked|had)\b/;
/** A sentence that speaks ahead: a future word, not one after a contact it reports ("held talks on Friday and invited him for next spring"). */
function speaksAhead(text: string): boolean {
  const ahead = FUTURE_WORD.exec(text);
  if (!ahead) return false;
  const done = CONTACT_DONE.exec(text);
  return !(done && done.index < ahead.index);
}

/** "came a week after Putin met Xi", "since they met": a contact in a clause timed by another event is not of the day the release narrates. */
const TIMED_BY_OTHER = /\b(?:after|before|since|until)\b[^,;:.]*$/i;
/** "At that meeting, Xi and Putin pledged…": the occasion is one the text has already named, not the day of publication. */
const THAT_OCCASION =
  /\b(?:at|during|in|after|since)\s+(?:that|those|the same)\s+(?:meeting|meetings|summit|visit|call|talks|conversation|time|event)\b|\bat the time\b/i;

/**
 * The day a claim gives: the sentence's own; the day of the sentence it continues in the same tense
 * ("arrived the day before. He has met with…", "On the same day…"); the day of publication for a
 * release's narration (strong) or for a present tense, a "latest" or an address line (weak in a
 * question); a present tense with "yesterday" spans yesterday to publication.
 */
function dayOfClaim(x: {
  s: ReadSentence;
  marked: string;
  c: Contact;
  tense: Tense;
  vague: boolean;
  narrationLead: boolean;
  ownDay: DayRead | null;
  lastDay: LastDay | null;
  index: number;
  published: string | null;
  message: boolean;
}): { day: DayRead | null; strength?: 'strong' | 'weak' } {
  const { s, marked, c, tense, vague, narrationLead, ownDay, lastDay, index, published } = x;
  const future = tense === 'future';
  let day: DayRead | null = ownDay && (!future || ownDay.dateFrom === 'announced' || ownDay.date > (published ?? '')) ? ownDay : null;
  let strength: 'strong' | 'weak' | undefined = day ? 'strong' : undefined;
  // The sentence before gives the day when this one continues it in the same tense ("arrived the day before. He has met with…").
  const sameTense = future ? lastDay?.future : lastDay?.past ? tense === 'past' : !lastDay?.future;
  const continues = lastDay !== null && lastDay.index === index - 1 && (lastDay.paragraph === s.paragraph || s.narration);
  // "came a week after Putin met Xi", "At that meeting": an occasion timed by another, or named before, has no day of the text around it.
  const elsewhen = TIMED_BY_OTHER.test(marked.slice(Math.max(0, c.at - 80), c.at)) || THAT_OCCASION.test(s.text);
  if (!day && lastDay && !vague && !elsewhen && sameTense && (SAME_DAY_AS_BEFORE.test(s.text) || continues)) {
    day = { ...lastDay.day, how: `${lastDay.day.how}, from the sentence before` };
    strength = 'strong';
  }
  if (!day && !vague && !future && published && !x.message) {
    // "Statements … following Russian-Chinese talks": a release that follows the talks it names is of their day.
    const follows = c.nominal && /\b(?:following|after)\s+(?:the\s+)?(?:⟦B⟧\s+)?$/i.test(marked.slice(Math.max(0, c.at - 40), c.at));
    if (narrationLead && (!c.nominal || follows) && !elsewhen) {
      day = { date: published, dateFrom: 'header', how: `the release's narration: the day of publication ${published}` };
      strength = 'strong';
    } else if (
      (tense === 'present' && !c.nominal) ||
      s.salutation ||
      (RECENT.test(marked.slice(Math.max(0, c.at - 40), c.at + 20)) && !/\blast\s+(?:met|spoke|talked)/i.test(s.text))
    ) {
      day = {
        date: published,
        dateFrom: 'header',
        how: s.salutation
          ? `addressed in a speech of the day of publication ${published}`
          : `${tense === 'present' ? 'the present tense' : '"latest"'}: the day of publication ${published}`,
      };
      strength = s.salutation || (c.presence && !s.question) ? 'strong' : 'weak';
    }
  }
  if (day && s.question && tense === 'present') strength = 'weak';
  // "we see yesterday China is hosting a BRICS business forum": a present tense with yesterday began then and goes on.
  if (
    day &&
    day.dateFrom === 'relative' &&
    published &&
    day.date < published &&
    !day.end &&
    /\b(?:is|are|am)\s+\w+ing\b/.test(s.text) &&
    !future
  )
    day = { ...day, end: published, how: `${day.how}, still going on at publication` };
  return { day, ...(strength ? { strength } : {}) };
}
