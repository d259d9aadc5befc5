/**
 * summit-paragraphs.json and statements.json when an update only adds summit articles, after the old
 * ones and none of those read again: the saved bytes with the new articles' members added
 * (appended-json.ts), their statements found in them alone. Neither file is parsed.
 */
import type { ArticleText } from '../quotes/find-statements';
import { statementsOf } from '../quotes/statements-file';
import { isArrayIndex, withMembersAppended } from './appended-json';
import type { Generation } from './index-generation';
import { INDEX_FILES } from './saved-form';

export type AddedSummitArticle = ArticleText & { id: string };

/**
 * The two files, or null when they cannot be written so: a small index's (written indented, before or
 * after the update) or a new id that JavaScript would order first.
 */
export function addedSummitFiles(
  generation: Generation,
  /** summit-paragraphs.json as saved (the update has read it). */
  summitParagraphs: Buffer,
  added: readonly AddedSummitArticle[],
  articles: number,
): { summitParagraphs: Buffer; statements: Buffer } | null {
  if (articles <= 1000 || generation.manifest.articles <= 1000 || added.some((a) => isArrayIndex(a.id))) return null;
  const appended = (file: string, saved: Buffer, members: ReadonlyArray<readonly [string, unknown]>): Buffer => {
    const bytes = withMembersAppended(saved, members);
    if (!bytes) throw generation.damaged(file, 'is not a JSON object written compact');
    return bytes;
  };
  const savedStatements = generation.readBytes(INDEX_FILES.statements);
  return {
    summitParagraphs: appended(
      INDEX_FILES.summitParagraphs,
      summitParagraphs,
      added.map((a) => [a.id, a.paragraphs]),
    ),
    statements: appended(INDEX_FILES.statements, savedStatements, Object.entries(statementsOf(added))),
  };
}
