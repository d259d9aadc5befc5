import { renderForTerminal, renderTerminalUsage } from '../../src/render/terminal';
import { dateAnswer, event, question, result } from './answers';

describe('renderForTerminal', () => {
  it('plain: matched words marked, citation and link readable', () => {
    const out = renderForTerminal(question([result()], { page: { offset: 0, limit: 1, total: 2 } }), { color: false });
    expect(out).toBe(
      [
        '*Excerpts for "gas":*',
        '',
        '  1. Putin said *gas* supplies would grow.',
        '     — Xi and Putin discuss gas · Reuters · published 2022-06-15 · summit 2022-06-15 · ¶ 3',
        '     https://example.com/gas',
        'Showing 1–1 of 2 excerpts.',
        '',
      ].join('\n'),
    );
  });

  it('colour: ANSI bold for matches, and article text cannot send its own escape codes', () => {
    const r = result({ excerpt: 'gas\u001b[2J cleared', highlights: [[0, 3]] });
    const out = renderForTerminal(question([r]), { color: true });
    expect(out).toContain('\u001b[1mgas\u001b[22m');
    expect(out).not.toContain('\u001b[2J');
  });

  it('every answer shape renders', () => {
    expect(renderForTerminal(dateAnswer(), { color: false })).toContain('15 June 2022 · phone call · 1 article');
    expect(
      renderForTerminal(dateAnswer({ event: null, nearest: [{ ...event(), distanceDays: 1 }], results: [] }), { color: false }),
    ).toContain('Nearest summits:');
    expect(renderForTerminal({ kind: 'timeline', events: [event()], page: { offset: 0, limit: 1, total: 1 } }, { color: false })).toContain(
      '2022-06-15 — phone call',
    );
    expect(
      renderForTerminal(
        {
          kind: 'on-this-date',
          day: '06-15',
          date: '2023-06-15',
          events: [{ ...event(), yearsAgo: 1, excerpts: [result()] }],
          page: { offset: 0, limit: 1, total: 1 },
          next: null,
        },
        { color: false },
      ),
    ).toContain('1 year ago, 15 June 2022');
    expect(
      renderForTerminal(
        {
          kind: 'on-this-date',
          day: '06-16',
          date: '2023-06-16',
          events: [],
          page: { offset: 0, limit: 0, total: 0 },
          next: { ...event({ date: '2022-12-30' }), day: '12-30', yearsAgo: 1 },
        },
        { color: false },
      ),
    ).toContain('The next anniversary is 30 December');
    expect(
      renderForTerminal(
        { kind: 'input-error', query: '2022-02-30', message: 'There is no 30 February.', hint: 'Try 2022-02-28.' },
        { color: false },
      ),
    ).toBe('There is no 30 February.\nTry 2022-02-28.\n');
    expect(renderForTerminal(question([], { notice: 'no-match', query: 'zebra' }), { color: false })).toContain(
      'Nothing in the archive matches "zebra"',
    );
  });

  it('usage lists the commands', () => {
    expect(renderTerminalUsage({ color: false })).toContain('*/summit list*');
  });
});
