/** What Summit understands, shared by /summit help, the mention hint and the shell. */
export const USAGE_EXAMPLES: ReadonlyArray<[string, string]> = [
  ['2022-06-15', "that day's summit, with the best excerpt of each article (any common date form works: 15 June 2022, 6/15/2022)"],
  ['what did they say about gas?', 'the best cited excerpts for a question'],
  ['quotes Xi [date or words]', 'what a speaker said, cited (Xi, Putin, Peskov, the Kremlin, Xinhua…), for a summit date or about some words'],
  ['list', 'every summit found, oldest first'],
  ['on this date [MM-DD]', 'summits on this day in earlier years (default: today)'],
  ['subscribe / unsubscribe / subscriptions', "this channel's daily “on this date” post"],
  ['help', 'this message'],
];

/** The usage lines, each example written with `prefix` (`/summit `, `@Summit `). */
export function usageLines(prefix: string, mark: (s: string) => string): string[] {
  return USAGE_EXAMPLES.map(([example, what]) => `${mark(`${prefix}${example}`)} — ${what}`);
}
