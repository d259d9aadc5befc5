/** A 100 KB input is answered, but a heading restates it shortened with "…", in Slack and in the terminal. */
import { answerQuotes, answerSummit, askQuestion, onThisDate } from '../../src/answers';
import { renderSlackMessage } from '../../src/render/slack';
import { blockChars } from '../../src/render/slack/pack-blocks';
import { SHOWN_INPUT_MAX, shownInput } from '../../src/render/shown-input';
import { renderCheckForTerminal, renderForTerminal } from '../../src/render/terminal';
import { bundledArchive } from '../support/small-archive';

const archive = bundledArchive();
const TODAY = '2026-11-25';
/** 100 KB of words, starting with a real question. */
const HUGE = `what did Putin say about gas ${'pipeline supplies '.repeat(6000)}`.slice(0, 100_000);
const HEAD = 'what did Putin say about gas pipeline supplies pipeline';

describe('a 100 KB input', () => {
  it('is shortened at a word with "…"', () => {
    const shown = shownInput(HUGE);
    expect(shown.length).toBeLessThanOrEqual(SHOWN_INPUT_MAX);
    expect(shown).toMatch(/^what did Putin say about gas pipeline supplies .* (pipeline|supplies)…$/);
    expect(shownInput('  a\n short   one ')).toBe('a short one');
  });

  it('is restated shortened in Slack ("You asked: …") and the whole message stays small', () => {
    const answer = askQuestion(archive, HUGE, { today: TODAY });
    const message = renderSlackMessage(answer, { asked: `/summit ${HUGE}` });
    const first = (message.blocks[0] as { type: string; elements: Array<{ text: string }> }).elements[0]!.text;
    expect(first).toMatch(/^You asked: \/summit what did Putin say about gas pipeline supplies .*…$/);
    expect(first.length).toBeLessThanOrEqual('You asked: '.length + SHOWN_INPUT_MAX);
    expect(blockChars(message.blocks)).toBeLessThan(12_000);
    expect(message.text.length).toBeLessThanOrEqual(300);
  });

  it('is restated shortened in the terminal heading', () => {
    const out = renderForTerminal(askQuestion(archive, HUGE, { today: TODAY }), { color: false });
    const heading = out.split('\n')[0]!;
    expect(
      heading.startsWith(`*Excerpts for "${HEAD}`) ||
        heading.startsWith(`Nothing in the archive matches "${HEAD}`) ||
        heading.startsWith(`Searching for "${HEAD}`),
    ).toBe(true);
    expect(heading).toContain('…"');
    expect(out.length).toBeLessThan(10_000);
  });

  it('is shortened when a search of it finds nothing, for quotes, "Check with Summit" and a bad day', () => {
    const nothing = askQuestion(archive, `zzqx ${'qqzz '.repeat(2_000)}`, { today: TODAY });
    expect(renderForTerminal(nothing, { color: false }).length).toBeLessThan(600);
    expect(JSON.stringify(renderSlackMessage(nothing)).length).toBeLessThan(2_000);

    const quotes = answerQuotes(archive, `Xi ${'gas '.repeat(25_000)}`, { today: TODAY });
    expect(renderForTerminal(quotes, { color: false }).length).toBeLessThan(600);
    expect(JSON.stringify(renderSlackMessage(quotes)).length).toBeLessThan(2_000);

    const check = askQuestion(archive, HUGE, { today: TODAY });
    expect(renderCheckForTerminal(HUGE, check, { color: false }).split('\n')[0]).toMatch(/^Checked with Summit: "what did Putin say .*…"$/);

    const day = onThisDate(archive, `06-15${'x'.repeat(100_000)}`, { today: TODAY });
    expect(day.kind).toBe('input-error');
    expect(renderForTerminal(day, { color: false }).length).toBeLessThan(600);
    expect(JSON.stringify(renderSlackMessage(day)).length).toBeLessThan(2_000);
  });

  it('typed as a date with 100 KB after it still gives a short heading', () => {
    // The date names the 15 June 2022 call; the rest, searched in its coverage and beyond, matches nothing.
    const answer = answerSummit(archive, `2022-06-15 ${'x'.repeat(100_000)}`, { today: TODAY });
    const out = renderForTerminal(answer, { color: false });
    expect(out.split('\n')[0]).toMatch(/^Nothing in the archive matches "2022-06-15 x+…"\. Try other words/);
    expect(out.split('\n')[0]!.length).toBeLessThanOrEqual(SHOWN_INPUT_MAX + 100);
    expect(out.length).toBeLessThan(600);
  });
});
