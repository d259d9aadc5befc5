/** statements.json: the statements of every summit article, by article id, in article order. */
import { findStatements, type ArticleText } from './find-statements';
import type { Statement } from './types';

export type SavedStatements = Record<string, Statement[]>;

/**
 * The statements of `articles` (articles without any are left out); `known` gives the statements
 * already found for an unchanged article, so an update reads only what changed.
 */
export function statementsOf(
  articles: ReadonlyArray<ArticleText & { id: string }>,
  known: (id: string) => Statement[] | undefined = () => undefined,
): SavedStatements {
  const out: SavedStatements = {};
  for (const a of articles) {
    const found = known(a.id) ?? findStatements(a);
    if (found.length > 0) out[a.id] = found;
  }
  return out;
}
