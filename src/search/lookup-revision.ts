/**
 * lookup.bin revised for an update's articles.json, timeline.json and files.json from the previous
 * generation's lookup.bin and the bytes it was written for: the members the files still share are
 * taken over (revised-members.ts), the blocks they share in place keep their sums, and the result is
 * byte for byte what lookupBytes makes by scanning every byte of the three files (20 MB at the bench
 * archive). When the previous lookup does not fit, lookupBytes it is.
 *
 * Articles are numbered by their place in articles.json and datings placed by their place in the
 * timeline's datings, so those need only each member's span. A files.json entry belongs to the article
 * whose "file" it is named for: an article's id is named for its file (articleIdOf, list-archive.ts)
 * and ids are unique (checked; the rule is checked for the articles scanned again, the others kept it
 * in the previous generation), so that article is found by id and its "file" checked, parsed only for
 * the entries scanned again; an entry taken over keeps its article, renumbered.
 */
import { articleIdOf } from '../corpus/list-archive';
import { containerAt, holdsAllElements, memberKey, memberNamed, memberStartNamed } from './json-members';
import { SUM_BYTES } from './block-sums';
import { BLOCK, LOOKED_UP, lookupBytes, lookupFileBytes, type LookedUp, type LookupSource } from './lookup-file';
import { FIELD, inOrder, oneAfterAnother, placedBefore, sumOf, type Placed, type PreviousLookup } from './previous-lookup';
import { inMemberOrder, revisedMembers, revisedSpans, sharedLength, type RevisedMembers, type SharedRun } from './revised-members';
import { extendedIdTable, idsUnique, idTable, numberInTable } from './id-table';
import { INDEX_FILES } from './saved-form';

export type { PreviousLookup } from './previous-lookup';

const NEWLINE = 0x0a;

/** lookup.bin for `source`: the previous one revised when it fits, else made whole. */
export function revisedLookupBytes(previous: PreviousLookup | null, source: LookupSource): Buffer {
  return (previous && revisedLookup(previous, source)) ?? lookupBytes(source);
}

/** lookup.bin revised, or null when the previous one does not fit the files. */
export function revisedLookup(previous: PreviousLookup, source: LookupSource): Buffer | null {
  try {
    return revise(previous, source);
  } catch (e) {
    // New bytes that cannot be read are lookupBytes's to report; a previous lookup that cannot be read does not fit.
    if (e instanceof SyntaxError || e instanceof RangeError) return null;
    throw e;
  }
}

/** A member's value read from the bytes of the object at `at`; null when it has none. */
function valueNamed(bytes: Buffer, at: number, key: string): unknown {
  const m = memberNamed(bytes, at, key);
  return m ? (JSON.parse(bytes.toString('utf8', m.start, m.end)) as unknown) : null;
}

/** Where the timeline's events lie and where its datings start. */
function timelineParts(bytes: Buffer): { events: [number, number]; datingsAt: number } | null {
  const events = memberNamed(bytes, 0, 'events');
  const datings = events && memberStartNamed(bytes, 0, 'datings', events.end);
  return events && datings && { events: [events.start, events.end], datingsAt: datings.start };
}

/**
 * Whether every article of the previous lookup has its number and id still (an update changes
 * articles in place and adds new ones after them): its id table then holds for them.
 */
function keepsNumbers(previous: PreviousLookup, before: Placed, articles: RevisedMembers, ids: readonly string[]): boolean {
  if (ids.length < before.articles || articles.taken.some((run) => run.index !== run.rank)) return false;
  for (const i of articles.scanned.keys())
    if (i < before.articles && valueNamed(previous.articles, before.articleSpans[2 * i]!, 'id') !== ids[i]) return false;
  return true;
}

