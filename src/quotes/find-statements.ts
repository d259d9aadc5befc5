/**
 * The statements of an article: each sentence's attribution frame gives a speaker and what they said
 * (the quote, the reported clause, or the sentence). A pronoun stands for the one person the
 * paragraph names before it, or, when it names none, the last person quoted in the paragraph before;
 * a role ("the Russian leader") for a leader the article names. Nothing is attributed otherwise.
 */
import { findFrames, sourceFrame, type Frame } from './frames';
import { findMentions, speakersNamedIn, type Mention } from './mentions';
import { findQuotes, maskQuotes, QUOTE_TOKEN, unmaskQuotes, type QuoteSpan } from './quote-spans';
import type { Side, Statement } from './types';

const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Prof|No|vs|etc|U\.S|U\.K|U\.N|\p{Lu})\.$/u;

const TAG_VERB = '(?:said|added|continued|asserted|stressed|noted|reported|wrote|insisted|declared|explained|replied|remarked)';
const TAG_ONLY = new RegExp(`^\\s+(?:(?:\\p{L}[\\p{L}.'’-]*\\s+){1,4}${TAG_VERB}|${TAG_VERB}(?:\\s+\\p{L}[\\p{L}.'’-]*){1,4})[.!?…]*$`, 'u');

/** Sentences of a masked paragraph (quotes are tokens, so a quote never splits). */
function sentences(masked: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const m of masked.matchAll(/[.!?…]+(?=\s+[\p{Lu}\p{N}\uE000"“‘(])/gu)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(masked.slice(start, end))) continue;
    // `"… much." Putin added.`: the tag after a quote that ended in a full stop stays with it.
    if (TAG_ONLY.test(masked.slice(end).split(/(?<=[.!?…])\s/)[0] ?? '')) continue;
    out.push({ text: masked.slice(start, end), start });
    start = end;
  }
  out.push({ text: masked.slice(start), start });
  return out.filter((s) => s.text.trim());
}

/** Clauses that report different speakers: "…, while Putin demanded …", "…; Xi said …". */
function clauses(sentence: string): string[] {
  return sentence.split(/;\s+|,\s+(?=(?:while|whereas|but)\s)/).filter((c) => c.trim());
}

const TRAILING_SOURCE = /(?:,\s*|\s+)(?:according to|as quoted by|as reported by|as cited by|citing|reported by|quoted by)(?![\p{L}]).*$/u;

/** What was said, from a piece of masked clause: the quote alone when it is only quotes. */
function statementText(masked: string, spans: readonly QuoteSpan[]): string {
  const piece = masked.replace(TRAILING_SOURCE, '').replace(/^[\s,:;—–-]+|[\s,:;—–-]+$/g, '');
  const tokens = [...piece.matchAll(QUOTE_TOKEN)];
  const bare = piece.replace(QUOTE_TOKEN, '').replace(/[\s,.:;…—–-]|\band\b/g, '');
  // Words quoted keep their marks, so a reader tells them from a reported clause.
  if (tokens.length > 0 && bare === '') return tokens.map((t) => `“${spans[Number(t[1])]!.text}”`).join(' … ');
  // A quote that ended its sentence left a full stop outside it when masked: one is enough.
  return unmaskQuotes(piece, spans).replace(/\s+/g, ' ').trim().replace(/([.!?…]”)\.$/, '$1');
}

/** The words a leading frame governs: the "that" clause, else from the speaker on. */
function leadText(clause: string, frame: Frame, spans: readonly QuoteSpan[]): string {
  const content = clause.slice(frame.verbEnd, frame.boundary);
  const that = /^\s*(?:[^,.;:\uE000]{0,60}?\s)?that\s+/.exec(content);
  if (that) return statementText(content.slice(that[0].length), spans);
  if (/^\s*[:,]?\s*\uE000\d+\uE001\s*[.!?…]*\s*$/.test(content)) return statementText(content, spans);
  return statementText(clause.slice(frame.subject.start, frame.boundary), spans);
}

interface Context {
  named: ReadonlySet<string>;
  /** The last person quoted in the previous paragraph, if its last statement was a person's. */
  previousSpeaker: { speaker: string; side: Side } | null;
}

/** Statements in one paragraph; also returns its last person speaker for the next paragraph. */
export function paragraphStatements(text: string, paragraph: number, ctx: Context): { statements: Statement[]; lastPerson: Context['previousSpeaker'] } {
  const spans = findQuotes(text);
  const masked = maskQuotes(text, spans);
  const statements: Statement[] = [];
  const persons: Array<{ speaker: string; side: Side }> = [];
  let lastQuoted: { speaker: string; side: Side } | null = null;
  const seePersons = (mentions: readonly Mention[]) => {
    for (const m of mentions) if (m.person && m.kind !== 'pronoun' && !persons.some((p) => p.speaker === m.speaker)) persons.push({ speaker: m.speaker, side: m.side });
  };
  const resolve = (m: Mention): { speaker: string; side: Side } | null => {
    if (m.kind !== 'pronoun') return { speaker: m.speaker, side: m.side };
    if (persons.length === 1) return persons[0]!;
    return persons.length === 0 ? (lastQuoted ?? ctx.previousSpeaker) : null;
  };
  const add = (who: { speaker: string; side: Side }, said: string) => {
    if (said.length < 3) return;
    statements.push({ speaker: who.speaker, side: who.side, text: said, paragraph });
  };

  for (const sentence of sentences(masked)) {
    for (const clause of clauses(sentence.text)) {
      const frames = findFrames(clause, ctx.named);
      const lead = frames.find((f) => !f.tag);
      const tag = frames.find((f) => f.tag && (!lead || f.start > lead.start));
      // Mentions before a frame's pronoun count as named; the pronoun is resolved before the rest is seen.
      const firstFrame = lead ?? tag;
      seePersons(findMentions(clause.slice(0, firstFrame ? firstFrame.start : clause.length), ctx.named));
      const leadWho = lead && !lead.joint ? resolve(lead.subject) : null;
      const tagWho = tag && !tag.joint ? resolve(tag.subject) : null;
      if (lead && leadWho) add(leadWho, leadText(clause, { ...lead, boundary: tag ? tag.boundary : clause.length }, spans));
      else if (tag && tagWho) add(tagWho, statementText(clause.slice(0, tag.boundary), spans));
      else if (!lead && !tag) {
        const source = sourceFrame(clause, ctx.named);
        const bareQuote = /^\s*(?:\uE000\d+\uE001[\s,.!?…]*)+$/.test(clause);
        if (source) add({ speaker: source.subject.speaker, side: source.subject.side }, statementText(clause.slice(0, source.start) + clause.slice(source.end), spans));
        else if (bareQuote && lastQuoted && statements.length > 0) add(lastQuoted, statementText(clause, spans));
      }
      seePersons(findMentions(clause.slice(firstFrame ? firstFrame.start : clause.length), ctx.named));
      const who = tagWho ?? leadWho;
      if (who) {
        lastQuoted = who;
        if (!persons.some((p) => p.speaker === who.speaker) && (tag?.subject.kind === 'generic' || lead?.subject.kind === 'generic')) persons.push(who);
      }
    }
  }
  const last = statements[statements.length - 1];
  const lastIsPerson = last && (lastQuoted?.speaker === last.speaker) && persons.some((p) => p.speaker === last.speaker);
  return { statements, lastPerson: lastIsPerson ? lastQuoted : null };
}

/** Every statement of an article, paragraph by paragraph. */
export function findStatements(paragraphs: readonly string[]): Statement[] {
  const named = speakersNamedIn(paragraphs);
  const out: Statement[] = [];
  let previousSpeaker: Context['previousSpeaker'] = null;
  paragraphs.forEach((text, paragraph) => {
    const found = paragraphStatements(text, paragraph, { named, previousSpeaker });
    out.push(...found.statements);
    previousSpeaker = found.lastPerson;
  });
  return out;
}
