/**
 * Counts what each cleaning rule mended in one article, keeping the first few examples: a transcript
 * can hold thousands of links or labels, and the build report needs the rule and a sample, not all.
 */
import type { Repaired } from './types';

const EXAMPLES = 3;
const EXAMPLE_CHARS = 80;

export class RepairTally {
  private readonly byRule = new Map<string, Repaired>();

  add(rule: string, example: string, count = 1): void {
    const r = this.byRule.get(rule) ?? { rule, count: 0, examples: [] };
    r.count += count;
    const shown = example.length > EXAMPLE_CHARS ? `${example.slice(0, EXAMPLE_CHARS - 1)}…` : example;
    if (r.examples.length < EXAMPLES && !r.examples.includes(shown)) r.examples.push(shown);
    this.byRule.set(rule, r);
  }

  list(): Repaired[] {
    return [...this.byRule.values()];
  }
}
