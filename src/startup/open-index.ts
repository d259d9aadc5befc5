import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ArchiveError } from '../search/archive';
import { LiveArchive } from '../search/live-archive';

export type OpenedIndex = { archive: LiveArchive; problem?: undefined } | { archive?: undefined; problem: string };

/** Why INDEX_DIR is no folder to read an index from; undefined when it is one, or is missing. */
function folderProblem(indexDir: string): string | undefined {
  const path = resolve(indexDir);
  try {
    if (!statSync(path).isDirectory())
      return `INDEX_DIR: ${path} is a file, not a folder. Set INDEX_DIR to the folder the index was built into (npm run -s cli -- index --out DIR builds one).`;
    readdirSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      return `INDEX_DIR: ${path} cannot be read (${code}). Let this user read it, or set INDEX_DIR to a folder it can read.`;
  }
  return undefined; // missing: openArchiveInStages says how to build it
}

/**
 * Opens the index in INDEX_DIR as the running bot reads it, following rebuilds (LiveArchive); what
 * keeps it from opening (missing, not a folder, unreadable, built from another archive, damaged)
 * comes back as a problem to list.
 */
export function openIndex(indexDir: string): OpenedIndex {
  const problem = folderProblem(indexDir);
  if (problem) return { problem };
  try {
    return { archive: new LiveArchive(indexDir) };
  } catch (error) {
    if (error instanceof ArchiveError) return { problem: `INDEX_DIR: ${error.message}` };
    throw error;
  }
}
