/**
 * After start: log when questions can be answered, or why they cannot; and check the archive's
 * content against the index in the background when it was too large to hash before starting.
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { canListArchive, listArchiveFiles } from '../corpus/list-archive';
import type { Archive } from './archive';
import { rebuildHint } from './archive';
import { isSmallArchive } from './freshness';
import { corpusDirOf } from './saved-form';
import { describeChanges, fingerprintOf, hashBytes, type FileHashes } from './fingerprint';

export function watchArchive(archive: Archive, logger: Logger): void {
  const started = Date.now();
  archive.searchable.then(
    () => logger.info({ ms: Date.now() - started, shards: archive.shards.length }, 'questions can be answered'),
    (err: unknown) => logger.fatal({ err }, `the index cannot answer questions; dates still work. ${(err as Error).message}`),
  );
  const corpusDir = corpusDirOf(archive.manifest);
  if (isSmallArchive(archive.manifest)) return;
  if (!canListArchive(corpusDir)) {
    // As for a small archive at open (freshness.ts): an archive that cannot be listed is not checked.
    logger.warn({ corpus: corpusDir }, 'the archive folder cannot be read: the index is not checked against it');
    return;
  }
  void verifyInBackground(corpusDir, archive, archive.builtFiles).then((changed) => {
    if (changed.length)
      logger.error(
        { changed: changed.slice(0, 10), count: changed.length },
        `the index is stale: the archive changed since it was built. Rebuild it: ${rebuildHint(archive.dir)}`,
      );
  });
}

/** Hashes the archive's files without blocking the event loop; returns the files whose content changed. */
async function verifyInBackground(corpusDir: string, archive: Archive, built: FileHashes): Promise<string[]> {
  const now: FileHashes = {};
  for (const { file, path } of listArchiveFiles(corpusDir)) {
    try {
      const bytes = await readFile(path);
      now[file] = { hash: hashBytes(bytes), size: bytes.length };
    } catch {
      now[file] = { hash: 'unreadable', size: -1 };
    }
  }
  if (fingerprintOf(now) === archive.manifest.corpusFingerprint) return [];
  return describeChanges(built, now);
}
