/** An article as read from the archive, before cleaning. */
export interface RawArticle {
  id: string;
  /** Path relative to the archive folder, with `/` separators. */
  file: string;
  format: 'txt' | 'md';
  published: string | null;
  title: string | null;
  titleFrom: 'front matter' | 'first line' | null;
  source: string | null;
  url: string | null;
  /** Paragraph candidates in order: each is the lines of one block (a blank-line separated run). */
  blocks: string[][];
}

/** Something dropped from an article, and the rule that dropped it. */
export interface Dropped {
  text: string;
  rule: string;
}

/** Pieces put back together into one paragraph. */
export interface Joined {
  paragraph: number;
  parts: string[];
  rule: string;
}

/** Text mended in place by one rule (links unwrapped, labels lifted out, a long paragraph split), counted per article. */
export interface Repaired {
  rule: string;
  count: number;
  /** The first few things the rule changed, as they were, so a person can check it. */
  examples: string[];
}

/** An article ready to index: cleaned paragraphs and what cleaning did, for the build report. */
export interface Article {
  id: string;
  file: string;
  title: string;
  titleFrom: 'front matter' | 'first line' | 'first sentence';
  published: string | null;
  source: string | null;
  url: string | null;
  paragraphs: string[];
  /**
   * Who speaks each paragraph of a transcript (aligned with `paragraphs`; null before the first
   * label and after a heading); absent when the article has no speaker labels. Data, not indexed text.
   */
  speakers?: Array<string | null>;
  dropped: Dropped[];
  joined: Joined[];
  /** Absent when nothing was repaired. */
  repaired?: Repaired[];
}

/** A file that could not be read as an article, or was read with a problem. */
export interface ArchiveProblem {
  file: string;
  problem: string;
  /** false when the file was skipped entirely. */
  kept: boolean;
}
