/**
 * What a search reads of a shard: a term's dictionary entry and its postings. A shard read whole
 * (the bot) and one read by position (a one-shot CLI question) both answer it, and so does a shard
 * just built in memory, through the same saved form (shard-file.ts).
 */
export interface TermEntry {
  term: string;
  /** Place in the sorted dictionary. */
  pos: number;
  /** Lunr's term index (order of first appearance): the order a document's scores are added in. */
  termIndex: number;
  /** Its first posting, and how many paragraphs hold it. */
  start: number;
  df: number;
  /** The term's highest posting score (× 1000): the most it can add to any paragraph's sum. */
  maxScore: number;
}

export interface TermPostings {
  /** Paragraphs holding the term, ascending. */
  docs: Int32Array;
  /** Each one's score for the term × 1000, aligned with docs. */
  scores: Int32Array;
}

export interface ShardTerms {
  readonly paragraphs: number;
  /** The term's entry, or null when no paragraph of the shard holds it. */
  entry(term: string): TermEntry | null;
  postings(entry: TermEntry): TermPostings;
  /** Lets go of the shard's files (nothing for one in memory). */
  close(): void;
}
