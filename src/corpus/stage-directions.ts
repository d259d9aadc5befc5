/**
 * Stage directions in transcripts ("(Applause.)", "(Laughter and applause.)", "(Cross-talk by
 * reporters.)", "(The bill is signed.)"): what happened in the room, not what anyone said, so they
 * are taken out wherever they stand in a paragraph.
 */

/** Sounds and events that a transcript notes in parentheses, in any article. */
const EVENT = String.raw`(?:applause|laughter|laughs|laughing|inaudible|indiscernible|cross-?talk|coughs|clears throat|sneezes|claps|clapping|cheers|cheering|booing|boos|singing|music plays|music|pause|silence|interpreting|as interpreted|no translation provided|technical difficulties|commercial break|audio (?:cuts out|drops|interruption)|off-?mic|in progress)`;
const KNOWN = new RegExp(
  String.raw`\s*\(${EVENT}(?:(?:,|\.|\s+and|\s*&)\s+${EVENT})*(?:\s+(?:by|from|in)\s+[\p{L} ]{1,30}|\s+continues)?[.!]?\)`,
  'giu',
);
/**
 * In a transcript only, any short sentence in parentheses: "(The executive order is signed.)",
 * "(Press departs.)". Outside transcripts such a sentence is the writer's aside and stays.
 */
const NARRATED = /\s*\((?:The |A |An )?\p{Lu}[\p{Ll}’'-]+(?: [\p{L}’'-]+){1,8}\.\)/gu;

/** Where a direction was cut; and a stop after it when the sentence before had already ended. */
const CUT = '\ue000';
const OWN_STOP = /([.!?…]["”’')\]]*(?:\s*\ue000)+)\s*[.,](?=\s|$)/gu;

export interface StageDirectionsRemoved {
  text: string;
  removed: string[];
}

export function removeStageDirections(text: string, inTranscript: boolean): StageDirectionsRemoved {
  if (!text.includes('(')) return { text, removed: [] };
  const removed: string[] = [];
  const cut = (m: string) => {
    removed.push(m.trim());
    return CUT;
  };
  let out = text.replace(KNOWN, cut);
  if (inTranscript) out = out.replace(NARRATED, cut);
  if (removed.length === 0) return { text, removed };
  // "… for a century. (Laughter). Then …": the full stop after the direction was the direction's own.
  out = out.replace(OWN_STOP, '$1').replaceAll(CUT, '');
  // "Tonight — (Applause.) — tonight" leaves two dashes where one pause was.
  const tidy = (t: string) =>
    t
      .replace(/([—–])\s+\1/g, '$1')
      .replace(/\s+([.,;:!?])(?=\s|$)/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
  return { text: tidy(out), removed };
}
