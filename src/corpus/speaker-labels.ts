/**
 * Transcript speaker labels ("MS. PSAKI:", "Q", "President of Russia Vladimir Putin:", "Xi Jinping
 * (retranslated):"): who speaks a paragraph is data about it, not words of it. A label-shaped opening
 * is read as a speaker only when it names a role, recurs in the article, or stands in a transcript
 * whose other labels do — so a dateline ("Kyiv: …") or a run-in heading ("Text of the Decree:") stays.
 */

export interface LabelShape {
  /** The label as written, without its colon or its "(retranslated)" note. */
  label: string;
  /** The paragraph after the label ('' when the label stands alone). */
  rest: string;
  /** The label carried a translator's note ("(retranslated)", "(via interpreter)"): only speakers have one. */
  noted?: boolean;
}

const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'.\-]*`;
const CONNECTOR = String.raw`(?:of|the|and|for|to|from|at|de|da|del|der|di|du|la|le|van|von|al|bin|ibn)`;
/** "…, moderator Fyodor Lukyanov": a role in lower case after a comma, then the person's name. */
const APPOSITIVE = String.raw`,\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}(?:\s+${CAP_WORD}){2,3}`;
const COLON_LABEL = new RegExp(
  String.raw`^(${CAP_WORD}(?:\s+(?:${CONNECTOR}|${CAP_WORD})){0,15}(?:${APPOSITIVE})?)(\s*\([\p{Ll} ]{2,40}\))?\s*:(?:\s+|$)`,
  'u',
);
const TRANSLATION_NOTE = /retranslat|interpret|translat/;
/** "Q", "Q.", "Q:" before a capital, a quote, a dash or nothing, or "Q–" cutting in: the reporters' questions. */
const Q_LABEL = /^Q(?:\.|:)?(?:\s+(?=[\p{Lu}"“‘(—–-])|(?=[—–]\s*\p{L})|$)/u;
const LONGEST_LABEL = 140;

/** Words that make a label a speaker's on their own: roles, honorifics and the parts of a Q&A. */
const ROLE = new RegExp(
  String.raw`(?:^|[\s-])(?:president|vice|prime|premier|minister|secretary|chairman|chairwoman|chairperson|chair|head|chief|deputy|governor|senator|sen\.|rep\.|representative|congressman|congresswoman|ambassador|director|administrator|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|moderator|question|answer|remark|reply|audience|participant|operator|official|mr\.?|mrs\.?|ms\.?|dr\.?|king|queen|prince|emir|sheikh|patriarch|chancellor|mayor|ceo|commissioner|commander|general|admiral|ombudsman|ombudsperson|interpreter|host|editor|columnist|correspondent|reporter|coach|child|children|students?|participants|attendees?|crowd|voices?|first lady|second gentleman)(?=[\s.:-]|$)`,
  'iu',
);
/** A letter's opening ("Dear Mr. Speaker:", "TO THE CONGRESS …:") is a salutation, never a speaker. */
const ADDRESS = /^(?:dear|to)\b/i;
const NAME_LIKE = new RegExp(String.raw`^${CAP_WORD}(?:\s+${CAP_WORD}){0,4}$`, 'u');
/** "… Vladimir Platonov": a label that ends in a person's first and last name. */
const ENDS_IN_NAME = new RegExp(String.raw`(?:^|\s)${CAP_WORD}\s+${CAP_WORD}$`, 'u');

/** Words that number a run-in heading ("Second: …") rather than name who speaks. */
const ENUMERATION = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Next|Then|Finally|Lastly|Also|Note|Update|Correction|Background)$/;

/** The label a paragraph opens with, if it has that shape (whether or not it turns out to be a speaker). */
export function readLabelShape(text: string): LabelShape | null {
  const q = Q_LABEL.exec(text);
  if (q) return { label: 'Q', rest: text.slice(q[0].length) };
  // Most paragraphs hold no colon: the pattern would fail on them, slowly.
  const m = text.includes(':') ? COLON_LABEL.exec(text) : null;
  if (!m || m[0].length > LONGEST_LABEL || /\d/.test(m[1]!)) return null;
  return { label: m[1]!, rest: text.slice(m[0].length), ...(m[2] && TRANSLATION_NOTE.test(m[2]) ? { noted: true } : {}) };
}

/** A line that opens a new speaker's turn in a hard-wrapped block: a label in capitals, or Q. */
export function opensTurnInBlock(line: string): boolean {
  if (!/^\s*(?:Q|\p{Lu}{2})/u.test(line)) return false;
  const t = line.replace(/^\s+/, '');
  const shape = readLabelShape(t.replace(/\u00a0/g, ' '));
  return (
    shape !== null &&
    (shape.label === 'Q'
      ? /^Q(?:\.|:)?(?:\u00a0|\s{2,})/.test(t)
      : shape.label === shape.label.toUpperCase() && /\p{Lu}{2}/u.test(shape.label) && shape.rest !== '')
  );
}

/**
 * Which of an article's label-shaped openings are speakers. A label counts when it names a role or
 * recurs; once the article is a transcript, Q counts too, and so does a label in capitals or one
 * that ends in a person's name ("Megyn Kelly:", "Speaker of the City Duma Vladimir Platonov:"), or a
 * one-word label that asks ("AFP: … Can you confirm?").
 */
export function speakerLabels(shapes: Array<LabelShape | null>): Set<string> {
  const seen = new Map<string, number>();
  const withText = new Set<string>();
  const noted = new Set<string>();
  const asked = new Map<string, number>();
  for (const s of shapes) {
    if (!s) continue;
    seen.set(s.label, (seen.get(s.label) ?? 0) + 1);
    if (s.rest) withText.add(s.label);
    if (s.noted) noted.add(s.label);
    if (/\?["”’)]?\s*$/.test(s.rest)) asked.set(s.label, (asked.get(s.label) ?? 0) + 1);
  }
  const speakers = new Set<string>();
  // A one-word label that only asks ("AFP: … Can you confirm?", "Interviewer: …?") is a reporter's.
  const asks = (label: string) => asked.get(label) === seen.get(label) && /^\p{Lu}[\p{L}-]+$/u.test(label) && !ENUMERATION.test(label);
  const questions = [...seen].reduce((n, [label, times]) => n + (label === 'Q' || label === 'Question' || asks(label) ? times : 0), 0);
  const answersQuestions = questions >= 2;
  const candidates = [...seen.keys()].filter(
    (label) =>
      !ADDRESS.test(label) &&
      label !== 'Q' &&
      // A label that never opens a paragraph with words after it is a heading ("PROMISES KEPT:").
      withText.has(label) &&
      // One word that names no role ("First:", "FACT:", "Kyiv:") is a run-in heading or a dateline, unless
      // it is a name answering questions again and again ("Q: … Peskov: …").
      (ROLE.test(label) ||
        noted.has(label) ||
        /\s/.test(label) ||
        (answersQuestions && seen.get(label)! >= 2 && /^\p{Lu}\p{Ll}+$/u.test(label) && !ENUMERATION.test(label)) ||
        // …or one who only asks, in a transcript, as a spokesperson's briefing prints its reporters.
        asks(label)) &&
      // Capitals over more than six words are a heading too ("PRESIDENT TRUMP PROMISES EQUAL …").
      !(label === label.toUpperCase() && label.split(/\s+/).length > 6),
  );
  for (const label of candidates) if (ROLE.test(label) || noted.has(label) || seen.get(label)! >= 2) speakers.add(label);
  if (speakers.size === 0 && (seen.get('Q') ?? 0) < 2) return speakers;
  if (seen.has('Q')) speakers.add('Q');
  for (const label of candidates)
    if (NAME_LIKE.test(label) || ENDS_IN_NAME.test(label) || label === label.toUpperCase()) speakers.add(label);
  return speakers;
}
