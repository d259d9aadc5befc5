/** "What each side said" about a summit: its coverage's attributed statements, grouped by side. */
import type { Archive } from '../search/archive';
import { SIDES } from '../quotes/types';
import type { SummitEvent } from '../events/types';
import type { SideAccount, SideStatement } from './types';

/** Sides with something said at this summit, Chinese, Russian, other; statements in article then paragraph order. */
export function summitSides(archive: Archive, event: SummitEvent): SideAccount[] {
  const bySide = new Map<string, SideStatement[]>();
  const ids = [...new Set(event.articles.map((a) => a.articleId))].sort();
  for (const articleId of ids) {
    const n = archive.articleIndex.get(articleId);
    if (n === undefined) continue;
    const { title, published } = archive.articles[n]!;
    for (const s of archive.statements.get(n) ?? []) {
      // Words said at another occasion ("last September, in Uzbekistan") are not this summit's.
      if (s.saidAt) continue;
      const list = bySide.get(s.side) ?? [];
      list.push({
        speaker: s.speaker,
        text: s.text,
        articleId,
        paragraph: s.paragraph,
        title,
        published,
        ...(typeof s.verbatim === 'boolean' ? { verbatim: s.verbatim } : {}),
        ...(s.reportedBy ? { reportedBy: s.reportedBy } : {}),
      });
      bySide.set(s.side, list);
    }
  }
  return SIDES.filter((side) => bySide.has(side)).map((side) => ({ side, statements: bySide.get(side)! }));
}
