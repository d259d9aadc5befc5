/**
 * Which shards an update indexes again, and their paragraphs: those holding a changed article (its
 * paragraphs put in place of the old ones) and, for new articles, a small shard of recent additions,
 * so that adding one article re-indexes little.
 */
import type { Generation } from './index-generation';
import { openParagraphStore, type ParagraphStore } from './paragraph-store';
import type { StoredParagraph } from './saved-form';
import { SHARD_PARAGRAPHS } from './build-index';

/** New articles are added to the last shard while it is this small, else they start a new one. */
export const RECENT_SHARD_PARAGRAPHS = SHARD_PARAGRAPHS / 8;

export interface ShardChanges {
  /** The numbers of the changed articles, and their paragraphs now. */
  changed: ReadonlyMap<number, readonly string[]>;
  /** The new articles' paragraphs, in number order. */
  added: readonly StoredParagraph[];
  /** How many articles the index has now. */
  articles: number;
}

function allRows(store: ParagraphStore): StoredParagraph[] {
  return Array.from({ length: store.size }, (_, doc): StoredParagraph => [store.article[doc]!, store.number[doc]!, store.text(doc)]);
}

/** Each shard to index again (by its place in the manifest, one past the last for a new shard), with its paragraphs. */
export function shardsToReindex(generation: Generation, { changed, added, articles }: ShardChanges): Map<number, StoredParagraph[]> {
  const { shards } = generation.manifest;
  const stores = new Map<number, ParagraphStore>();
  const storeOf = (si: number): ParagraphStore => {
    if (!stores.has(si)) stores.set(si, openParagraphStore(generation, shards[si]!, articles));
    return stores.get(si)!;
  };
  try {
    const rowsToWrite = new Map<number, StoredParagraph[]>();
    const placed = new Set<number>(); // an article split across two shards goes whole into the first
    // Only an update that changed an article looks into every shard for it.
    if (changed.size > 0)
      shards.forEach((_info, si) => {
        const store = storeOf(si);
        if (!Array.from(store.article).some((a) => changed.has(a))) return;
        const rows: StoredParagraph[] = [];
        for (let doc = 0; doc < store.size; doc += 1) {
          const a = store.article[doc]!;
          if (!changed.has(a)) rows.push([a, store.number[doc]!, store.text(doc)]);
          else if (!placed.has(a)) {
            placed.add(a);
            changed.get(a)!.forEach((text, p) => rows.push([a, p, text]));
          }
        }
        rowsToWrite.set(si, rows);
      });
    const last = shards.length - 1;
    const lastSize = shards[last]?.paragraphs ?? 0;
    if (added.length && lastSize + added.length <= RECENT_SHARD_PARAGRAPHS)
      rowsToWrite.set(last, [...(rowsToWrite.get(last) ?? allRows(storeOf(last))), ...added]);
    else if (added.length) rowsToWrite.set(shards.length, [...added]);
    return rowsToWrite;
  } finally {
    for (const store of stores.values()) store.close();
  }
}
