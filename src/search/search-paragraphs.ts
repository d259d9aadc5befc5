/** Searches every shard for a person's words and merges the hits, best first. */
import type { Archive } from './archive';
import { queryTerms } from './pipeline';

export interface ParagraphHit {
  article: number;
  paragraph: number;
  text: string;
  score: number;
  /** Stems of the question found in this paragraph. */
  matched: Set<string>;
}

export interface ParagraphSearch {
  terms: string[];
  words: number;
  hits: ParagraphHit[];
}

/** Restricting to some articles (a summit's coverage) filters the merged hits. */
export function searchParagraphs(archive: Archive, text: string, { articles }: { articles?: Set<number> } = {}): ParagraphSearch {
  const { terms, words } = queryTerms(text);
  if (terms.length === 0) return { terms, words, hits: [] };
  const hits: ParagraphHit[] = [];
  for (const shard of archive.shards) {
    const results = shard.index.query((q) => {
      // Optional presence: one noise word must not empty the result.
      q.term(terms, { usePipeline: false });
    });
    for (const r of results) {
      const row = shard.paragraphs[Number(r.ref)];
      if (!row) continue;
      if (articles && !articles.has(row[0])) continue;
      hits.push({ article: row[0], paragraph: row[1], text: row[2], score: r.score, matched: new Set(Object.keys(r.matchData.metadata)) });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph);
  return { terms, words, hits };
}
