import { z } from 'zod';
import { readStateFile, writeFileAtomicSync } from '../files/atomic-file';
import { withLock } from '../files/file-lock';

/**
 * One JSON file in STATE_DIR holding a list, read whole and rewritten atomically under its lock:
 * what the files store keeps answered events, feedback and installations in.
 */
export class JsonStateFile<T> {
  private readonly schema: z.ZodType<{ version: 1; items: T[] }>;

  constructor(
    readonly file: string,
    item: z.ZodType<T>,
  ) {
    this.schema = z.object({ version: z.literal(1), items: z.array(item) }) as unknown as z.ZodType<{ version: 1; items: T[] }>;
  }

  /** Every item; throws when the file is not what Summit wrote. */
  read(): T[] {
    return (
      readStateFile(
        this.file,
        this.schema,
        (reason) => new Error(`${this.file} cannot be read (${reason}). Repair its JSON or restore it from a backup.`),
      )?.items ?? []
    );
  }

  /** Reads, changes and (when `change` returns items) rewrites the file, holding its lock. */
  update<R>(change: (items: T[]) => { items?: T[]; result: R }): Promise<R> {
    return withLock(`${this.file}.lock`, () => {
      const { items, result } = change(this.read());
      if (items) writeFileAtomicSync(this.file, `${JSON.stringify({ version: 1, items })}\n`);
      return result;
    });
  }
}
