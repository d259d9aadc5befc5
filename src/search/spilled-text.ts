/**
 * Paragraphs set aside on disk while an index is built: a build reads the archive in chunks, and what
 * it keeps in memory of an article is only what the index stores of it. Each chunk's articles go to
 * one spill file, an article's paragraphs as a JSON array; the shard that indexes them reads them back
 * with one positioned read each.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';

/** Where an article's paragraphs are: a JSON array of `length` bytes at `offset` of the spill file. */
export interface SpilledText {
  spill: string;
  offset: number;
  length: number;
}

/** Writes the articles' paragraphs to `spill`, in order; returns where each article's are. */
export function spillTexts(spill: string, articles: ReadonlyArray<readonly string[]>): SpilledText[] {
  const parts = articles.map((paragraphs) => Buffer.from(JSON.stringify(paragraphs), 'utf8'));
  let offset = 0;
  const places = parts.map((bytes) => {
    const place = { spill, offset, length: bytes.length };
    offset += bytes.length;
    return place;
  });
  writeFileSync(spill, Buffer.concat(parts));
  return places;
}

/** Reads spilled paragraphs back; keeps each spill file open until `close`. */
export function spillReader(): { read(place: SpilledText): string[]; close(): void } {
  const open = new Map<string, number>();
  return {
    read({ spill, offset, length }) {
      let fd = open.get(spill);
      if (fd === undefined) open.set(spill, (fd = openSync(spill, 'r')));
      const bytes = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, bytes, done, length - done, offset + done);
        if (n === 0) throw new Error(`${spill} ends before byte ${offset + length}`);
        done += n;
      }
      return JSON.parse(bytes.toString('utf8')) as string[];
    },
    close() {
      for (const fd of open.values()) closeSync(fd);
      open.clear();
    },
  };
}
