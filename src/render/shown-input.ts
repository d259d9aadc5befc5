/**
 * What a person typed, as a heading or a notice restates it: on one line and at most
 * SHOWN_INPUT_MAX characters, cut at a word with "…". A 100 KB paste is answered, never echoed whole.
 */
export const SHOWN_INPUT_MAX = 200;

export function shownInput(text: string, max = SHOWN_INPUT_MAX): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
