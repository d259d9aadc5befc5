import { jsonMembers, memberKey, memberNamed } from '../../src/search/json-members';

const spans = (text: string, at = 0) => {
  const bytes = Buffer.from(text);
  return jsonMembers(bytes, at).map((m) => ({
    key: m.keyStart >= 0 ? memberKey(bytes, m) : null,
    value: bytes.toString('utf8', m.start, m.end),
  }));
};

describe('where the members of a JSON value lie', () => {
  it('finds each element of a compact array, strings with brackets, quotes and escapes inside kept whole', () => {
    const list = [{ id: 'a', title: 'He said "[no]", {ok}' }, 'x\\"]', 12.5, null, [1, [2]], { n: { deep: '}' } }];
    const text = JSON.stringify(list);
    expect(spans(text).map((m) => JSON.parse(m.value) as unknown)).toEqual(list);
    expect(spans(text).every((m) => m.key === null)).toBe(true);
  });

  it('finds an indented object’s members with their keys, and the members of a value inside it', () => {
    const timeline = { events: [{ date: '2019-06-05', title: 'Moscow — «visit»' }], datings: [{ articleId: 'k1' }, { articleId: 'k2' }] };
    const text = JSON.stringify(timeline, null, 1);
    const root = spans(text);
    expect(root.map((m) => m.key)).toEqual(['events', 'datings']);
    expect(JSON.parse(root[0]!.value)).toEqual(timeline.events);
    const bytes = Buffer.from(text);
    const datings = memberNamed(bytes, 0, 'datings')!;
    expect(memberNamed(bytes, 0, 'nothing')).toBeNull();
    expect(memberKey(Buffer.from('{"a\\"b":1}'), jsonMembers(Buffer.from('{"a\\"b":1}'))[0]!)).toBe('a"b');
    expect(jsonMembers(bytes, datings.start).map((m) => JSON.parse(bytes.toString('utf8', m.start, m.end)) as unknown)).toEqual(
      timeline.datings,
    );
  });

  it('places multi-byte text by bytes, so a slice of the file parses alone', () => {
    const list = ['Си Цзиньпин', '习近平', 'Путин'];
    const bytes = Buffer.from(JSON.stringify(list));
    const third = jsonMembers(bytes)[2]!;
    expect(JSON.parse(bytes.subarray(third.start, third.end).toString('utf8'))).toBe('Путин');
  });

  it('reads empty containers, and refuses what is not JSON', () => {
    expect(spans('[]')).toEqual([]);
    expect(spans(' { } ')).toEqual([]);
    expect(() => spans('"text"')).toThrow(/no array or object/);
    expect(() => spans('[1 2]')).toThrow(/expected a comma/);
    expect(() => spans('["open')).toThrow(/unterminated string/);
    expect(() => spans('{"a" 1}')).toThrow(/no colon/);
  });
});
