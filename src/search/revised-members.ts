/**
 * Where the members of one JSON array or object lie in new bytes, worked out from where they lay in the
 * bytes it was written from before: runs the two share are compared in large chunks, not scanned, and
 * only the members between them are scanned (json-members.ts). An update of the index rewrites
 * articles.json, timeline.json and files.json with few changes, so lookup.bin can be revised this way
 * (lookup-revision.ts) instead of made again from a scan of every byte.
 *
 * Why a member taken over is exact: the scanner's state at a container's opening bracket, or just after
 * one of its members, is the same wherever it is (in that container, between members), and from a
 * state what it finds depends only on the bytes that follow. So when the new bytes from such a point
 * equal the earlier bytes from a point in the same state (up to byte Q), the earlier members that end
 * before Q — strictly, since a number's end is seen at the byte after it — are the new members there,
 * shifted; an object member's key lies after the point too, so it is the same key.
 */
import { containerAt, memberAfter, type JsonMember } from './json-members';

/** Bytes [from, to) of the new bytes are the earlier bytes [from - shift, to - shift). */
export interface SharedRun {
  from: number;
  to: number;
  shift: number;
}

/** Earlier members taken over: members [index, index + length) are the earlier members [rank, rank + length), shifted. */
export interface TakenRun {
  index: number;
  rank: number;
  length: number;
  shift: number;
}

export interface RevisedMembers {
  count: number;
  taken: TakenRun[];
  /** The members scanned in the new bytes, by their index (with their keys' spans). */
  scanned: Map<number, JsonMember>;
  shared: SharedRun[];
}

/** Earlier members tried, after the last one taken over, when a scan looks for a point to take over again. */
const TRIED = 4;

/** The number of equal bytes of `a` from `aFrom` and `b` from `bFrom`: chunks growing to 1 MiB, then halved to the first difference. */
export function sharedLength(a: Buffer, aFrom: number, b: Buffer, bFrom: number): number {
  const most = Math.min(a.length - aFrom, b.length - bFrom);
  const equal = (from: number, to: number) => a.compare(b, bFrom + from, bFrom + to, aFrom + from, aFrom + to) === 0;
  let same = 0;
  for (let step = 64; same < most; step = Math.min(2 * step, 1 << 20)) {
    const to = Math.min(same + step, most);
    if (!equal(same, to)) {
      let [lo, hi] = [same, to];
      while (hi - lo > 32) {
        const mid = (lo + hi) >>> 1;
        if (equal(lo, mid)) lo = mid;
        else hi = mid;
      }
      while (a[aFrom + lo] === b[bFrom + lo]) lo += 1;
      return lo;
    }
    same = to;
  }
  return same;
}

/** The first rank from `from` whose start (side 0) or end (side 1) is at least `at`; `spans` are start, end pairs in order. */
function firstAtLeast(spans: Float64Array, side: 0 | 1, at: number, from: number): number {
  let [lo, hi] = [from, spans.length / 2];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[2 * mid + side]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The members of the container at `at` in `bytes`, those of `before`'s container at `beforeAt` (`was`:
 * their start, end pairs in order; for an array, all of them) taken over wherever the bytes around them
 * are the same.
 */
export function revisedMembers(bytes: Buffer, at: number, before: Buffer, beforeAt: number, was: Float64Array): RevisedMembers {
  const container = containerAt(bytes, at);
  const earlierContainer = containerAt(before, beforeAt);
  const out: RevisedMembers = { count: 0, taken: [], scanned: new Map(), shared: [] };
  const count = was.length / 2;
  const lengthChange = bytes.length - before.length;
  let pos = container.open;
  // The first earlier member not yet taken over: members are taken over in order, each once.
  let next = 0;

  /** Takes over the earlier members after `earlierFrom` that the bytes after `from` repeat; false when there is none. */
  const takeOver = (from: number, earlierFrom: number): boolean => {
    const same = sharedLength(bytes, from, before, earlierFrom);
    const shift = from - earlierFrom;
    if (same > 0) out.shared.push({ from, to: from + same, shift });
    const rank = firstAtLeast(was, 0, earlierFrom, next);
    // The last member before the first difference: that one's end lies strictly before it.
    const length = firstAtLeast(was, 1, earlierFrom + same, rank) - rank;
    if (length === 0) return false;
    out.taken.push({ index: out.count, rank, length, shift });
    out.count += length;
    next = rank + length;
    pos = was[2 * next - 1]! + shift;
    return true;
  };

  const sameKind = container.object === earlierContainer.object;
  if (sameKind) takeOver(container.open, earlierContainer.open);
  for (let m = memberAfter(bytes, container, pos); m; m = memberAfter(bytes, container, pos)) {
    out.scanned.set(out.count, m);
    out.count += 1;
    pos = m.end;
    if (!sameKind) continue;
    // The next few earlier members (a member replaced, inserted or removed), else the one the whole file's change in length points to.
    let taken = false;
    for (let r = next; r < Math.min(next + TRIED, count) && !taken; r += 1) taken = takeOver(m.end, was[2 * r + 1]!);
    if (taken) continue;
    const r = firstAtLeast(was, 1, m.end - lengthChange, next);
    if (r < count && was[2 * r + 1] === m.end - lengthChange) takeOver(m.end, was[2 * r + 1]!);
  }
  return out;
}

/** The runs taken over and the members scanned, in the order of their members. */
export function inMemberOrder({ taken, scanned }: RevisedMembers): Array<TakenRun | { index: number; member: JsonMember }> {
  const parts: Array<TakenRun | { index: number; member: JsonMember }> = [...taken];
  for (const [index, member] of scanned) parts.push({ index, member });
  return parts.sort((a, b) => a.index - b.index);
}

/** Each member's start, end pair, by index. */
export function revisedSpans({ count, taken, scanned }: RevisedMembers, was: Float64Array): Float64Array {
  const spans = new Float64Array(2 * count);
  for (const { index, rank, length, shift } of taken) {
    if (shift === 0) spans.set(was.subarray(2 * rank, 2 * (rank + length)), 2 * index);
    else for (let k = 0; k < 2 * length; k += 1) spans[2 * index + k] = was[2 * rank + k]! + shift;
  }
  for (const [i, m] of scanned) {
    spans[2 * i] = m.start;
    spans[2 * i + 1] = m.end;
  }
  return spans;
}
