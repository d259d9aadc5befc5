import { jsonMembers, memberKey } from '../../src/search/json-members';
import { revisedMembers, revisedSpans, sharedLength } from '../../src/search/revised-members';
import { seededRandom } from '../../bench/fuzz-inputs';

/** Seeded (bench/fuzz-inputs.ts), so a failing case can be run again by its seed. */
function randomOf(seed: number) {
  const next = seededRandom(seed);
  return { below: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p };
}

// Numbers and literals end where the next byte says so: 12 and 123 share their first bytes.
const VALUES: unknown[] = [1, 12, 123, -4.5e3, true, null, 'x', 'x"]', '习近平', [1, [2]], { a: '}' }, { deep: { n: 12 } }];

const spansOf = (bytes: Buffer, at = 0) => jsonMembers(bytes, at).flatMap((m) => [m.start, m.end]);
const pairs = (spans: number[]) => Float64Array.from(spans);

describe('members placed from the earlier bytes of the same container', () => {
  it('are where a scan of the new bytes finds them, after values are replaced, inserted and removed', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const r = randomOf(seed);
      const before = Array.from({ length: r.below(30) }, () => VALUES[r.below(VALUES.length)]);
      const after = before.slice();
      for (let e = 0; e < 1 + r.below(3); e += 1) {
        const at = r.below(after.length + 1);
        const which = r.below(3);
        if (which === 0) after.splice(at, 0, VALUES[r.below(VALUES.length)]);
        else if (which === 1) after.splice(at, 1);
        else after[Math.min(at, after.length - 1)] = VALUES[r.below(VALUES.length)];
      }
      const indent = r.chance(0.3) ? 1 : undefined;
      // Inside an object, after a member that may change length, as the datings are in timeline.json.
      const text = (list: unknown[], head: unknown) => Buffer.from(JSON.stringify({ head, list }, null, indent));
      const [old, now] = [text(before, r.below(3)), text(after, r.below(3))];
      const oldAt = jsonMembers(old)[1]!.start;
      const nowAt = jsonMembers(now)[1]!.start;
      const revised = revisedMembers(now, nowAt, old, oldAt, pairs(spansOf(old, oldAt)));
      expect([...revisedSpans(revised, pairs(spansOf(old, oldAt)))]).toEqual(spansOf(now, nowAt));
    }
  });

  it('of an object, take over the members the earlier spans name, each with the same key', () => {
    const record = (i: number, size: number) => [`folder/${String(i).padStart(3, '0')}.md`, { hash: 'ab'.repeat(8), size }] as const;
    const earlier = Array.from({ length: 60 }, (_, i) => record(i, i));
    const old = Buffer.from(JSON.stringify(Object.fromEntries(earlier)));
    // A record inserted first, one changed in the middle (longer), one removed.
    const later = [record(-1, 0), ...earlier.slice(0, 30), record(30, 123_456), ...earlier.slice(31, 50), ...earlier.slice(51)];
    const now = Buffer.from(JSON.stringify(Object.fromEntries(later)));
    // Every other record is left out, as lookup.bin leaves out the records that name no article.
    const oldMembers = jsonMembers(old).filter((_, i) => i % 2 === 0);
    const was = pairs(oldMembers.flatMap((m) => [m.start, m.end]));
    const revised = revisedMembers(now, 0, old, 0, was);
    const spans = revisedSpans(revised, was);
    const found = new Map(jsonMembers(now).map((m) => [m.start, m]));
    const taken = revised.taken.reduce((n, t) => n + t.length, 0);
    expect(taken).toBeGreaterThan(20);
    for (const t of revised.taken)
      for (let k = 0; k < t.length; k += 1) {
        const member = found.get(spans[2 * (t.index + k)]!)!;
        expect(member.end).toBe(spans[2 * (t.index + k) + 1]);
        expect(memberKey(now, member)).toBe(memberKey(old, oldMembers[t.rank + k]!));
      }
    for (const [i, m] of revised.scanned) expect(found.get(spans[2 * i]!)).toEqual(m);
    expect(new Set(spans.filter((_, k) => k % 2 === 0)).size).toBe(revised.count);
  });

  it('compare bytes in chunks up to the first difference', () => {
    const a = Buffer.alloc(3_000_000, 7);
    const b = Buffer.from(a);
    b[2_345_678] = 8;
    expect(sharedLength(a, 0, b, 0)).toBe(2_345_678);
    expect(sharedLength(a, 10, b, 0)).toBe(2_345_678);
    expect(sharedLength(a, 5, a, 0)).toBe(a.length - 5);
    expect(sharedLength(Buffer.from('abc'), 0, Buffer.from('abd'), 0)).toBe(2);
  });
});
