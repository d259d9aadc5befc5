/**
 * Each word's term for a build's indexing, the words cut where `indexedWords` cuts them (at white space
 * and hyphens, once lower-cased). A word met before is found by its characters where it stands in the
 * paragraph: no string is made for it and it is hashed once, where a Map would need a new string per
 * word and hash it again. A build's paragraphs hold tens of millions of words but far fewer distinct
 * ones (68,000 in the Kremlin archive's 2.9 million), so one table serves every shard a thread indexes.
 */
import { isSpaceCode } from '../corpus/text-shape';
import { termOfTrimmed, trimWord } from './terms';

const HYPHEN = 45;
/** A thread's distinct words fit well below this; a table past it starts again (between shards). */
const WORDS_LIMIT = 2_000_000;

/** A word that lower-casing and trimWord leave as it is. */
const PLAIN_WORD = /^[a-z0-9]+$/;

/** Where `indexedWords` cuts: `[\s-]`. */
export const isWordGap = (c: number): boolean => (c > 32 && c < 127 ? c === HYPHEN : isSpaceCode(c));

export class WordTerms {
  /** Each term by its number. */
  private terms: string[] = [];
  private numbers = new Map<string, number>();
  /** Each trimmed word's term number (trimWord): the stemmer runs once for "Russia", "Russia," and "(Russia". */
  private trimmedNumbers = new Map<string, number>();
  /**
   * The words, by slot: (hash, length, first character in `chars`, term number or -1 for a stop word),
   * length 0 for an empty slot; a power of two slots, at most half full. A word's slot holds all a
   * lookup reads but its characters.
   */
  private slots = new Int32Array(4 << 16);
  private wordCount = 0;
  private chars = new Uint16Array(1 << 18);
  private charCount = 0;
  /** The term numbers of the text last read. */
  private read = new Int32Array(1024);

  /** How many terms have a number: every number `termsOf` gives is below it. */
  get termCount(): number {
    return this.terms.length;
  }

  term(number: number): string {
    return this.terms[number]!;
  }

  /**
   * The term number of each word of `text`, in order (-1 for a stop word): `[0, count)` of the array
   * returned, valid until the next call.
   */
  termsOf(text: string): { count: number; numbers: Int32Array } {
    const lower = text.toLowerCase();
    const end = lower.length;
    let count = 0;
    let i = 0;
    while (i < end) {
      while (i < end && isWordGap(lower.charCodeAt(i))) i += 1;
      if (i === end) break;
      const start = i;
      let hash = 0x811c9dc5;
      for (; i < end; i += 1) {
        const c = lower.charCodeAt(i);
        if (isWordGap(c)) break;
        hash = Math.imul(hash ^ c, 0x01000193);
      }
      if (count === this.read.length) this.read = grown(this.read, count * 2);
      this.read[count++] = this.find(lower, start, i, hash);
    }
    return { count, numbers: this.read };
  }

  /** Starts again when the table is past its bound (between shards: numbers given stay valid within one). */
  bound(): void {
    if (this.wordCount < WORDS_LIMIT) return;
    this.terms = [];
    this.numbers.clear();
    this.trimmedNumbers.clear();
    this.slots = new Int32Array(4 << 16);
    this.wordCount = 0;
    this.charCount = 0;
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = 4 * slot;
      const held = slots[at + 1]!;
      if (held === 0) return this.add(at, text.slice(start, end), hash);
      if (held === length && slots[at] === hash && this.sameChars(slots[at + 2]! - start, text, start, end)) return slots[at + 3]!;
    }
  }

  /** Do the characters at `from + start` … of `chars` spell text[start, end)? */
  private sameChars(from: number, text: string, start: number, end: number): boolean {
    for (let k = start; k < end; k += 1) if (this.chars[from + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  private add(at: number, word: string, hash: number): number {
    const number = this.numberOfWord(word);
    if (this.charCount + word.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let k = 0; k < word.length; k += 1) this.chars[this.charCount + k] = word.charCodeAt(k);
    this.slots[at] = hash;
    this.slots[at + 1] = word.length;
    this.slots[at + 2] = this.charCount;
    this.slots[at + 3] = number;
    this.charCount += word.length;
    this.wordCount += 1;
    if (2 * this.wordCount > this.slots.length >> 2) this.rehash();
    return number;
  }

  /** The number of a word's term: termOf(word), stemmed once per trimmed form. */
  private numberOfWord(word: string): number {
    const trimmed = PLAIN_WORD.test(word) ? word : trimWord(word.toLowerCase());
    let number = this.trimmedNumbers.get(trimmed);
    if (number === undefined) {
      number = this.numberOf(termOfTrimmed(trimmed));
      this.trimmedNumbers.set(trimmed, number);
    }
    return number;
  }

  private numberOf(term: string | null): number {
    if (term === null) return -1;
    let number = this.numbers.get(term);
    if (number === undefined) {
      number = this.terms.length;
      this.numbers.set(term, number);
      this.terms.push(term);
    }
    return number;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let from = 0; from < this.slots.length; from += 4) {
      if (this.slots[from + 1] === 0) continue;
      let slot = this.slots[from]! & mask;
      while (slots[4 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots.set(this.slots.subarray(from, from + 4), 4 * slot);
    }
    this.slots = slots;
  }
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}
