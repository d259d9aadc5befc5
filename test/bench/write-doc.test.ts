import { BEGIN, END, replaceResults } from '../../bench/write-doc';
import { percentile, summarize } from '../../bench/stats';

describe('the results section of docs/benchmarks.md', () => {
  it('replaces only the text between the markers', () => {
    const doc = `# Benchmarks\nintro\n${BEGIN}\nold table\n${END}\nafter\n`;
    expect(replaceResults(doc, 'new table')).toBe(`# Benchmarks\nintro\n${BEGIN}\nnew table\n${END}\nafter\n`);
  });

  it('appends the markers when the page has none', () => {
    expect(replaceResults('# Benchmarks\n', 'table')).toBe(`# Benchmarks\n\n${BEGIN}\ntable\n${END}\n`);
  });
});

describe('latency summaries', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, p50Ms: 2, p99Ms: 3, maxMs: 3, meanMs: 2 });
    expect(summarize([]).p50Ms).toBeNaN();
  });
});
