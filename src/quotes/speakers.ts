/**
 * The speakers Summit knows by name: the two leaders, officials who speak for them, institutions and
 * state media. Anyone else named as a speaker is kept under the name the article gives, side `other`
 * unless a Chinese or Russian title stands before the name.
 */
import type { Side } from './types';

export interface KnownSpeaker {
  name: string;
  side: Side;
  /** A person (a pronoun may refer to them) or an institution (never). */
  person: boolean;
  /** Ways articles write the name (regex sources, matched as whole words, case-sensitive). */
  aliases: string[];
  /** A person "she" refers to (any other person is "he"). */
  she?: true;
}

export const KNOWN_SPEAKERS: readonly KnownSpeaker[] = [
  { name: 'Xi Jinping', side: 'Chinese', person: true, aliases: ['Xi Jinping', 'Jinping', 'Xi'] },
  {
    name: 'Vladimir Putin',
    side: 'Russian',
    person: true,
    aliases: ['Vladimir Putin', 'Vladimir Vladimirovich Putin', 'Vladimir V\\. Putin', 'Putin'],
  },
  { name: 'Dmitry Peskov', side: 'Russian', person: true, aliases: ['Dmitry Peskov', 'Dmitri Peskov', 'Peskov'] },
  { name: 'Yuri Ushakov', side: 'Russian', person: true, aliases: ['Yuri Ushakov', 'Yury Ushakov', 'Ushakov'] },
  { name: 'Sergei Lavrov', side: 'Russian', person: true, aliases: ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov'] },
  { name: 'Maria Zakharova', side: 'Russian', person: true, aliases: ['Maria Zakharova', 'Zakharova'], she: true },
  { name: 'Mikhail Mishustin', side: 'Russian', person: true, aliases: ['Mikhail Mishustin', 'Mishustin'] },
  { name: 'Dmitry Medvedev', side: 'Russian', person: true, aliases: ['Dmitry Medvedev', 'Medvedev'] },
  { name: 'Wang Yi', side: 'Chinese', person: true, aliases: ['Wang Yi'] },
  { name: 'Wang Wenbin', side: 'Chinese', person: true, aliases: ['Wang Wenbin'] },
  { name: 'Zhao Lijian', side: 'Chinese', person: true, aliases: ['Zhao Lijian'] },
  { name: 'Hua Chunying', side: 'Chinese', person: true, aliases: ['Hua Chunying'], she: true },
  { name: 'Mao Ning', side: 'Chinese', person: true, aliases: ['Mao Ning'], she: true },
  { name: 'Qin Gang', side: 'Chinese', person: true, aliases: ['Qin Gang'] },
  { name: 'Li Keqiang', side: 'Chinese', person: true, aliases: ['Li Keqiang'] },
  { name: 'Li Qiang', side: 'Chinese', person: true, aliases: ['Li Qiang'] },
  { name: 'Joe Biden', side: 'other', person: true, aliases: ['Joe Biden', 'Biden'] },
  { name: 'Donald Trump', side: 'other', person: true, aliases: ['Donald Trump', 'Trump'] },
  { name: 'John Kirby', side: 'other', person: true, aliases: ['John Kirby', 'Kirby'] },
  { name: 'Karine Jean-Pierre', side: 'other', person: true, aliases: ['Karine Jean-Pierre', 'Jean-Pierre'], she: true },
  { name: 'Jen Psaki', side: 'other', person: true, aliases: ['Jen Psaki', 'Psaki'], she: true },
  {
    name: 'Chinese Foreign Ministry',
    side: 'Chinese',
    person: false,
    aliases: [
      '(?:the )?Chinese [Ff]oreign [Mm]inistry',
      "China's [Ff]oreign [Mm]inistry",
      '(?:the )?[Ff]oreign [Mm]inistry (?:of|in) (?:China|Beijing)',
    ],
  },
  {
    name: 'Russian Foreign Ministry',
    side: 'Russian',
    person: false,
    aliases: [
      '(?:the )?Russian [Ff]oreign [Mm]inistry',
      "Russia's [Ff]oreign [Mm]inistry",
      '(?:the )?[Ff]oreign [Mm]inistry (?:of|in) (?:Russia|Moscow)',
    ],
  },
  { name: 'the Kremlin', side: 'Russian', person: false, aliases: ['(?:the )?Kremlin'] },
  { name: 'Xinhua', side: 'Chinese', person: false, aliases: ['Xinhua(?: [Nn]ews [Aa]gency)?'] },
  { name: 'CCTV', side: 'Chinese', person: false, aliases: ['CCTV', 'China Central Television'] },
  { name: 'CGTN', side: 'Chinese', person: false, aliases: ['CGTN'] },
  { name: 'Global Times', side: 'Chinese', person: false, aliases: ['(?:the )?Global Times'] },
  { name: "People's Daily", side: 'Chinese', person: false, aliases: ["(?:the )?People's Daily"] },
  {
    name: 'Chinese state media',
    side: 'Chinese',
    person: false,
    aliases: ["(?:Chinese|Beijing|China's)(?:'s)? state(?:-run|-controlled|-owned)? (?:media|television|TV|broadcaster|news agency)"],
  },
  {
    name: 'Russian state media',
    side: 'Russian',
    person: false,
    aliases: [
      "(?:Russian|Moscow|Russia's)(?:'s)? state(?:-run|-controlled|-owned)? (?:media|television|TV|broadcaster|news agency)",
      'Russian television',
    ],
  },
  { name: 'TASS', side: 'Russian', person: false, aliases: ['TASS', 'Tass'] },
  { name: 'RIA Novosti', side: 'Russian', person: false, aliases: ['RIA Novosti', 'RIA'] },
  { name: 'Interfax', side: 'Russian', person: false, aliases: ['Interfax'] },
  { name: 'Beijing', side: 'Chinese', person: false, aliases: ['Beijing', 'the Chinese side', 'the Chinese government'] },
  { name: 'Moscow', side: 'Russian', person: false, aliases: ['Moscow', 'the Russian side', 'the Russian government'] },
  { name: 'China', side: 'Chinese', person: false, aliases: ['China'] },
  { name: 'Russia', side: 'Russian', person: false, aliases: ['Russia'] },
];

/** Countries are mentioned as subjects ("China has firmly asserted itself …") but speak only through people and institutions. */
export const NOT_A_VOICE: ReadonlySet<string> = new Set(['China', 'Russia']);

/**
 * Roles that stand for a leader when the article names that leader: "the Russian leader said" is Putin
 * in an article about Xi and Putin, and never in one that does not name him.
 */
export const LEADER_ROLES: ReadonlyArray<{ pattern: string; leader: string }> = [
  { pattern: "(?:[Tt]he |[Hh]is |[Hh]er )?(?:Chinese|China's) (?:[Pp]resident|[Ll]eader|head of state|counterpart)", leader: 'Xi Jinping' },
  {
    pattern: "(?:[Tt]he |[Hh]is |[Hh]er )?(?:Russian|Russia's) (?:[Pp]resident|[Ll]eader|head of state|counterpart)",
    leader: 'Vladimir Putin',
  },
];

/** Words before a name that put its speaker on a side ("Chinese Foreign Ministry spokesman Wang …"). */
export function sideOfTitle(title: string): Side {
  const chinese = /\b(?:Chinese|China's|Beijing)\b/.test(title);
  const russian = /\b(?:Russian|Russia's|Kremlin|Moscow)\b/.test(title);
  return chinese === russian ? 'other' : chinese ? 'Chinese' : 'Russian';
}

const byName = new Map(KNOWN_SPEAKERS.map((s) => [s.name, s]));

export function knownSpeaker(name: string): KnownSpeaker | undefined {
  return byName.get(name);
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The speaker a person means by what they typed (`xi`, `Putin`, `kremlin`, `wang wenbin`), among the
 * known speakers and `others` (names found in the archive); null when none fits.
 */
export function speakerNamed(typed: string, others: Iterable<string> = []): string | null {
  const want = fold(typed);
  if (!want) return null;
  for (const s of KNOWN_SPEAKERS) {
    if (
      fold(s.name) === want ||
      s.aliases.some((a) => new RegExp(`^(?:${a})$`, 'i').test(want) || new RegExp(`^(?:${a})$`, 'i').test(`the ${want}`))
    )
      return s.name;
  }
  const names = [...others].sort();
  return names.find((n) => fold(n) === want) ?? names.find((n) => fold(n).split(' ').includes(want)) ?? null;
}

const SHE = new Set(KNOWN_SPEAKERS.filter((s) => s.she).map((s) => s.name));
const PERSONS = new Set(KNOWN_SPEAKERS.filter((s) => s.person).map((s) => s.name));
/** Whether a pronoun ("he" or "she") can stand for a speaker: any, but a known person of the other pronoun. */
export const pronounFits = (pronoun: string, speaker: string): boolean =>
  !PERSONS.has(speaker) || /^she$/i.test(pronoun) === SHE.has(speaker);
