import { decodeActionValue, encodeActionValue } from '../../src/render/slack/action-value';
import { renderSlackMessage } from '../../src/render/slack';
import { question, result } from './answers';

const buttonsOf = (blocks: unknown[]) =>
  (blocks as Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

describe('action values', () => {
  it('round-trip, and anything else is not ours', () => {
    expect(decodeActionValue(encodeActionValue({ request: 'gas', offset: 3, replyIn: 'thread' }))).toEqual({
      request: 'gas',
      offset: 3,
      replyIn: 'thread',
    });
    for (const bad of [undefined, null, '', 'x', '{"r":1,"o":0}', '{"r":"a","o":-1}', 'null']) expect(decodeActionValue(bad)).toBeNull();
  });

  it('carry a long request whole, white space and all, when it fits 2,000 characters', () => {
    const request = `unsubscribe${' '.repeat(1495)}NATO`;
    const value = encodeActionValue({ request, offset: 0, replyIn: 'ephemeral' });
    expect(value!.length).toBeLessThanOrEqual(2000);
    expect(decodeActionValue(value)).toEqual({ request, offset: 0, replyIn: 'ephemeral' });
  });

  it('are never made from a request that does not fit whole: no value rather than a cut one', () => {
    expect(encodeActionValue({ request: `unsubscribe${' '.repeat(3000)}NATO`, offset: 0, replyIn: 'ephemeral' })).toBeNull();
    // JSON escapes count too: 1,000 quotes become 2,000 characters.
    expect(encodeActionValue({ request: '"'.repeat(1000), offset: 0, replyIn: 'thread' })).toBeNull();
  });

  it('written by older versions with a request cut at 1,500 characters are refused', () => {
    const cut = `unsubscribe${' '.repeat(1489)}`;
    expect(cut).toHaveLength(1500);
    expect(decodeActionValue(JSON.stringify({ r: cut, o: 0, i: 'e' }))).toBeNull();
    expect(encodeActionValue({ request: cut, offset: 0, replyIn: 'ephemeral' })).toBeNull();
  });

  it('a question too long for a value gets no More or Share button; a normal one gets both', () => {
    const answer = question([result()], { page: { offset: 0, limit: 1, total: 4 } });
    const long = renderSlackMessage(answer, { request: `unsubscribe${' '.repeat(3000)}NATO`, share: true });
    expect(buttonsOf(long.blocks)).toEqual([]);
    const normal = renderSlackMessage(answer, { request: 'gas', share: true });
    expect(buttonsOf(normal.blocks).map((b) => [b.action_id, decodeActionValue(b.value)?.request])).toEqual([
      ['summit_more', 'gas'],
      ['summit_share', 'gas'],
    ]);
  });
});
