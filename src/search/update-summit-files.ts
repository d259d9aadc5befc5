/**
 * summit-paragraphs.json and statements.json after an update: linked unchanged when the summit
 * articles are those of before and none was read again; the saved bytes with members appended when
 * summit articles were only added (added-summit-articles.ts); else written again, statements found
 * again only in the articles read again.
 */
import type { SummitArticle } from '../events/build-timeline';
import type { Article } from '../corpus/types';
import { statementsOf, type SavedStatements } from '../quotes/statements-file';
import { addedSummitFiles } from './added-summit-articles';
import type { Generation } from './index-generation';
import { reuseFile } from './index-metadata';
import type { IndexWriter } from './index-writer';
import { INDEX_FILES } from './saved-form';

export interface SummitFilesUpdate {
  /** The articles that report a summit now, in the timeline's order. */
  summit: readonly SummitArticle[];
  /** summit-paragraphs.json as saved, and parsed. */
  savedBytes: Buffer;
  saved: Record<string, string[]>;
  /** The articles read again (new and changed), by id. */
  fresh: ReadonlyMap<string, Article>;
  /** How many articles the index has now. */
  articles: number;
}

export function writeSummitFiles(writer: IndexWriter, generation: Generation, u: SummitFilesUpdate): void {
  const { summit, saved, fresh, articles } = u;
  // A file grown past the size written indented (indexJson) is written again.
  const restyled = generation.manifest.articles <= 1000 !== articles <= 1000;
  const summitIds = summit.map((s) => s.id);
  const oldSummitIds = Object.keys(saved);
  const keptBefore = (ids: readonly string[]) => oldSummitIds.every((id, i) => id === ids[i] && !fresh.has(id));
  if (!restyled && summitIds.length === oldSummitIds.length && keptBefore(summitIds)) {
    reuseFile(writer, INDEX_FILES.summitParagraphs, generation);
    reuseFile(writer, INDEX_FILES.statements, generation);
    return;
  }
  const appended =
    !restyled && keptBefore(summitIds)
      ? addedSummitFiles(
          generation,
          u.savedBytes,
          summit.slice(oldSummitIds.length).map((s) => ({ ...s, speakers: fresh.get(s.id)?.speakers })),
          articles,
        )
      : null;
  if (appended) {
    writer.write(INDEX_FILES.summitParagraphs, appended.summitParagraphs);
    writer.write(INDEX_FILES.statements, appended.statements);
    return;
  }
  const write = (file: string, value: unknown) => writer.writeJson(file, value, articles);
  const summitNow: Record<string, string[]> = {};
  for (const s of summit) summitNow[s.id] = s.paragraphs;
  write(INDEX_FILES.summitParagraphs, summitNow);
  // Statements are found again only in new and changed articles; the others keep theirs (or their having none).
  const oldStatements = generation.readJson<SavedStatements>(INDEX_FILES.statements);
  write(
    INDEX_FILES.statements,
    statementsOf(
      summit.map((s) => ({
        id: s.id,
        title: s.title,
        paragraphs: s.paragraphs,
        published: s.published,
        speakers: fresh.get(s.id)?.speakers,
      })),
      (id) => (fresh.has(id) ? undefined : (oldStatements[id] ?? [])),
    ),
  );
}
