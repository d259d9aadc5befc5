/**
 * Question forms that lexical search misses: "how long" is answered by a duration ("lasted a little
 * over an hour"), "how much … grow" by a change ("have doubled"), "how many times" by a count or an
 * ordinal ("met 24 times", "the third meeting", "for the first time since"), "when" by a date ("on
 * August 21", "in 2001", "yesterday"), "who" by a person's name. The words that only say the form
 * ("how many times") are not searched. Each form then does two things, in English words of that kind
 * and never of any archive:
 * - words of the answer's kind ("times", "hours", the months) are searched beside the question's own,
 *   each for part of a word, so that paragraphs of that kind are among those ranked;
 * - the answer's shape: among the best hits, a paragraph with a sentence of that shape that holds one
 *   of the question's own words (for a name, anywhere in the paragraph) weighs more
 *   (`preferAnswerShapes`), and the words of that shape are marked, so its excerpt shows them.
 */
import { splitSentences } from '../events/sentences';
import { KNOWN_SPEAKERS } from '../quotes/speakers';
import type { ParagraphHit } from '../search/search-paragraphs';
import { queryTerms, termsOf } from '../search/terms';
import { reweighed } from './summit-first';

export interface QuestionForm {
  kind: 'duration' | 'change' | 'count' | 'date' | 'person';
  /** Words of the answer's kind, searched beside the question's own. */
  words: string;
  /** Where a sentence holds an answer of this kind (global: every match is one). */
  shape?: RegExp;
}

