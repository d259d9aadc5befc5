/**
 * Who a transcript label names (the labels src/corpus lifts out of paragraphs into `Article.speakers`):
 * "President of Russia Vladimir Putin", "Xi Jinping", "MR. KIRBY", "THE PRESIDENT", "Q". A question's
 * label names no speaker: a question is never a statement, whoever it names.
 */
import { findMentions } from './mentions';
import { sideOfTitle } from './speakers';
import type { Side } from './types';

export interface TurnSpeaker {
  speaker: string;
  side: Side;
  /** Someone Summit knows (a leader, an official, the White House podium): may relay another's words. */
  known: boolean;
}

/** Labels of people who ask: reporters, moderators, audiences. */
const QUESTION_LABEL =
  /^(?:Q|Question|Questions|MODERATOR|Moderator|Remark|AUDIENCE(?: MEMBER)?|Audience(?: member)?|Reply|PARTICIPANT|Participant)$/;

/** The White House podium, by the surname its transcripts print in capitals. */
const PODIUM: Record<string, string> = {
  KIRBY: 'John Kirby',
  'JEAN-PIERRE': 'Karine Jean-Pierre',
  PSAKI: 'Jen Psaki',
  SULLIVAN: 'Jake Sullivan',
  BLINKEN: 'Antony Blinken',
  PRICE: 'Ned Price',
  LEAVITT: 'Karoline Leavitt',
};

/** "THE PRESIDENT" and "THE VICE PRESIDENT" by the date of the transcript (terms change on 20 January). */
export function officeHolder(office: 'president' | 'vice', published: string | null): string | null {
  if (!published) return null;
  const terms: Array<[string, string, string]> = [
    ['2021-01-20', 'Joe Biden', 'Kamala Harris'],
    ['2025-01-20', 'Donald Trump', 'JD Vance'],
  ];
  const term = [...terms].reverse().find(([from]) => published >= from);
  return term ? (office === 'president' ? term[1] : term[2]) : null;
}

const titleCase = (w: string) => w.toLowerCase().replace(/(^|[-\s])\p{L}/gu, (c) => c.toUpperCase());

/** Labels of the one who answers: the person the transcript's title names, if it names one. */
const ANSWER_LABEL = /^(?:A|Answer|Answers|ANSWER)$/;

/** The one known person a transcript's title names ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova"), who answers its questions. */
export function titledSpeaker(title: string | undefined): TurnSpeaker | null {
  const persons = title ? findMentions(title, new Set()).filter((m) => m.person && m.kind === 'known') : [];
  const names = new Set(persons.map((m) => m.speaker));
  return names.size === 1 ? { speaker: persons[0]!.speaker, side: persons[0]!.side, known: true } : null;
}

/**
 * The speaker a label names; null for a question's label or one that names nobody Summit can tell.
 * An answer's label ("Answer:") is `answerer`'s, the person the transcript's title names.
 */
export function turnSpeaker(label: string, published: string | null = null, answerer: TurnSpeaker | null = null): TurnSpeaker | null {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (!clean || QUESTION_LABEL.test(clean)) return null;
  if (ANSWER_LABEL.test(clean)) return answerer;
  const person = findMentions(clean, new Set())
    .filter((m) => m.person && m.kind === 'known')
    .pop();
  if (person) return { speaker: person.speaker, side: person.side, known: true };
  const office = /^THE (VICE )?PRESIDENT$/.exec(clean);
  if (office) {
    const holder = officeHolder(office[1] ? 'vice' : 'president', published);
    return holder ? { speaker: holder, side: 'other', known: true } : null;
  }
  const podium = /^(?:MR|MS|MRS|DR)\.? ([A-Z][A-Z'-]+)$/.exec(clean);
  if (podium) {
    const name = PODIUM[podium[1]!];
    return { speaker: name ?? `${titleCase(clean.split(' ')[0]!)} ${titleCase(podium[1]!)}`, side: 'other', known: name !== undefined };
  }
  if (clean === clean.toUpperCase()) return { speaker: titleCase(clean), side: 'other', known: false };
  // "Prime Minister of the Republic of India Narendra Modi": the name is the label's last two words.
  const words = clean.split(' ');
  const speaker = words.length <= 3 ? clean : words.slice(-2).join(' ');
  return { speaker, side: sideOfTitle(words.slice(0, -2).join(' ')), known: false };
}
