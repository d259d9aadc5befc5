/**
 * The statements of an article: each sentence's attribution frame gives a speaker and what they said
 * (the quote, the reported clause, or the sentence). A pronoun stands for the one person the
 * paragraph names before it, or, when it names none, the last person quoted in the paragraph before;
 * a role ("the Russian leader") for a leader the article names. Nothing is attributed otherwise.
 * Relayed words are the original speaker's ("the Kremlin said Xi acknowledged …": Xi's, reported by
 * the Kremlin); a transcript's labelled paragraphs are their speaker's (turn-statements.ts).
 */
import { findFrames, quotedAsSaying, sourceFrame, type Frame } from './frames';
import { isHeading } from './headings';
import { findMentions, fullNamesWith, speakersNamedIn, type Mention } from './mentions';
import { occasionOf } from './occasion';
import { findQuotes, maskQuotes, QUOTE_TOKEN, quoteInOwnMarks, restoreQuotes, type QuoteSpan } from './quote-spans';
import { relayedSpeaker } from './relays';
import { sentences } from './sentences';
import { KNOWN_SPEAKERS, NOT_A_VOICE, pronounFits } from './speakers';
import { turnStatements } from './turn-statements';
import { titledSpeaker, turnSpeaker } from './turn-speakers';
import type { Side, Statement } from './types';

/** Clauses that report different speakers: "…, while Putin demanded …", "…; Xi said …". */
function clauses(sentence: string): string[] {
  return sentence.split(/;\s+|,\s+(?=(?:while|whereas|but)\s)/).filter((c) => c.trim());
}

const TRAILING_SOURCE = /(?:,\s*|\s+)(?:according to|as quoted by|as reported by|as cited by|citing|reported by|quoted by)(?![\p{L}]).*$/u;
/** Verbs after which a "that" opens what was said; after others ("demanded guarantees that …") the object is part of it. */
const SAYING =
  /^(?:said|says|told|stressed|noted|emphasi[sz]ed|stated|declared|insisted|claimed|claims|warned|argued|added|explained|informed|replied|remarked|underlined|underscored|highlighted|wrote|reiterated|affirmed|reaffirmed|assured|confirmed|implied|reported|pointed out|recalled)$/;

interface Said {
  text: string;
  verbatim: boolean;
}

/** What was said, from a piece of masked clause: the quote alone (in the source's marks) when it is only quotes. */
function statementText(masked: string, spans: readonly QuoteSpan[], source: string): Said {
  const piece = masked.replace(TRAILING_SOURCE, '').replace(/^[\s,:;—–-]+|[\s,:;—–-]+$/g, '');
  const tokens = [...piece.matchAll(QUOTE_TOKEN)];
  const bare = piece.replace(QUOTE_TOKEN, '').replace(/[\s,.:;…—–-]|\band\b/g, '');
  if (tokens.length > 0 && bare === '')
    return { text: tokens.map((t) => quoteInOwnMarks(spans[Number(t[1])]!, source)).join(' … '), verbatim: true };
  return { text: restoreQuotes(piece, spans, source).replace(/\s+/g, ' ').trim(), verbatim: tokens.length > 0 };
}

/** The words a leading frame governs: the "that" clause of a verb of saying, else from the speaker on. */
function leadText(clause: string, frame: Frame, spans: readonly QuoteSpan[], source: string): Said {
  const content = clause.slice(frame.verbEnd, frame.boundary);
  const that = /^\s*(?:[^,.;:\uE000]{0,60}?\s)?that\s+/.exec(content);
  // "said the US did not believe that …": a clause of its own before "that" holds what was said; cut there, it would say the opposite.
  const ownClause =
    that &&
    /(?<![\p{L}])(?:not|never|no|did|does|do|doubt(?:s|ed)?|den(?:y|ies|ied)|believe[sd]?|think|thinks|thought)(?![\p{L}])|n['’]t(?![\p{L}])/u.test(
      that[0],
    );
  if (that && !ownClause && SAYING.test(frame.verb)) return statementText(content.slice(that[0].length), spans, source);
  if (/^\s*[:,]?\s*\uE000\d+\uE001\s*[.!?…]*\s*$/.test(content)) return statementText(content, spans, source);
  return statementText(clause.slice(frame.subject.start, frame.boundary), spans, source);
}

type Who = { speaker: string; side: Side };

interface Context {
  named: ReadonlySet<string>;
  /** The last person quoted in the previous paragraph, if its last statement was a person's. */
  previousSpeaker: Who | null;
  /** Occasions of the previous paragraph's speakers, carried to their next words until a sentence names no other. */
  previousOccasion: ReadonlyMap<string, string>;
}

