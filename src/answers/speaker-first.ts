/** Puts paragraphs where the asked-about speaker speaks (and which match the topic) first. */
import type { Archive } from '../search/archive';
import { queryTerms } from '../search/terms';
import type { ParagraphHit } from '../search/search-paragraphs';

const SPEECH_WORDS =
  'say said tell told claim mention state think promise call describe warn propose insist stress emphasise emphasize argue note pledge vow want report reply words remarks statement comments quote position view account version readout according';

/**
 * Stable: the speaker's paragraphs that match a topic word (or any, when the question has none) first;
 * when the question names summits ("in Osaka"), only those in their coverage (`named`) go first.
 */
export function speakerFirst(
  archive: Archive,
  hits: readonly ParagraphHit[],
  speaker: string,
  terms: readonly string[],
  named: ReadonlySet<number> = new Set(),
): ParagraphHit[] {
  const aside = new Set(queryTerms(`${speaker} ${SPEECH_WORDS}`).terms);
  const topic = terms.filter((t) => !aside.has(t));
  const speaks = (h: ParagraphHit) =>
    (archive.statements.get(h.article) ?? []).some((s) => s.paragraph === h.paragraph && s.speaker === speaker);
  const onTopic = (h: ParagraphHit) => topic.length === 0 || topic.some((t) => h.matched.has(t));
  const inScope = (h: ParagraphHit) => named.size === 0 || named.has(h.article);
  const first = hits.filter((h) => speaks(h) && onTopic(h) && inScope(h));
  return [...first, ...hits.filter((h) => !first.includes(h))];
}
