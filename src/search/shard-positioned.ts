/**
 * A shard read by position, for a one-shot question: opening reads only head.bin (checked against its
 * SHA-256); a term costs one page of terms.bin, its entry and its postings, each 4 KiB block checked
 * against its sum when first read and every range against the counts. A 120-shard archive answers a
 * question from a few hundred kilobytes instead of reading and checking every shard whole.
 */
import type { Generation, OpenFile } from './index-generation';
import { int32View } from './int32-file';
import { shardFiles, type ShardFileInfo } from './saved-form';
import { blockSum, SUM_BYTES } from './block-sums';
import { BLOCK, ENTRY, entryAt, HEAD_COUNTS, inOrder, PAGE_TERMS, postingsBase, termLines } from './shard-file';
import type { ShardTerms, TermEntry, TermPostings } from './shard-terms';

/** A file read in ranges, each 4 KiB block checked once against its sum. */
function checkedFile(generation: Generation, file: OpenFile, sums: Buffer) {
  const checked = new Uint8Array(sums.length / SUM_BYTES);
  return (from: number, length: number): Buffer => {
    if (!(from >= 0 && length >= 0 && from + length <= file.size))
      throw generation.damaged(file.path, `is too short for bytes ${from}–${from + length} (it has ${file.size})`);
    const first = Math.floor(from / BLOCK);
    const last = Math.max(first, Math.ceil((from + length) / BLOCK) - 1);
    let b = first;
    while (b <= last && checked[b]) b += 1;
    if (b > last) return file.read(from, length);
    const start = first * BLOCK;
    const bytes = file.read(start, Math.min((last + 1) * BLOCK, file.size) - start);
    for (; b <= last; b += 1) {
      if (checked[b]) continue;
      const block = bytes.subarray((b - first) * BLOCK, (b - first + 1) * BLOCK);
      if (!blockSum(block).equals(sums.subarray(b * SUM_BYTES, (b + 1) * SUM_BYTES)))
        throw generation.damaged(file.path, `does not match its checksum at bytes ${b * BLOCK}–${b * BLOCK + block.length}`);
      checked[b] = 1;
    }
    return bytes.subarray(from - start, from - start + length);
  };
}

/** Opens a shard to be read by position; throws ArchiveError when its head does not fit the manifest. */
export function openShardTerms(generation: Generation, info: ShardFileInfo): ShardTerms {
  const paths = shardFiles(info.name);
  const termsFile = generation.file(paths.terms);
  const postingsFile = generation.file(paths.postings);
  const headFile = generation.file(paths.head);
  const close = () => {
    termsFile.close();
    postingsFile.close();
  };
  try {
    return positioned(generation, info, termsFile, postingsFile, headFile.readAll());
  } catch (e) {
    close();
    throw e;
  } finally {
    headFile.close();
  }
}

function positioned(generation: Generation, info: ShardFileInfo, termsFile: OpenFile, postingsFile: OpenFile, head: Buffer): ShardTerms {
  const paths = shardFiles(info.name);
  const damaged = (what: string) => generation.damaged(paths.head, what);
  if (head.length < HEAD_COUNTS * 4) throw damaged('is too short');
  const [count, pages, postings, paragraphs, firstBytes] = int32View(head.subarray(0, HEAD_COUNTS * 4));
  if (count !== info.terms || postings !== info.postings || paragraphs !== info.paragraphs || pages !== Math.ceil(info.terms / PAGE_TERMS))
    throw damaged('does not hold the counts the manifest says');
  const pageStartEnd = (HEAD_COUNTS + pages + 1) * 4;
  const firstsEnd = pageStartEnd + Math.ceil(firstBytes! / 4) * 4;
  const termSumsEnd = firstsEnd + Math.ceil(termsFile.size / BLOCK) * SUM_BYTES;
  if (postingsFile.size !== (ENTRY * info.terms + 2 * info.postings) * 4)
    throw generation.damaged(paths.postings, `has ${postingsFile.size} bytes, expected ${(ENTRY * info.terms + 2 * info.postings) * 4}`);
  if (!(firstBytes! >= 0) || head.length !== termSumsEnd + Math.ceil(postingsFile.size / BLOCK) * SUM_BYTES)
    throw damaged(`has ${head.length} bytes, which does not fit its counts`);
  const pageStart = int32View(head.subarray(HEAD_COUNTS * 4, pageStartEnd));
  for (let p = 0; p < pages; p += 1) if (!(pageStart[p]! < pageStart[p + 1]!)) throw damaged('places pages outside terms.bin');
  if (pageStart[0] !== 0 || pageStart[pages] !== termsFile.size) throw damaged('places pages outside terms.bin');
  const firsts = termLines(head.subarray(pageStartEnd, pageStartEnd + firstBytes!).toString('utf8'));
  if (firsts.length !== pages || !inOrder(firsts)) throw damaged('holds page terms out of order');
  const readTerms = checkedFile(generation, termsFile, head.subarray(firstsEnd, termSumsEnd));
  const readPostings = checkedFile(generation, postingsFile, head.subarray(termSumsEnd));
  const base = postingsBase(info);

  const pageCache = new Map<number, string[]>();
  const page = (p: number): string[] => {
    let terms = pageCache.get(p);
    if (!terms) {
      terms = termLines(readTerms(pageStart[p]!, pageStart[p + 1]! - pageStart[p]!).toString('utf8'));
      const size = Math.min(PAGE_TERMS, info.terms - p * PAGE_TERMS);
      if (terms.length !== size || terms[0] !== firsts[p] || !inOrder(terms))
        throw generation.damaged(paths.terms, 'holds terms out of order');
      pageCache.set(p, terms);
    }
    return terms;
  };
  const entries = new Map<string, TermEntry | null>();
  const lists = new Map<number, TermPostings>();

  return {
    paragraphs: info.paragraphs,
    entry(term) {
      const known = entries.get(term);
      if (known !== undefined) return known;
      // The last page whose first term is not after `term`.
      let lo = 0;
      let hi = pages - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (firsts[mid]! <= term) lo = mid + 1;
        else hi = mid - 1;
      }
      const p = lo - 1;
      const i = p < 0 ? -1 : page(p).indexOf(term);
      let found: TermEntry | null = null;
      if (i >= 0) {
        const pos = p * PAGE_TERMS + i;
        const entry = entryAt(int32View(readPostings(pos * ENTRY * 4, ENTRY * 4)), 0, term, pos, info);
        if (typeof entry === 'string') throw generation.damaged(paths.postings, entry);
        found = entry;
      }
      if (entries.size > 10_000) entries.clear();
      entries.set(term, found);
      return found;
    },
    postings(entry) {
      let list = lists.get(entry.pos);
      if (!list) {
        const ints = int32View(readPostings((base + 2 * entry.start) * 4, 8 * entry.df));
        const docs = ints.subarray(0, entry.df);
        for (let i = 0; i < docs.length; i += 1)
          if (!(docs[i]! >= 0 && docs[i]! < info.paragraphs))
            throw generation.damaged(paths.postings, 'names paragraphs the shard does not have');
        list = { docs, scores: ints.subarray(entry.df) };
        if (lists.size > 1000) lists.clear();
        lists.set(entry.pos, list);
      }
      return list;
    },
    close() {
      termsFile.close();
      postingsFile.close();
    },
  };
}