/** Statements in one paragraph; also returns its last person speaker for the next paragraph. */
export function paragraphStatements(
  text: string,
  paragraph: number,
  ctx: Context,
): { statements: Statement[]; lastPerson: Context['previousSpeaker'] } {
  if (isHeading(text)) return { statements: [], lastPerson: null };
  const spans = findQuotes(text);
  const masked = maskQuotes(text, spans);
  const statements: Statement[] = [];
  const persons: Who[] = [];
  let lastQuoted: Who | null = null;
  /** The first person the paragraph's sentence before names: most often its subject. */
  let sentenceSubject: Who | null = null;
  const carried = new Map(ctx.previousOccasion);
  const seePersons = (mentions: readonly Mention[]) => {
    for (const m of mentions)
      if (m.person && m.kind !== 'pronoun' && !persons.some((p) => p.speaker === m.speaker))
        persons.push({ speaker: m.speaker, side: m.side });
  };
  const resolve = (m: Mention): Who | null => {
    if (m.kind !== 'pronoun') return { speaker: m.speaker, side: m.side };
    // "Von der Leyen, who held talks with Xi, … she told": a "she" is not Xi, nor a "he" Zakharova.
    const fits = (who: Who | null) => (who && pronounFits(m.pronoun ?? 'he', who.speaker) ? who : null);
    const fitting = persons.filter((p) => fits(p));
    if (fitting.length === 1) return fitting[0]!;
    // "Putin, speaking alongside Xi, said …. “…,” he said": with both named, "he" goes on with the one just
    // quoted, or before any quote with the one the sentence before opened with ("Putin thanked the Chinese leader. “…,” he said").
    const last = fits(lastQuoted) ?? (lastQuoted ? null : fits(sentenceSubject));
    if (persons.length > 0) return last && fitting.some((p) => p.speaker === last.speaker) ? last : null;
    return fits(lastQuoted ?? ctx.previousSpeaker);
  };
  let occasion: string | null = null;
  const add = (who: Who, said: Said, reportedBy?: Who | null) => {
    if (said.text.length < 3 || NOT_A_VOICE.has(who.speaker)) return;
    const saidAt = occasion ?? carried.get(who.speaker) ?? null;
    if (!saidAt) carried.clear();
    const relay = reportedBy && reportedBy.speaker !== who.speaker ? { reportedBy: reportedBy.speaker } : {};
    statements.push({
      speaker: who.speaker,
      side: who.side,
      text: said.text,
      paragraph,
      ...relay,
      verbatim: said.verbatim,
      ...(saidAt ? { saidAt } : {}),
    });
  };
  /** "X said Xi acknowledged …": the words are Xi's, reported by X. */
  const addRelayed = (outer: Who, said: Said, content: string) => {
    const inner = relayedSpeaker(content, ctx.named, spans, text);
    if (inner) add(inner.who, inner.said, outer);
    else add(outer, said);
  };

  for (const sentence of sentences(masked)) {
    occasion = occasionOf(restoreQuotes(sentence.text, spans, text));
    for (const clause of clauses(sentence.text)) {
      // "…, as Putin said today": the writer refers to the words, and does not report them.
      const frames = findFrames(clause, ctx.named).filter((f) => !/(?:^|[\s,])as\s+$/.test(clause.slice(0, f.start)));
      const lead = frames.find((f) => !f.tag);
      const tag = frames.find((f) => f.tag && (!lead || f.start > lead.start));
      // Mentions before a frame's pronoun count as named; the pronoun is resolved before the rest is seen.
      const firstFrame = lead ?? tag;
      seePersons(findMentions(clause.slice(0, firstFrame ? firstFrame.start : clause.length), ctx.named));
      const leadWho = lead && !lead.joint ? resolve(lead.subject) : null;
      const tagWho = tag && !tag.joint ? resolve(tag.subject) : null;
      if (lead && leadWho) {
        const bounded = { ...lead, boundary: tag ? tag.boundary : clause.length };
        addRelayed(leadWho, leadText(clause, bounded, spans, text), clause.slice(lead.verbEnd, bounded.boundary));
        // "Jinping vowed …, the Foreign Ministry said", "According to the Kremlin, Xi said …": the source relays the leader's words.
        const relay = tagWho?.speaker ?? sourceFrame(clause, ctx.named)?.subject.speaker;
        const lastSaid = statements[statements.length - 1];
        if (relay && lastSaid && lastSaid.reportedBy === undefined && lastSaid.speaker !== relay) lastSaid.reportedBy = relay;
      } else if (tag && tagWho)
        addRelayed(tagWho, statementText(clause.slice(0, tag.boundary), spans, text), clause.slice(0, tag.boundary));
      else if (!lead && !tag) {
        const source = sourceFrame(clause, ctx.named);
        const bareQuote = /^\s*(?:\uE000\d+\uE001[\s,.!?…]*)+$/.test(clause);
        const relayed = source ? null : quotedAsSaying(clause, ctx.named);
        if (relayed) {
          const words = clause.slice(...relayed.words);
          add({ speaker: relayed.subject.speaker, side: relayed.subject.side }, statementText(words, spans, text), relayed.source);
        } else if (source) {
          // "According to the Kremlin readout, Xi “noted …”": the words are Xi's, as the Kremlin relays them.
          const rest = clause.slice(0, source.start) + clause.slice(source.end);
          addRelayed({ speaker: source.subject.speaker, side: source.subject.side }, statementText(rest, spans, text), rest);
        } else if (bareQuote && lastQuoted && statements.length > 0) add(lastQuoted, statementText(clause, spans, text));
        // A paragraph that is one quote and nothing else goes on with the last speaker of the one before.
        else if (bareQuote && spans.length === 1 && !lastQuoted && ctx.previousSpeaker && statements.length === 0)
          add(ctx.previousSpeaker, statementText(clause, spans, text));
      }
      seePersons(findMentions(clause.slice(firstFrame ? firstFrame.start : clause.length), ctx.named));
      const who = tagWho ?? leadWho;
      if (who) {
        lastQuoted = who;
        if (!persons.some((p) => p.speaker === who.speaker) && (tag?.subject.kind === 'generic' || lead?.subject.kind === 'generic'))
          persons.push(who);
      }
    }
    const opener = findMentions(sentence.text, ctx.named).find((m) => m.person && m.kind !== 'pronoun');
    sentenceSubject = opener ? { speaker: opener.speaker, side: opener.side } : null;
  }
  const last = statements[statements.length - 1];
  const lastIsPerson =
    last &&
    (lastQuoted?.speaker === last.speaker || (!lastQuoted && ctx.previousSpeaker?.speaker === last.speaker)) &&
    (persons.some((p) => p.speaker === last.speaker) || !lastQuoted);
  return { statements, lastPerson: lastIsPerson ? (lastQuoted ?? ctx.previousSpeaker) : null };
}

