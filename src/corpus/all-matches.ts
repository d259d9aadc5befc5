/**
 * Every match of a global regular expression in a text, as `[...text.matchAll(re)]` gives them.
 * `matchAll` copies the expression on each call, which costs more than the search itself when a
 * short text is searched for something it rarely holds (a build does so millions of times).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: ${re.source}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m);
      // An empty match would be found again at the same place: step past it, as matchAll does.
      if (m[0] === '') re.lastIndex = stepPast(text, re.lastIndex, re.unicode);
    }
  } finally {
    re.lastIndex = 0;
  }
  return found;
}

function stepPast(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? at + 2 : at + 1;
}
