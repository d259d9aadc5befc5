/**
 * Who a piece of text names as a possible speaker: a known speaker by any of their names, a leader by
 * role ("the Russian leader") when the article names that leader, or a pronoun (resolved later).
 * People not in the table are found only beside a verb of speech (see frames.ts).
 */
import { allMatches } from '../corpus/all-matches';
import { KNOWN_SPEAKERS, LEADER_ROLES, sideOfTitle, type KnownSpeaker } from './speakers';
import type { Side } from './types';

export interface Mention {
  start: number;
  end: number;
  /** Display name; empty for an unresolved pronoun. */
  speaker: string;
  side: Side;
  person: boolean;
  kind: 'known' | 'role' | 'generic' | 'pronoun';
  /** A pronoun's word: "he" or "she". */
  pronoun?: string;
}

const edge = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

const KNOWN: ReadonlyArray<{ speaker: KnownSpeaker; re: RegExp }> = KNOWN_SPEAKERS.map((speaker) => ({
  speaker,
  re: new RegExp(edge([...speaker.aliases].sort((a, b) => b.length - a.length).join('|')), 'gu'),
}));
const ROLES = LEADER_ROLES.map((r) => ({ leader: r.leader, re: new RegExp(`${edge(r.pattern)}(?!\\s+\\p{Lu})`, 'gu') }));
const PRONOUN = /(?<![\p{L}])(?:he|He|she|She)(?![\p{L}])/gu;

/** The known speakers an article names anywhere (so that roles can stand for them). */
export function speakersNamedIn(paragraphs: readonly string[]): Set<string> {
  const named = new Set<string>();
  // The global expressions of findMentions, each search from the start: a second set made without
  // the flag cost as much to make as the first (~10 ms at every start of a command that finds quotes).
  const anywhere = (re: RegExp, p: string) => {
    re.lastIndex = 0;
    const found = re.test(p);
    re.lastIndex = 0;
    return found;
  };
  for (const { speaker, re } of KNOWN) if (paragraphs.some((p) => anywhere(re, p))) named.add(speaker.name);
  return named;
}

/** Mentions in `text`, left to right; where two overlap the longer wins. */
export function findMentions(text: string, named: ReadonlySet<string>): Mention[] {
  const found: Mention[] = [];
  for (const { speaker, re } of KNOWN) {
    for (const m of allMatches(re, text))
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        speaker: speaker.name,
        side: speaker.side,
        person: speaker.person,
        kind: 'known',
      });
  }
  for (const { leader, re } of ROLES) {
    if (!named.has(leader)) continue;
    const side = KNOWN_SPEAKERS.find((s) => s.name === leader)!.side;
    for (const m of allMatches(re, text))
      found.push({ start: m.index, end: m.index + m[0].length, speaker: leader, side, person: true, kind: 'role' });
  }
  for (const m of allMatches(PRONOUN, text))
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      speaker: '',
      side: 'other',
      person: true,
      kind: 'pronoun',
      pronoun: m[0].toLowerCase(),
    });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** Capitalised words that start sentences or name days and titles, never a speaker on their own. */
const NOT_A_NAME = new Set(
  (
    'The This That These Those It He She They We I You A An In On At But And Or As After Before During While When If Since According Last Next Just Both Such Ahead Despite Amid ' +
    'Speaking Meanwhile However Also Then There Here His Her Their Its Our Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December President Minister Foreign Prime Premier Chinese Russian American Western European State Spokesman Spokeswoman Spokesperson Mr Mrs Ms Dr ' +
    'Leader Leaders Officials Official Analysts Experts Sources Reports Report Critics Observers Both All Some Many Most ' +
    'PM Ambassador Chancellor Secretary Governor Mayor Envoy Commissioner Senator Deputy Vice Chairman Chairwoman Rais'
  ).split(' '),
);
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
/** Lower-case words inside a name: "Ursula von der Leyen", "Abdullah bin Zayed", "Luiz Inácio Lula da Silva". */
const PARTICLE = /^(?:von|van|der|de|da|di|du|del|della|dos|das|bin|ibn|al|el|la|le)$/;