export interface ArticleText {
  paragraphs: readonly string[];
  /** Transcript labels, one per paragraph (src/corpus `Article.speakers`). */
  speakers?: ReadonlyArray<string | null>;
  /** The publication day, which tells whose "THE PRESIDENT" a label is. */
  published?: string | null;
  /** The title, which may name who answers a transcript's questions ("Briefing by … Maria Zakharova"). */
  title?: string;
}

/** Every statement of an article, paragraph by paragraph. */
export function findStatements(article: ArticleText | readonly string[]): Statement[] {
  const {
    paragraphs,
    speakers,
    published = null,
    title,
  } = Array.isArray(article) ? { paragraphs: article as readonly string[] } : (article as ArticleText);
  let answerer: ReturnType<typeof titledSpeaker> | undefined; // read from the title once a label needs it
  const answererOf = () => (answerer === undefined ? (answerer = titledSpeaker(title)) : answerer);
  const named = speakersNamedIn(paragraphs);
  const out: Statement[] = [];
  let previousSpeaker: Context['previousSpeaker'] = null;
  let previousOccasion: Context['previousOccasion'] = new Map();
  paragraphs.forEach((text, paragraph) => {
    const label = speakers?.[paragraph];
    if (label) {
      out.push(...turnStatements(text, paragraph, turnSpeaker(label, published, answererOf()), named, published));
      previousSpeaker = null;
      previousOccasion = new Map();
      return;
    }
    const found = paragraphStatements(text, paragraph, { named, previousSpeaker, previousOccasion });
    out.push(...found.statements);
    previousSpeaker = found.lastPerson;
    previousOccasion = new Map(found.statements.flatMap((s) => (s.saidAt ? [[s.speaker, s.saidAt] as const] : [])));
  });
  return inFullNames(out, named, paragraphs);
}

/**
 * "Wang" after "Wang Yi", "Gabuev" after "Alexander Gabuev": a person an article names in full is the
 * same speaker when it names them by one name (family name first or last), unless two people share it.
 * The full name may be a speaker's, or a name the article gives where the person does not speak
 * ("Prime Minister Shehbaz Sharif met Putin … “…,” PM Shehbaz told him").
 */
function inFullNames(statements: Statement[], named: ReadonlySet<string>, paragraphs: readonly string[]): Statement[] {
  const sides = new Map<string, Side>(KNOWN_SPEAKERS.filter((k) => named.has(k.name)).map((k) => [k.name, k.side]));
  for (const s of statements) if (s.speaker.includes(' ') && !sides.has(s.speaker)) sides.set(s.speaker, s.side);
  const full = [...sides.keys()].filter((n) => /^\p{Lu}/u.test(n) && n.includes(' '));
  const inText = new Map<string, string[]>();
  return statements.map((s) => {
    if (s.speaker.includes(' ') || !/^\p{Lu}/u.test(s.speaker)) return s;
    const same = full.filter((n) => {
      const words = n.split(' ');
      return words[0] === s.speaker || words[words.length - 1] === s.speaker;
    });
    if (same.length === 1) return { ...s, speaker: same[0]!, side: sides.get(same[0]!)! };
    if (same.length > 1) return s;
    if (!inText.has(s.speaker)) inText.set(s.speaker, [...fullNamesWith(paragraphs, s.speaker)]);
    const written = inText.get(s.speaker)!;
    return written.length === 1 ? { ...s, speaker: written[0]! } : s;
  });
}
