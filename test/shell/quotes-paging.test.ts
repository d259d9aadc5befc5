/** Issue 12: `/summit quotes <name> [date | words]` pages with `more`, and a date page's hint leads to the rest. */
import { shellSession as shell } from '../support/shell-session';

/** The numbered statements shown, as `n. words`. */
const numbered = (out: string) => [...out.matchAll(/^ {2}(\d+)\. (.*)$/gm)].map((m) => `${m[1]}. ${m[2]}`);

describe('quotes in the shell', () => {
  it('"more" pages through every statement of a speaker, then says there is nothing more', async () => {
    const first = await shell(['/summit quotes Xi']);
    const total = Number(/\((\d+) statements\)/.exec(first)![1]);
    expect(total).toBeGreaterThan(6);
    expect(first).toContain(`Showing 1–3 of ${total} statements.`);
    expect(first).toContain('Type "more" for the next statements.');

    const pages = Math.ceil(total / 3);
    const out = await shell(['/summit quotes Xi', ...Array.from({ length: pages }, () => 'more')]);
    expect(out).toContain(`Showing 4–6 of ${total} statements.`);
    expect(out).toContain(`Showing ${(pages - 2) * 3 + 1}–${(pages - 1) * 3} of ${total} statements.`);
    const shown = numbered(out).map((l) => Number(l.split('.')[0]));
    expect(shown).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(out.trimEnd().endsWith('Nothing more to show: ask something else.')).toBe(true);
  });

  it('pages a date and words too', async () => {
    const byDate = await shell(['/summit quotes Xi 2022-06-15', 'more']);
    expect(byDate).toMatch(/Showing 4–6 of \d+ statements\./);
    const byWords = await shell(['/summit quotes Xi Russia', 'more']);
    expect(byWords).toMatch(/Showing 4–6 of \d+ statements\./);
  });

  it('the hint under "What each side said" leads to the statements left out, not the same ones', async () => {
    const datePage = await shell(['/summit 2022-06-15']);
    const hint = /…and (\d+) more by Xi Jinping: (\/summit quotes Xi Jinping 2022-06-15 from (\d+))/.exec(datePage);
    expect(hint).not.toBeNull();
    const [, left, command, from] = hint!;
    const shownOnDatePage = datePage
      .split('\n')
      .filter((l) => l.startsWith('    • Xi Jinping: '))
      .map((l) => l.slice('    • Xi Jinping: '.length, l.lastIndexOf(' — ')));
    expect(shownOnDatePage).toHaveLength(Number(from) - 1);

    const rest = await shell([command!, 'more', 'more', 'more', 'more']);
    const lines = numbered(rest);
    expect(lines[0]).toMatch(new RegExp(`^${from}\\. `));
    expect(lines).toHaveLength(Number(left));
    for (const words of shownOnDatePage) expect(lines.some((l) => l.includes(words.slice(0, 40)))).toBe(false);

    // From the start, the same speaker and day show the ones on the date page first.
    const all = numbered(await shell(['/summit quotes Xi Jinping 2022-06-15']));
    expect(all[0]).toContain(shownOnDatePage[0]!.slice(0, 40));
  });

  it('shows a quote in marks, a paraphrase as reported, and who relayed it', async () => {
    const out = await shell(['/summit quotes Xi', 'more']);
    expect(out).toMatch(/^ {2}\d+\. .*\(reported\)$/m);
    expect(out).toMatch(/^ {2}\d+\. .*“[^”]+”.* — as relayed by Yuri Ushakov$/m);
  });
});