/** The name in `words`, title words before it dropped; at most three words besides its particles. */
function nameFrom(words: string[]): string | null {
  while (words.length && NOT_A_NAME.has(words[0]!.replace(/[.’']s?$/, ''))) words.shift();
  const named = words.filter((w) => !PARTICLE.test(w)).length;
  return named > 0 && named <= 3 ? words.join(' ') : null;
}

/**
 * The people `paragraphs` name in full (two or three capitalised words, titles left out) with `word` as
 * their first or last name: "Shehbaz Sharif" for "Shehbaz", "Vassily Nebenzia" for "Nebenzia".
 */
export function fullNamesWith(paragraphs: readonly string[], word: string): Set<string> {
  const found = new Set<string>();
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    String.raw`(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’-]*\s+){0,3}${escaped}(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?![\p{L}'’-])`,
    'gu',
  );
  for (const p of paragraphs) {
    for (const m of p.matchAll(re)) {
      const words = m[0].split(/\s+/);
      const at = words.indexOf(word);
      // The name is the word and the capitalised words right beside it that are no title.
      let from = at;
      // A possessive is no first name ("Russia's Nebenzia").
      while (from > 0 && !NOT_A_NAME.has(words[from - 1]!) && !/['’]s$/.test(words[from - 1]!)) from -= 1;
      let to = at + 1;
      while (to < words.length && !NOT_A_NAME.has(words[to]!)) to += 1;
      const name = words.slice(from, to);
      if (name.length >= 2 && name.length <= 3 && (name[0] === word || name[name.length - 1] === word)) found.add(name.join(' '));
    }
  }
  return found;
}

/** A person named right before `end` ("… Joe Biden| said"), with the title words before the name. */
export function nameBefore(text: string, end: number): Mention | null {
  const head = text.slice(0, end).replace(/\s+$/, '');
  const words = head.split(/\s+/);
  const name: string[] = [];
  let named = 0;
  // Back from the verb over capitalised words, stopping at a title ("U.S. President| Joe Biden").
  while (words.length && named < 3) {
    const word = words[words.length - 1]!;
    const isName = NAME_WORD.test(word) && !NOT_A_NAME.has(word);
    // A particle before a word of the name ("Ursula von der| Leyen", "…,” von der| Leyen said").
    const particle = named > 0 && PARTICLE.test(word);
    if (!isName && !particle) break;
    name.unshift(words.pop()!);
    if (isName) named += 1;
  }
  const speaker = nameFrom(name);
  if (!speaker) return null;
  const start = head.length - speaker.length;
  const title = words.slice(-4).join(' ');
  return { start, end: head.length, speaker, side: sideOfTitle(title), person: true, kind: 'generic' };
}

/** A person named right after `start` ("said| Joe Biden"). */
export function nameAfter(text: string, start: number): Mention | null {
  const tail = text.slice(start);
  const lead = tail.length - tail.trimStart().length;
  const words = tail.trimStart().split(/\s+/);
  const name: string[] = [];
  for (const [i, w] of words.entries()) {
    const bare = w.replace(/[,.;:]+$/, '');
    // A particle inside the name: a word of the name after it ("said Ursula von der Leyen").
    const particle =
      name.length > 0 &&
      bare === w &&
      PARTICLE.test(w) &&
      NAME_WORD.test((words.slice(i + 1).find((x) => !PARTICLE.test(x)) ?? '').replace(/[,.;:]+$/, ''));
    if ((!NAME_WORD.test(bare) && !particle) || name.filter((x) => !PARTICLE.test(x)).length >= 4) break;
    name.push(bare);
    if (bare !== w) break;
  }
  const speaker = nameFrom(name);
  if (!speaker) return null;
  const at = start + lead + tail.trimStart().indexOf(speaker);
  return { start: at, end: at + speaker.length, speaker, side: sideOfTitle(name.join(' ')), person: true, kind: 'generic' };
}
