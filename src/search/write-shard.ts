/**
 * A build's indexing step, for one shard (in a worker thread, or in the building thread): its
 * paragraphs read back from the spill files, indexed, and the shard's files written into the
 * generation being staged.
 */
import { leadersInShard } from './coverage-file';
import type { IndexWriter } from './index-writer';
import { writeParagraphStore } from './paragraph-store';
import type { ShardFileInfo, StoredParagraph } from './saved-form';
import { buildShardData } from './shard-data';
import { writeShardData } from './shard-file';
import { spillReader, type SpilledText } from './spilled-text';
import type { WordTerms } from './word-terms';

/** Paragraphs `from` … `to` − 1 of article number `article`, whose paragraphs are spilled at `text`. */
export interface ShardPart {
  article: number;
  from: number;
  to: number;
  text: SpilledText;
}

/** Cuts the articles' paragraphs, in order, into shards of `size` paragraphs. */
export function planShards(articles: ReadonlyArray<{ paragraphs: number; spilled: SpilledText }>, size: number): ShardPart[][] {
  const shards: ShardPart[][] = [];
  let current: ShardPart[] = [];
  let room = size;
  articles.forEach(({ paragraphs, spilled }, article) => {
    for (let from = 0; from < paragraphs;) {
      const to = Math.min(paragraphs, from + room);
      current.push({ article, from, to, text: spilled });
      room -= to - from;
      from = to;
      if (room === 0) {
        shards.push(current);
        current = [];
        room = size;
      }
    }
  });
  if (current.length) shards.push(current);
  return shards;
}

/** A shard written: what the manifest says of it, and the articles whose paragraphs in it name each leader (coverage-file.ts). */
export interface IndexedShard {
  info: ShardFileInfo;
  leaders: number[][];
}

/** `words` (each word's term) may be shared by the shards one thread writes: see buildShardData. */
export function writeShard(writer: IndexWriter, name: string, parts: readonly ShardPart[], words?: WordTerms): IndexedShard {
  const reader = spillReader();
  const rows: StoredParagraph[] = [];
  try {
    for (const { article, from, to, text } of parts) {
      const paragraphs = reader.read(text);
      for (let p = from; p < to; p += 1) rows.push([article, p, paragraphs[p]!]);
    }
  } finally {
    reader.close();
  }
  const data = buildShardData(
    rows.map(([, , text]) => text),
    words,
  );
  writeShardData(writer, name, data);
  writeParagraphStore(writer, name, rows);
  return {
    info: { name, paragraphs: rows.length, terms: data.terms.length, postings: data.postingDocs.length },
    leaders: leadersInShard(data, (doc) => rows[doc]![0]),
  };
}
