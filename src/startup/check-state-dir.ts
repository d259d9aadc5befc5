import * as nodeFs from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The file-system calls the check makes (tests may pass failing ones). */
export type StateDirFs = Pick<typeof nodeFs, 'statSync' | 'mkdirSync' | 'readdirSync' | 'writeFileSync' | 'unlinkSync'>;

const WHY = 'Summit keeps the daily ledger and the subscriptions there';
const ELSEWHERE = 'Set STATE_DIR to a folder (Summit creates it when missing)';
const WRITABLE = 'Let this user write it, or set STATE_DIR to a folder it can write';

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'unknown error';

/** The nearest existing ancestor of `path`, when it is a file (why no folder can be made there). */
function fileInTheWay(fs: StateDirFs, path: string): string | undefined {
  for (let p = dirname(path); p !== dirname(p); p = dirname(p)) {
    try {
      return fs.statSync(p).isDirectory() ? undefined : p;
    } catch {
      // does not exist either: look further up
    }
  }
  return undefined;
}

/**
 * Checks that STATE_DIR is a folder this process can read and write, creating it when missing.
 * Writing is tried for real (a probe file made and removed): permission bits say nothing for root
 * or for a read-only mount. Returns the problem, or undefined when the folder is usable.
 */
export function checkStateDir(dir: string, fs: StateDirFs = nodeFs): string | undefined {
  const path = resolve(dir);
  try {
    if (!fs.statSync(path).isDirectory()) return `STATE_DIR: ${path} is a file, not a folder. ${WHY}. ${ELSEWHERE}.`;
  } catch {
    try {
      fs.mkdirSync(path, { recursive: true });
    } catch (e) {
      const file = fileInTheWay(fs, path);
      if (file) return `STATE_DIR: ${path} cannot be created: ${file} is a file, not a folder. ${WHY}. ${ELSEWHERE}.`;
      return `STATE_DIR: ${path} does not exist and cannot be created (${errorCode(e)}). ${WHY}. Create it so this user can write it, or set STATE_DIR to a folder it can write.`;
    }
  }
  try {
    fs.readdirSync(path);
  } catch (e) {
    return `STATE_DIR: ${path} cannot be read (${errorCode(e)}). ${WHY}. ${WRITABLE}.`;
  }
  const probe = join(path, `.summit-write-check-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.unlinkSync(probe);
  } catch (e) {
    const code = errorCode(e);
    const what =
      code === 'ENOSPC' ? 'is on a full disk' : code === 'EROFS' ? 'is on a read-only file system' : 'is read-only for this user';
    return `STATE_DIR: ${path} ${what} (${code}). ${WHY}. ${WRITABLE}.`;
  }
  return undefined;
}
