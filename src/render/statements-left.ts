import type { SideStatement } from '../answers/types';

/** Speakers named in a hint under a cut list; the rest are counted in the last line's command anyway. */
const HINTED_SPEAKERS = 3;

/**
 * Where a side's list was cut: per speaker with statements left, how many, and from which of theirs
 * (1-based, in the order `/summit quotes <speaker> <date>` lists them) the rest start.
 */
export function statementsLeft(
  statements: readonly SideStatement[],
  shown: number,
): Array<{ speaker: string; left: number; from: number }> {
  const seen = new Map<string, number>();
  for (const s of statements.slice(0, shown)) seen.set(s.speaker, (seen.get(s.speaker) ?? 0) + 1);
  const left = new Map<string, number>();
  for (const s of statements.slice(shown)) left.set(s.speaker, (left.get(s.speaker) ?? 0) + 1);
  return [...left].slice(0, HINTED_SPEAKERS).map(([speaker, n]) => ({ speaker, left: n, from: (seen.get(speaker) ?? 0) + 1 }));
}
