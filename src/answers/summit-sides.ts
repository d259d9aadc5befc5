/**
 * "What each side said" about a summit: the words said at it, grouped by side. Words in its coverage
 * that were said elsewhere are not its words: a sentence's own occasion ("last September, in
 * Uzbekistan", linked to that summit when the timeline has it), or the article's own occasion — an
 * article published before the summit (an announcement, an interview), one that only mentions it, the
 * same trip's other business (a meeting with another leader), an interview, a written message, a news
 * conference after it, a transcript where neither side speaks (a briefing elsewhere). Words another article says were said at this summit are its words.
 */
import type { Archive } from '../search/archive';
import { SIDES, type Statement } from '../quotes/types';
import { isOwnOccasion, linkOccasion, ownOccasionTitle } from '../quotes/link-occasion';
import type { SummitEvent } from '../events/types';
import type { OccasionDays, SideAccount, SideStatement } from './types';

/** Where a statement of a summit's coverage was said: at the summit, or at its own occasion. */
export interface Placement {
  /** Said at the summit it is placed against. */
  at: boolean;
  /** The occasion's words (the sentence's, or the article's title), when not that summit's. */
  saidAt?: string;
  saidOn?: OccasionDays;
  /** The timeline's summit its sentence names, when it names one. */
  linked?: SummitEvent;
}

/** A statement with its article number. */
export interface Placed {
  n: number;
  statement: Statement;
  placement: Placement;
}

/** Timeline summits linked to the occasion of each statement that names one, per archive and article. */
const linksCache = new WeakMap<Archive, Map<Statement, SummitEvent | null>>();

function linkOf(archive: Archive, n: number, s: Statement): SummitEvent | null {
  if (!s.saidAt) return null;
  let links = linksCache.get(archive);
  if (!links) linksCache.set(archive, (links = new Map()));
  if (!links.has(s)) links.set(s, linkOccasion(s.saidAt, archive.article(n)?.published ?? null, archive.events));
  return links.get(s)!;
}

/** A transcript where one of the two sides speaks (not a briefing elsewhere that only talks about them). */
const sideSpeaks = (list: readonly Statement[]) => list.some((s) => s.turn && !s.reportedBy && s.side !== 'other');

/** Where statement `s` of article `n` was said, against `event` (a summit the article is filed under; null: none). */
export function placeStatement(archive: Archive, n: number, s: Statement, event: SummitEvent | null): Placement {
  const a = archive.article(n)!;
  if (s.saidAt) {
    const linked = linkOf(archive, n, s);
    if (linked && event && linked.date === event.date && (linked.end ?? linked.date) === (event.end ?? event.date)) return { at: true };
    if (!linked && event && isOwnOccasion(s.saidAt, a.published, event)) return { at: true };
    return linked
      ? { at: false, saidAt: s.saidAt, saidOn: { of: 'summit', date: linked.date, ...(linked.end ? { end: linked.end } : {}) }, linked }
      : { at: false, saidAt: s.saidAt };
  }
  if (!event) return { at: true };
  const role = event.articles.find((x) => x.articleId === a.id)?.role;
  const published = a.published;
  const before = published !== null && published < event.date;
  const after = published !== null && published > (event.end ?? event.date);
  const own =
    before ||
    role === 'announcement' ||
    role === 'reference' ||
    // The same trip's other business (a meeting with another leader): the two are not shown together there.
    role === 'same visit' ||
    // An interview, a message, a news conference: the speaker's own words are said there; what they relay may be the summit's.
    (ownOccasionTitle(a.title) && !s.reportedBy) ||
    // A transcript records its own day and setting: after the summit, or where neither side speaks, not the summit's.
    (s.turn && (after || !sideSpeaks(archive.statements.get(n) ?? [])));
  if (!own) return { at: true };
  return { at: false, saidAt: a.title, ...(published ? { saidOn: { of: 'publication', date: published } } : {}) };
}

const byArticle = (archive: Archive) => (x: Placed, y: Placed) => {
  const ix = archive.article(x.n)!.id;
  const iy = archive.article(y.n)!.id;
  return (ix < iy ? -1 : ix > iy ? 1 : 0) || x.statement.paragraph - y.statement.paragraph;
};

/**
 * A summit's statements: `at`, said at it (its coverage's, and those other articles say were said at
 * it), and `elsewhere`, its coverage's words said at other occasions; each in article, then paragraph order.
 */
export function summitStatements(archive: Archive, event: SummitEvent): { at: Placed[]; elsewhere: Placed[] } {
  const at: Placed[] = [];
  const elsewhere: Placed[] = [];
  const ids = new Set(event.articles.map((a) => a.articleId));
  for (const articleId of [...ids].sort()) {
    const n = archive.articleNumber(articleId);
    if (n === undefined) continue;
    for (const statement of archive.statements.get(n) ?? []) {
      const placement = placeStatement(archive, n, statement, event);
      (placement.at ? at : elsewhere).push({ n, statement, placement });
    }
  }
  // Words other articles put at this summit ("back in September at the summit in Hangzhou").
  for (const [n, list] of archive.statements) {
    const a = archive.article(n);
    if (!a || ids.has(a.id)) continue;
    for (const statement of list) {
      const linked = linkOf(archive, n, statement);
      if (linked && linked.date === event.date && (linked.end ?? linked.date) === (event.end ?? event.date))
        at.push({
          n,
          statement,
          placement: {
            at: true,
            saidAt: statement.saidAt!,
            saidOn: { of: 'summit', date: linked.date, ...(linked.end ? { end: linked.end } : {}) },
          },
        });
    }
  }
  at.sort(byArticle(archive));
  return { at, elsewhere };
}

/** Sides with something said at this summit, Chinese, Russian, other; statements in article then paragraph order. */
export function summitSides(archive: Archive, event: SummitEvent): SideAccount[] {
  const bySide = new Map<string, SideStatement[]>();
  for (const { n, statement: s, placement } of summitStatements(archive, event).at) {
    const { id: articleId, title, published } = archive.article(n)!;
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
      ...(placement.saidAt ? { saidAt: placement.saidAt } : {}),
      ...(placement.saidOn ? { saidOn: placement.saidOn } : {}),
    });
    bySide.set(s.side, list);
  }
  return SIDES.filter((side) => bySide.has(side)).map((side) => ({ side, statements: bySide.get(side)! }));
}
