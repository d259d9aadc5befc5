/**
 * Questions about what someone said ("what did Xi say about NATO", "did xi mention ukraine", "the
 * Kremlin's position on …"): the speaker, so that paragraphs where they speak rank first.
 */
import type { Archive } from '../search/archive';
import { speakerNamed } from '../quotes/speakers';

const SPEECH =
  'say|says|said|tell|tells|told|claim|claims|claimed|mention|mentioned|state|stated|think|thinks|thought|promise|promised|call|called|describe|described|warn|warned|propose|proposed|insist|insisted|stress|stressed|emphasi[sz]e|emphasi[sz]ed|argue|argued|note|noted|pledge|pledged|vow|vowed|want|wanted|report|reported|reply|replied';
const FORMS = [
  new RegExp(`\\b(?:did|does|do|has|had|have|was|is|would|will)\\s+(.{1,40}?)\\s+(?:${SPEECH})\\b`, 'i'),
  new RegExp(`\\b(?:what|how|when|where)\\s+(.{1,40}?)\\s+(?:${SPEECH})\\b`, 'i'),
  new RegExp(
    `\\b(?:quotes?|words|remarks|statements?|comments?)\\s+(?:of|from|by)\\s+(.{1,40}?)(?:\\s+(?:about|on|regarding|concerning)\\b|[?.!]|$)`,
    'i',
  ),
  /\b(.{1,40}?)['’]s\s+(?:words|remarks|statements?|comments?|quotes?|position|view|views|account|version|readout)\b/i,
  /\baccording to\s+(.{1,40}?)(?:[,?.!]|\s+(?:about|on|did|does|was|is)\b|$)/i,
];

/** The speaker a question is about, or null when it asks about no one in particular. */
export function speakerOfQuestion(question: string, archive?: Archive): string | null {
  let others: string[] | undefined;
  for (const form of FORMS) {
    const m = form.exec(question);
    if (!m) continue;
    // Read only for a question in one of the forms: the statements are a file a one-shot question need not open.
    others ??= archive ? speakersInArchive(archive) : [];
    // The name is the end of what was captured: "what did the Chinese leader Xi" → "Xi".
    const words = m[1]!.trim().split(/\s+/);
    for (let i = 0; i < words.length; i += 1) {
      const speaker = speakerNamed(words.slice(i).join(' '), others);
      if (speaker) return speaker;
    }
  }
  return null;
}

const cache = new WeakMap<Archive, string[]>();

/** Every speaker name found in the archive's statements. */
export function speakersInArchive(archive: Archive): string[] {
  let names = cache.get(archive);
  if (!names) {
    const set = new Set<string>();
    for (const list of archive.statements.values()) for (const s of list) set.add(s.speaker);
    names = [...set].sort();
    cache.set(archive, names);
  }
  return names;
}
