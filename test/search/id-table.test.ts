import { seededRandom } from '../../bench/fuzz-inputs';
import { bucketsFor, extendedIdTable, idTable, numberInTable } from '../../src/search/id-table';

const idsOf = (count: number, random: () => number) =>
  Array.from({ length: count }, (_, i) => `${2000 + Math.floor(random() * 20)}-01-01-${i}-${Math.floor(random() * 1e6)}`);

describe('the id table of lookup.bin', () => {
  it('extended with the articles an update adds is the table made from every id', () => {
    const random = seededRandom(7);
    for (const [kept, count] of [
      [0, 1],
      [5, 8],
      [1_000, 1_003],
      [1_025, 2_048],
    ] as const) {
      const ids = idsOf(count, random);
      const extended = extendedIdTable(idTable(ids.slice(0, kept)), ids, kept);
      expect(extended).toEqual(idTable(ids));
      ids.forEach((id, n) => expect(numberInTable(extended!, ids, id)).toBe(n));
    }
  });

  it('is made again when the count of buckets changes, and refuses an id already taken', () => {
    const ids = idsOf(1_024, seededRandom(8));
    expect(bucketsFor(1_024)).toBe(1_024);
    expect(extendedIdTable(idTable(ids), [...ids, 'one-more'], 1_024)).toBeNull();
    const few = ids.slice(0, 1_000);
    expect(extendedIdTable(idTable(few), [...few, 'new-one', few[3]!], 1_000)).toBeNull();
    expect(extendedIdTable(idTable(few), [...few, 'new-one', 'new-two'], 1_000)).not.toBeNull();
  });
});