const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a dozen|dozens of|hundreds of)`;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))`;
/** What is counted when people ask how many times two leaders met, called, visited. */
const OCCASIONS = String.raw`(?:times?|trips?|visits?|meetings?|calls?|conversations?|talks|summits?|contacts?|rounds?|sessions?|encounters?)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const UNIT = String.raw`(?:minutes?|hours?|days?|weeks?|months?|years?)`;

const COUNT = new RegExp(
  [
    String.raw`\b${NUMBER}(?:\s+(?:more|other|separate|bilateral|official|state|personal|face-to-face|telephone|phone))?\s+${OCCASIONS}\b`,
    String.raw`\b(?:the|this|our|their|his|its|a)\s+${ORDINAL}\s+(?:[\p{L}-]+\s+)?${OCCASIONS}\b`,
    String.raw`\bfor the ${ORDINAL} time\b`,
    String.raw`\btwice\b|\bonce (?:a|per|every)\b|\bevery (?:year|month|week|day)\b|\b(?:annual(?:ly)?|yearly)\b`,
  ].join('|'),
  'giu',
);
const DATE = new RegExp(
  [
    String.raw`\b(?:\d{1,2}\s+)?${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]|20)\d\d)?\b`,
    String.raw`\b(?:on\s+)?${WEEKDAY}\b`,
    String.raw`\b(?:in|since|of|by|until|from|before|after)\s+(?:1[89]|20)\d\d\b`,
    String.raw`\b(?:yesterday|tomorrow|the day before|\d+ ${UNIT} ago|(?:last|next) (?:week|month|year|spring|summer|autumn|winter))\b`,
  ].join('|'),
  'gu',
);
const DURATION = new RegExp(
  [
    // "a week after", "two days before": when, not how long.
    String.raw`\b(?:(?:${NUMBER}|a|an|half an?|several|a few|a couple of)\s+(?:and a half\s+)?${UNIT})\b(?!\s+(?:after|before|ago|later|earlier|since)\b)`,
    String.raw`\blast(?:ed|ing)\b`,
    String.raw`\b(?:hour|minute|day|week)-long\b`,
  ].join('|'),
  'giu',
);
const CHANGE = new RegExp(
  [
    String.raw`\b(?:doubled|tripled|quadrupled|halved|(?:two|three|four|ten)fold|\d[\d.,]*-fold)\b`,
    String.raw`\b\d[\d.,]*\s*(?:%|percent\b|per cent\b)`,
    String.raw`\b(?:increased|decreased|grew|rose|fell|dropped|declined|climbed|jumped|was up|were up|was down|were down) by\b`,
  ].join('|'),
  'giu',
);
/** A run of capitalised words ("President of China Media Group Shen Haixiong" gives "China Media Group Shen Haixiong"). */
const NAME = /\b\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+)+\b/gu;
/** Capitalised words that are no part of a person's name: titles, places and bodies, and sentence openers. */
const NOT_A_NAME = new Set(
  (
    'The A An In On At Of For And But Or As By To From With This That These Those It We I You He She They Our Their His Her Its ' +
    'Mr Mrs Ms Dr Sir Madam President Prime Minister Deputy Vice Chairman Chairwoman Premier Secretary General Foreign Defence Defense ' +
    'Presidential Aide Press Director Head Governor Mayor Ambassador Speaker Senator Representative King Queen Prince Emperor Chancellor ' +
    'Russia Russian Russians China Chinese Beijing Moscow Kremlin State States United Union Nations European Republic People Peoples ' +
    'National International Federal Council Committee Commission Forum Ministry Government Assembly Party Federation Organisation ' +
    'Organization Bank University Centre Center Institute Agency Corporation Company Group Summit Year Day Order Treaty Agreement ' +
    'Economic Eastern Western Northern Southern Far East West North South New Great Grand Saint St Supreme Security Cooperation ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Question Answer Excellency Yes No Thank Thanks Good Dear Friends Colleagues'
  ).split(' '),
);
/** The two leaders are named in nearly every paragraph of their summits' coverage: naming them says nothing of who. */
const LEADER_WORDS = new Set(
  KNOWN_SPEAKERS.filter((s) => s.name === 'Xi Jinping' || s.name === 'Vladimir Putin').flatMap((s) => s.name.split(' ')),
);

/** Verbs of speech ("call", "state", "note" are nouns as often: only their past counts). */
const SPEECH =
  'say|says|said|tell|tells|told|claim|claims|claimed|mention|mentioned|stated|called|describe|described|warn|warned|propose|proposed|' +
  'insist|insisted|stress|stressed|emphasi[sz]e|emphasi[sz]ed|argue|argued|noted|pledge|pledged|vow|vowed|blame|blames|blamed|' +
  'accuse|accused|praise|praised|critici[sz]e|critici[sz]ed|speak|speaks|spoke|declare|declared|announce|announced|reply|replied|' +
  'answered|asked|suggest|suggested|added|wrote|quoted';

/** Each form: how a question asks in it, and the words that only say the form (not searched). */
const FORMS: Array<{ asks: RegExp; says: RegExp; form: QuestionForm }> = [
  { asks: /\bhow long\b/i, says: /\bhow long\b/gi, form: { kind: 'duration', words: 'lasted hour hours minutes', shape: DURATION } },
  {
    asks: /\bhow (?:much|many|fast|far)\b.*\b(?:grow|grew|grown|rise|rose|risen|increase|increased|fall|fell|drop|dropped|change|changed|up|down)\b/i,
    says: /\bhow (?:much|many|fast|far)\b/gi,
    form: { kind: 'change', words: 'doubled tripled percent increased grew rose fell', shape: CHANGE },
  },
  {
    asks: /\bhow many times\b|\bhow often\b|\bhow many (?:meetings|calls|visits|trips|conversations|summits)\b/i,
    says: /\bhow many times\b|\bhow often\b|\bhow many\b/gi,
    form: { kind: 'count', words: 'second third fourth fifth times', shape: COUNT },
  },
  {
    asks: /^\s*(?:since )?when\b|\b(?:what|which) (?:date|day|year|month)\b/i,
    says: /\b(?:what|which) (?:date|day|year|month)\b/gi,
    form: { kind: 'date', words: 'January February March April May June July August September October November December', shape: DATE },
  },
  // "Who said …?" is answered by a speaker, often a leader and often named only by a transcript's
  // label: no name in the text tells the answer there, so only other questions about a person count.
  {
    asks: new RegExp(`^\\s*(?:who|whom)\\b(?!.*\\b(?:${SPEECH})\\b)`, 'i'),
    says: /^\s*(?:who|whom)\b/gi,
    form: { kind: 'person', words: '', shape: NAME },
  },
];

/** The forms a question asks in. */
export function formsOf(question: string): QuestionForm[] {
  return FORMS.filter((f) => f.asks.test(question)).map((f) => f.form);
}

/** The question without the words that only say its form ("how many times", "how long"). */
export function withoutForms(question: string): string {
  return FORMS.filter((f) => f.asks.test(question)).reduce((q, f) => q.replace(f.says, ' '), question);
}

/** How much a word of the answer's kind counts, searched beside the question's own: part of a word, as a variant does. */
export const FORM_WORD_WEIGHT = 0.5;

/**
 * The words of the answers' kind, as index terms searched beside `searched` (the question's own) with
 * the part of a word each counts for; none the question has itself.
 */
export function formWords(forms: readonly QuestionForm[], searched: readonly string[]): Map<string, number> {
  const words = forms.map((f) => f.words).join(' ');
  return new Map(queryTerms(words).terms.flatMap((t) => (searched.includes(t) ? [] : [[t, FORM_WORD_WEIGHT] as const])));
}

/** How much more a paragraph weighs when it answers in the question's form: as much as a summit's coverage does. */
export const SHAPE_WEIGHT = 2;
/** How many of the best hits are looked at (each look reads a paragraph). */
const LOOK_AT = 50;

/** A run of capitalised words cut into the persons' names it holds: two or more words, none a title, place or body. */
function personNames(run: string): string[] {
  const names: string[][] = [[]];
  for (const word of run.split(/[ -]/)) {
    if (NOT_A_NAME.has(word.replace(/['’]s?$/, ''))) names.push([]);
    else names[names.length - 1]!.push(word);
  }
  return names.filter((n) => n.length >= 2 && n.length <= 4 && !n.some((w) => LEADER_WORDS.has(w))).map((n) => n.join(' '));
}

/**
 * The pieces of a sentence that have the form's shape and say something the question does not ("in
 * 2017" does not answer "when … in 2017?"); for a person, names other than the question's and the leaders'.
 */
function shaped(form: QuestionForm, sentence: string, asked: ReadonlySet<string>): string[] {
  if (!form.shape) return [];
  const found = [...sentence.matchAll(form.shape)].map((m) => m[0].trim()).filter(Boolean);
  const pieces = form.kind === 'person' ? found.flatMap(personNames) : found;
  const news = (piece: string) => queryTerms(piece).terms.some((t) => !asked.has(t));
  return pieces.filter((p) => (form.kind === 'person' ? !queryTerms(p).terms.some((t) => asked.has(t)) : news(p)));
}

/** The question's own terms, each with how much it tells (its rarity; 1 each when not given). */
export type AskedTerms = ReadonlyMap<string, number>;

/** The terms, each weighing 1. */
export function evenly(terms: Iterable<string>): AskedTerms {
  return new Map([...terms].map((t) => [t, 1]));
}

/**
 * The words of a paragraph that answer the question's form: those of its sentence of the answer's
 * shape that holds most of the question's own terms (by weight; at least one). Empty when there is none.
 */
export function answerWords(text: string, forms: readonly QuestionForm[], terms: AskedTerms): string[] {
  if (forms.length === 0 || terms.size === 0) return [];
  const asked = new Set(terms.keys());
  const sentences = splitSentences(text);
  // A person is often named in the sentence before or after the one that matches ("I am Sophie
  // Shevardnadze. I am glad to moderate …"): the paragraph is enough for a name.
  const persons = forms.filter((f) => f.kind === 'person');
  const named = persons.length > 0 ? persons.flatMap((f) => sentences.flatMap((s) => shaped(f, s, asked))) : [];
  if (named.length > 0 && termsOf(text).some((t) => asked.has(t))) return named;
  let best: string[] = [];
  let most = 0;
  const unnamed = forms.filter((f) => f.kind !== 'person' && f.shape);
  if (unnamed.length === 0) return [];
  for (const sentence of sentences) {
    const words = unnamed.flatMap((f) => shaped(f, sentence, asked));
    if (words.length === 0) continue;
    const held = [...new Set(termsOf(sentence))].reduce((sum, t) => sum + (terms.get(t) ?? 0), 0);
    if (held > most) [best, most] = [words, held];
  }
  return best;
}

/** The terms of the words that answer the form (marked in the excerpt), or none. */
export function answerTerms(text: string, forms: readonly QuestionForm[], terms: AskedTerms): string[] {
  return answerWords(text, forms, terms).flatMap((w) => queryTerms(w).terms);
}

/**
 * The hits, those among the best whose paragraph answers in the form the question asks weighed up;
 * best first, stable for equal scores. `terms` are the question's own (not the form's added words).
 */
export function preferAnswerShapes(hits: readonly ParagraphHit[], forms: readonly QuestionForm[], terms: AskedTerms): ParagraphHit[] {
  if (!forms.some((f) => f.shape)) return [...hits];
  const out = hits.map((h, i) => (i < LOOK_AT && answerWords(h.text, forms, terms).length > 0 ? reweighed(h, h.score * SHAPE_WEIGHT) : h));
  return out.sort((a, b) => b.score - a.score);
}
