/** What of a message "Check with Summit" searches: at most this many characters (the search has a time budget). */
export const CHECK_MAX_CHARS = 1000;

/** The words of a checked message (already plain text), on one line, cut at a word; '' when it has none. */
export function checkedText(plain: string): string {
  const t = plain.replace(/\s+/g, ' ').trim();
  if (t.length <= CHECK_MAX_CHARS) return t;
  const cut = t.slice(0, CHECK_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > CHECK_MAX_CHARS / 2 ? cut.slice(0, space) : cut;
}