function revise(previous: PreviousLookup, source: LookupSource): Buffer | null {
  const { ids, datings } = source;
  const n = ids.length;
  // An index that grew past the size written indented (indexJson) is written anew: there is nothing to take over.
  if (LOOKED_UP.some((f) => (previous[FIELD[f]][1] === NEWLINE) !== (source[FIELD[f]][1] === NEWLINE))) return null;
  const before = placedBefore(previous);
  if (!before) return null;

  // articles.json: article n is its member n; every member of the previous one was placed.
  if (!holdsAllElements(previous.articles, containerAt(previous.articles), before.articleSpans)) return null;
  const articles = revisedMembers(source.articles, 0, previous.articles, 0, before.articleSpans);
  if (articles.count !== n) return null;
  let table = keepsNumbers(previous, before, articles, ids) ? extendedIdTable(before.table, ids, before.articles) : null;
  if (!table && !idsUnique((table = idTable(ids)), ids)) return null;
  const numberOf = (id: string) => numberInTable(table, ids, id);
  const articleSpans = revisedSpans(articles, before.articleSpans);
  const fileNow = new Map<number, unknown>();
  const fileOf = (i: number) => {
    if (!fileNow.has(i)) fileNow.set(i, valueNamed(source.articles, articleSpans[2 * i]!, 'file'));
    return fileNow.get(i);
  };
  /** The article whose file this is: by id, its "file" checked. */
  const articleOfFile = (file: string) => {
    const i = numberOf(articleIdOf(file));
    return i !== undefined && fileOf(i) === file ? i : undefined;
  };
  // The articles scanned again hold to the rule of ids, and their files must be among the entries placed below.
  const filesToPlace = new Set<number>();
  for (const i of articles.scanned.keys()) {
    const file = fileOf(i);
    if (typeof file !== 'string') continue;
    if (ids[i] !== articleIdOf(file)) return null;
    filesToPlace.add(i);
  }

  // timeline.json: dating member i is datings[i], placed at its article's number.
  const timeline = timelineParts(source.timeline);
  const timelineWas = timelineParts(previous.timeline);
  if (!timeline || !timelineWas) return null;
  const datingsWere = inOrder(before.datingSpans).spans;
  if (!holdsAllElements(previous.timeline, containerAt(previous.timeline, timelineWas.datingsAt), datingsWere)) return null;
  const dated = revisedMembers(source.timeline, timeline.datingsAt, previous.timeline, timelineWas.datingsAt, datingsWere);
  if (dated.count !== datings.length) return null;
  const datingSpans = new Float64Array(2 * n);
  const placeDating = (i: number, start: number, end: number) => {
    const id = datings[i]!.articleId;
    // Datings mostly come in the articles' order.
    const at = ids[i] === id ? i : numberOf(id);
    if (at === undefined) return;
    datingSpans[2 * at] = start;
    datingSpans[2 * at + 1] = end;
  };
  for (const part of inMemberOrder(dated)) {
    if ('member' in part) placeDating(part.index, part.member.start, part.member.end);
    else
      for (let k = 0; k < part.length; k += 1)
        placeDating(part.index + k, datingsWere[2 * (part.rank + k)]! + part.shift, datingsWere[2 * (part.rank + k) + 1]! + part.shift);
  }

  // files.json: the entries the previous lookup placed (the others placed nothing, and still place
  // nothing but for an article scanned again, which filesToPlace checks).
  const filesWere = inOrder(before.fileSpans);
  if (!oneAfterAnother(filesWere.spans)) return null;
  const files = revisedMembers(source.archiveFiles, 0, previous.archiveFiles, 0, filesWere.spans);
  const fileSpans = new Float64Array(2 * n);
  const placeFile = (at: number | undefined, start: number, end: number) => {
    if (at === undefined) return;
    fileSpans[2 * at] = start;
    fileSpans[2 * at + 1] = end;
    filesToPlace.delete(at);
  };
  const numberNow = new Int32Array(before.articles).fill(-1);
  for (const { index, rank, length } of articles.taken) for (let k = 0; k < length; k += 1) numberNow[rank + k] = index + k;
  /** The article now of the one an entry placed before. */
  const renumbered = (was: number) => {
    if (numberNow[was]! >= 0) return numberNow[was];
    // It was scanned again: found anew by the file it named.
    const file = valueNamed(previous.articles, before.articleSpans[2 * was]!, 'file');
    return typeof file === 'string' ? articleOfFile(file) : undefined;
  };
  // In order, as lookupBytes places them (were a name written twice, the later entry would count).
  for (const part of inMemberOrder(files)) {
    if ('member' in part) placeFile(articleOfFile(memberKey(source.archiveFiles, part.member)), part.member.start, part.member.end);
    else
      for (let k = 0, r = part.rank; k < part.length; k += 1, r += 1)
        placeFile(renumbered(filesWere.numbers[r]!), filesWere.spans[2 * r]! + part.shift, filesWere.spans[2 * r + 1]! + part.shift);
  }
  if (filesToPlace.size) return null;

  const shared: Record<LookedUp, SharedRun[]> = {
    [INDEX_FILES.articles]: articles.shared,
    [INDEX_FILES.timeline]: [{ from: 0, to: sharedLength(source.timeline, 0, previous.timeline, 0), shift: 0 }, ...dated.shared],
    [INDEX_FILES.archiveFiles]: files.shared,
  };
  const sums = Object.fromEntries(LOOKED_UP.map((f) => [f, revisedSums(source[FIELD[f]], before.sums[f], shared[f])])) as Record<
    LookedUp,
    Buffer
  >;
  return lookupFileBytes({ ids, table, articleSpans, datingSpans, fileSpans, events: timeline.events, sums });
}

/** The block sums of `bytes`: a whole block inside a run shared with the previous bytes at a shift of whole blocks keeps its sum. */
function revisedSums(bytes: Buffer, sums: Buffer, shared: readonly SharedRun[]): Buffer {
  const count = Math.ceil(bytes.length / BLOCK);
  const out = Buffer.alloc(count * SUM_BYTES);
  const kept = new Uint8Array(count);
  for (const { from, to, shift } of shared) {
    if (shift % BLOCK !== 0) continue;
    // Blocks [first, last) lie wholly in the run, so the previous blocks they were lie wholly in the previous bytes.
    const [first, last] = [Math.ceil(from / BLOCK), Math.floor(to / BLOCK)];
    if (last <= first) continue;
    sums.copy(out, first * SUM_BYTES, (first - shift / BLOCK) * SUM_BYTES, (last - shift / BLOCK) * SUM_BYTES);
    kept.fill(1, first, last);
  }
  for (let b = 0; b < count; b += 1) if (!kept[b]) sumOf(bytes, b).copy(out, b * SUM_BYTES);
  return out;
}
