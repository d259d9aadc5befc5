/** Why an index cannot be used, with the command that builds it again. */
import { resolve } from 'node:path';

export type ArchiveErrorCode = 'missing' | 'stale' | 'corrupt';

/** The index cannot be used; the message says how to build it. */
export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export function rebuildHint(indexDir: string, corpus?: string): string {
  const args = [
    corpus && resolve(corpus) !== resolve('corpus') ? `--corpus ${corpus}` : '',
    resolve(indexDir) !== resolve('index') ? `--out ${indexDir}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `npm run -s cli -- index${args ? ` ${args}` : ''}`;
}

/** A file of the index is not what its manifest says: one error naming the file and the fix. */
export function damagedError(indexDir: string, file: string, what: string, corpus?: string): ArchiveError {
  return new ArchiveError('corrupt', `The index in ${indexDir}/ is damaged: ${file} ${what}. Rebuild it: ${rebuildHint(indexDir, corpus)}`);
}

export function staleError(indexDir: string, corpusDir: string, changes: string[]): ArchiveError {
  const shown = changes.slice(0, 5).join(', ') + (changes.length > 5 ? `, and ${changes.length - 5} more` : '');
  return new ArchiveError(
    'stale',
    `The index in ${indexDir}/ is stale: the archive in ${corpusDir}/ changed since it was built${shown ? ` (${shown})` : ''}. Rebuild it: ${rebuildHint(indexDir, corpusDir)}`,
  );
}
