/** Every search has a bounded cost: past its budget it stops and the person is told what to ask instead. */
import { askQuestion } from '../../src/answers';
import { renderForTerminal } from '../../src/render/terminal';
import { renderSlackMessage } from '../../src/render/slack';
import { scoreShard, SearchTooLong } from '../../src/search/score-shard';
import type { ShardData } from '../../src/search/shard-data';
import { bundledArchive } from '../support/small-archive';

/** One term found in every one of `n` paragraphs. */
function wideShard(n: number): ShardData {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  return {
    terms: ['putin'],
    termIndex: Int32Array.of(0),
    postingStart: Int32Array.of(0, n),
    postingDocs: all,
    postingScores: new Int32Array(n).fill(1000),
    vectorStart: Int32Array.from({ length: n + 1 }, (_, i) => i),
    vectorTerms: new Int32Array(n),
    vectorScores: new Int32Array(n).fill(1000),
  };
}

describe('the search budget', () => {
  it('stops a search that runs past its budget, and leaves one within it alone', () => {
    const data = wideShard(300_000);
    let calls = 0;
    expect(() => scoreShard(data, ['putin'], 3, undefined, () => ++calls > 2)).toThrow(SearchTooLong);
    expect(calls).toBe(3);
    expect(scoreShard(data, ['putin'], 3, undefined, () => false).total).toBe(300_000);
  });

  it('a question past its budget answers that it took too long and what to ask instead, in Slack and in the shell', () => {
    const archive = bundledArchive();
    let now = 0;
    // A clock that jumps a second each time it is read: the budget is spent before the first shard.
    const answer = askQuestion(archive, 'what did Xi say about NATO', { budgetMs: 500, clock: () => (now += 1000) });
    expect(answer).toMatchObject({ kind: 'question', notice: 'too-long', results: [] });
    const slack = JSON.stringify(renderSlackMessage(answer, { request: 'what did Xi say about NATO', replyIn: 'thread' }).blocks);
    expect(slack).toContain('took too long, so I stopped. Ask with fewer, rarer words');
    expect(renderForTerminal(answer, { color: false })).toContain('took too long, so I stopped');
    // The same question with the real clock is answered.
    expect(askQuestion(archive, 'what did Xi say about NATO').results.length).toBeGreaterThan(0);
  });
});
