/**
 * Paragraphs set aside on disk while an index is built: a build reads the archive in chunks, and what
 * it keeps in memory of an article is only what the index stores of it. Each chunk's articles go to
 * one spill file; the shard that indexes them reads them back with one positioned read each.
 *
 * An article's paragraphs are an int32 count, each paragraph's byte length, then the paragraphs end
 * to end in UTF-8: no JSON to escape and parse back. A paragraph that UTF-8 would not give back as it
 * was (a lone surrogate) is spilled as UTF-16 instead, its length negated.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';

/** Where an article's paragraphs are: `length` bytes at `offset` of the spill file. */
export interface SpilledText {
  spill: string;
  offset: number;
  length: number;
}

const INT32 = 4;

/** A paragraph's spilled length: its UTF-8 bytes, or minus its UTF-16 bytes when UTF-8 would change it. */
function spilledLength(paragraph: string): number {
  return (paragraph as string & { isWellFormed(): boolean }).isWellFormed() ? Buffer.byteLength(paragraph, 'utf8') : -2 * paragraph.length;
}

/** Writes the articles' paragraphs to `spill`, in order; returns where each article's are. */
export function spillTexts(spill: string, articles: ReadonlyArray<readonly string[]>): SpilledText[] {
  const lengths = articles.map((paragraphs) => paragraphs.map(spilledLength));
  const size = lengths.reduce((sum, ns) => ns.reduce((s, n) => s + Math.abs(n), sum + INT32 * (1 + ns.length)), 0);
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  const places = articles.map((paragraphs, a) => {
    const offset = at;
    const ns = lengths[a]!;
    at = bytes.writeInt32LE(ns.length, at);
    for (const n of ns) at = bytes.writeInt32LE(n, at);
    paragraphs.forEach((p, i) => (at += bytes.write(p, at, ns[i]! < 0 ? 'utf16le' : 'utf8')));
    return { spill, offset, length: at - offset };
  });
  writeFileSync(spill, bytes);
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
      return paragraphsOf(bytes);
    },
    close() {
      for (const fd of open.values()) closeSync(fd);
      open.clear();
    },
  };
}

function paragraphsOf(bytes: Buffer): string[] {
  const count = bytes.readInt32LE(0);
  const paragraphs = new Array<string>(count);
  let at = INT32 * (1 + count);
  for (let i = 0; i < count; i += 1) {
    const n = bytes.readInt32LE(INT32 * (1 + i));
    const end = at + Math.abs(n);
    paragraphs[i] = bytes.toString(n < 0 ? 'utf16le' : 'utf8', at, end);
    at = end;
  }
  return paragraphs;
}
