/**
 * Before an answer from a large archive is shown, the files it cites are hashed against the build's
 * record: the listing at open sees a file added or removed, not one edited (freshness.ts).
 */
import type { Archive } from '../search/archive';
import { staleError } from '../search/archive-error';
import { checkCitedFiles, isSmallArchive } from '../search/freshness';
import type { RecordedFile } from '../search/lookup-file';
import { corpusDirOf } from '../search/saved-form';

/** Every article id an answer names, wherever it sits in the answer. */
export function citedArticleIds(answer: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(answer)) for (const item of answer) citedArticleIds(item, into);
  else if (answer !== null && typeof answer === 'object') {
    const fields = answer as Record<string, unknown>;
    for (const key in fields) {
      const value = fields[key];
      if (key === 'articleId' && typeof value === 'string') into.add(value);
      else if (typeof value === 'object') citedArticleIds(value, into);
    }
  }
  return into;
}

/** Throws the stale-index error when a file the answer cites changed since the build. */
export function checkCitedFilesOf(archive: Archive, answer: unknown): void {
  if (isSmallArchive(archive.manifest)) return; // every file was hashed at open
  const files: RecordedFile[] = [];
  for (const id of citedArticleIds(answer)) {
    const n = archive.articleNumber(id);
    const recorded = n === undefined ? undefined : archive.recordedFile(n);
    if (recorded) files.push(recorded);
  }
  const corpusDir = corpusDirOf(archive.manifest);
  const freshness = checkCitedFiles(corpusDir, files);
  if (!freshness.fresh) throw staleError(archive.dir, corpusDir, freshness.changes);
}
