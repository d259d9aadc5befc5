/**
 * An article read as a person reads a release or a transcript: its title, the narration before any
 * speaker, and the speakers' turns — who speaks each sentence (Putin, Xi, a reporter asking), whether
 * it is a question, and the lines that only address the audience ("Mr Xi Jinping, friends,").
 */
import { splitSentences } from './sentences';
import type { Leader } from './leaders';

/** What the timeline reads of an article. `speakers` and `dropped` come from cleaning when it gives them. */
export interface ArticleText {
  id: string;
  title: string;
  published: string | null;
  paragraphs: string[];
  speakers?: Array<string | null>;
  dropped?: Array<{ text: string; rule: string }>;
}

export interface ReadSentence {
  /** 0-based paragraph, or null for the title. */
  paragraph: number | null;
  text: string;
  /** The one of the two who speaks it, if either does. */
  speaker: Leader | null;
  /** A reporter's (or interviewer's) question. */
  question: boolean;
  /** Narration: the title, or a paragraph before any speaker's turn. */
  narration: boolean;
  /** The title or the first paragraph of the narration. */
  lead: boolean;
  /** A line that only addresses people ("President Bolsonaro, Prime Minister Modi, President Xi Jinping,"). */
  salutation: boolean;
}

/** "President of Russia Vladimir Putin:", "Question:", "MS. JEAN-PIERRE:", "Xi Jinping (retranslated):". */
const LABEL =
  /^((?:[\p{Lu}][\p{L}’'.-]*|of|the|and|de|al)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|of|the|and|de|al)){0,10})(?:\s*\([\p{Ll} ]{2,30}\))?\s*:\s*/u;
const Q_LABEL = /^(?:Q|Question|QUESTION)(?:\.|:)?(?:\s+|$)/;
/** A turn that starts inside a wrapped paragraph: "MS. JEAN-PIERRE: …", "Q …". */
const TURN_IN_SENTENCE = /^(?:Q(?:\.|:)?\s+|(?:MR|MS|MRS|DR)\.?\s+[A-Z][A-Z'’-]+:\s*|THE PRESIDENT:\s*|[A-Z][A-Z'’. -]{2,40}:\s+)/;
const SALUTATION_PART =
  /^(?:(?:my |our )?(?:dear|dearest|esteemed|distinguished|respected)\s+)?(?:(?:Mr|Mrs|Ms|Madam|Your|His|Her)\.?\s+)?(?:[\p{Lu}][\p{L}’'.-]*(?:\s+(?:of|the|and|[\p{Lu}][\p{L}’'.-]*)){0,9}|ladies and gentlemen|friends|colleagues|comrades|everyone|guests|participants|prime ministers of [\p{L} ]+|heads of (?:state|delegations)[\p{L} ]*)$/iu;

/** Is a line only a form of address? (Each comma-separated part names someone or an audience.) */
export function isAddressLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 240 || !/[,:!]$/.test(t)) return false;
  const parts = t
    .slice(0, -1)
    .split(/\s*,\s*/)
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => SALUTATION_PART.test(p));
}

function leaderOfLabel(label: string): Leader | null {
  if (/\bPutin\b/.test(label)) return 'P';
  if (/\bXi\b|\bXi Jinping\b/.test(label)) return 'X';
  return null;
}

interface Turn {
  speaker: Leader | null;
  question: boolean;
  /** Any speaker at all (a transcript turn), as opposed to narration. */
  speech: boolean;
}

/** The article's sentences with who speaks them, oldest first; the title first. */
export function readTurns(article: ArticleText): ReadSentence[] {
  const out: ReadSentence[] = [];
  out.push({ paragraph: null, text: article.title, speaker: null, question: false, narration: true, lead: true, salutation: false });
  let turn: Turn = { speaker: null, question: false, speech: false };
  let narrationParagraphs = 0;
  article.paragraphs.forEach((raw, paragraph) => {
    let text = raw.replace(/\u00a0/g, ' ');
    const given = article.speakers?.[paragraph];
    if (given != null) turn = turnOf(given);
    else {
      const label = labelOf(text);
      if (label) {
        turn = turnOf(label.label);
        text = text.slice(label.length);
      }
    }
    const isLead = !turn.speech && narrationParagraphs === 0;
    if (!turn.speech) narrationParagraphs += 1;
    if (isAddressLine(text)) {
      out.push({ paragraph, text, speaker: turn.speaker, question: false, narration: !turn.speech, lead: false, salutation: true });
      return;
    }
    for (let sentence of splitSentences(text)) {
      const inner = TURN_IN_SENTENCE.exec(sentence);
      if (inner && paragraph >= 0) {
        const label = inner[0].replace(/[:\s]+$/, '');
        turn = /^Q\b/.test(label) ? { speaker: null, question: true, speech: true } : turnOf(label);
        sentence = sentence.slice(inner[0].length);
        if (!sentence.trim()) continue;
      }
      if (/^(?:MR|MS|MRS|DR)\.$/.test(sentence.trim())) continue;
      out.push({
        paragraph,
        text: sentence,
        speaker: turn.speaker,
        question: turn.question || /\?\s*["”’]?\s*$/.test(sentence),
        narration: !turn.speech,
        lead: isLead,
        salutation: false,
      });
    }
  });
  return out;
}

function labelOf(text: string): { label: string; length: number } | null {
  const q = Q_LABEL.exec(text);
  if (q) return { label: 'Q', length: q[0].length };
  const m = LABEL.exec(text);
  if (!m || m[0].length > 100 || /\d/.test(m[1]!)) return null;
  const label = m[1]!;
  // A speaker's label names a role or a person (two capitalised words at least), not "Kyiv:" or "Note:".
  if (
    !/\b(?:President|Minister|Premier|Secretary|Chairman|Question|Answer|Putin|Xi|Mr|Ms|Mrs|Governor|Director|Spokesman|Spokesperson|Moderator|Adviser|Advisor|Aide|Ambassador|Chancellor|King|Emir|Rector|Representative|Senator)\b/i.test(
      label,
    ) &&
    label.split(/\s+/).length < 2
  )
    return null;
  return { label, length: m[0].length };
}

function turnOf(label: string): Turn {
  if (/^(?:Q|Question|QUESTION|Reporter|Journalist)\b/.test(label) || /\bQuestion\b/.test(label))
    return { speaker: null, question: true, speech: true };
  return { speaker: leaderOfLabel(label), question: false, speech: true };
}

/** Lines cleaning dropped as forms of address: who was addressed is still evidence of who was there. */
export function droppedAddressLines(article: ArticleText): string[] {
  return (article.dropped ?? []).filter((d) => /salutation|address/i.test(d.rule)).map((d) => d.text);
}
