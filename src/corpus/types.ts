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
  dropped: Dropped[];
  joined: Joined[];
}

/** A file that could not be read as an article, or was read with a problem. */
export interface ArchiveProblem {
  file: string;
  problem: string;
  /** false when the file was skipped entirely. */
  kept: boolean;
}
