/**
 * Quoted words in a paragraph: straight and curly, double and single quotes, guillemets and low-high
 * marks, across sentences. Only
 * the outer quotes count (a quote inside a quote belongs to it); a quote left open at the paragraph's
 * end runs to the end, as news writing does when a quote goes on in the next paragraph.
 */

export interface QuoteSpan {
  /** Where the opening mark is and just past the closing mark (or the paragraph's end). */
  start: number;
  end: number;
  /** The words between the marks. */
  text: string;
}

const LETTER = /[\p{L}\p{N}]/u;

function opensAt(text: string, i: number): string | null {
  const c = text[i]!;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? '';
  if (c === '“') return '”';
  // Guillemets (« », as Russian and French sites print quotes) and German low-high marks („ “, or „ ” in Polish).
  if (c === '«') return '»';
  if (c === '„') return '“”';
  if (c === '"') return after && !/\s/.test(after) ? '"' : null;
  // A single mark opens only at the start of a word (not in Xi’s or rock 'n' roll).
  if ((c === '‘' || c === "'") && !LETTER.test(before) && LETTER.test(after)) return c === '‘' ? '’' : "'";
  return null;
}

function closesAt(text: string, i: number, mark: string): boolean {
  if (!mark.includes(text[i]!)) return false;
  if (mark !== "'" && mark !== '’') return true;
  // A single closing mark is not an apostrophe: nothing word-like follows it.
  const after = text[i + 1] ?? '';
  return !LETTER.test(after) && i > 0 && !/\s/.test(text[i - 1]!);
}

/** The outer quotes of a paragraph, in order. */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const close = opensAt(text, i);
    if (close === null) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !closesAt(text, j, close)) j += 1;
    // An unmatched single mark is more likely an apostrophe than a quote left open.
    if (j >= text.length && (close === '’' || close === "'")) {
      i += 1;
      continue;
    }
    const end = Math.min(j + 1, text.length);
    const inner = text.slice(i + 1, j).trim();
    // `"…," Xi said`: the comma belongs to the sentence, not to the words quoted.
    if (inner) spans.push({ start: i, end, text: inner.replace(/\s*[,;:]$/, '') });
    i = end;
  }
  return spans;
}

export const QUOTE_OPEN = '\uE000';
export const QUOTE_CLOSE = '\uE001';
/** A masked quote: `\uE000<n>\uE001`. */
export const QUOTE_TOKEN = /\uE000(\d+)\uE001/g;

/**
 * The paragraph with each quote replaced by a token, so that attributions are read outside quotes
 * only; a quote ending its sentence ("…manner.") leaves the full stop outside, for sentence splitting.
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let out = '';
  let at = 0;
  spans.forEach((s, n) => {
    out += text.slice(at, s.start) + `${QUOTE_OPEN}${n}${QUOTE_CLOSE}`;
    const endsSentence = /[.!?…]["”’'»“]?$/.test(text.slice(s.start, s.end)) && (s.end >= text.length || /^\s+\S/.test(text.slice(s.end)));
    if (endsSentence && !/^[.!?…]/.test(text.slice(s.end))) out += '.';
    at = s.end;
  });
  return out + text.slice(at);
}

/** Puts the quotes back into a piece of masked text, with curly marks. */
export function unmaskQuotes(masked: string, spans: readonly QuoteSpan[]): string {
  return masked.replace(QUOTE_TOKEN, (_, n: string) => `“${spans[Number(n)]?.text ?? ''}”`);
}

/**
 * Puts the quotes back into a piece of masked text with the source's own marks (single quotes stay
 * single), dropping the full stop masking added after a quote that ended its sentence.
 */
export function restoreQuotes(masked: string, spans: readonly QuoteSpan[], text: string): string {
  return masked.replace(/\uE000(\d+)\uE001(\.)?/g, (_, n: string, stop: string | undefined) => {
    const s = spans[Number(n)];
    if (!s) return stop ?? '';
    const original = text.slice(s.start, s.end);
    const added = stop !== undefined && /[.!?…]["”’'»“]?$/.test(original) && text[s.end] !== '.';
    return original + (stop && !added ? stop : '');
  });
}

/** A quote alone, in the source's own marks, without the comma that closed it ("…," Xi said). */
export function quoteInOwnMarks(span: QuoteSpan, text: string): string {
  const open = text[span.start]!;
  const last = text[span.end - 1]!;
  const closed = span.end - span.start > 1 && /["”’'»“]/.test(last);
  return `${open}${span.text}${closed ? last : ''}`;
}
