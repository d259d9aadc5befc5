/**
 * An article with no date at all (no publication date, no day in its text) can still be placed: its
 * words may resemble one event's coverage far more than any other's. It is attached only when the
 * resemblance is strong and clearly ahead of the runner-up, of the kind the article names, and is
 * marked `inferred` ("attached by resemblance") wherever it is shown; otherwise it stays undated.
 */
import { addDays, weekdayOf } from '../corpus/calendar-date';
import { addInto, cosine, termCounts, tfidf, type TermVector } from './term-vector';
import { formatIn } from './summit-language';
import type { ArticleDating, SummitEvent } from './types';

/** How alike an undated article and an event's coverage must be before it is attached. */
export const INFER_MIN_SIMILARITY = 0.15;
/** …and by how much the best event must beat the runner-up. */
export const INFER_MIN_MARGIN = 1.2;

/** What the timeline needs of an article that reports a summit. */
export interface SummitArticle {
  id: string;
  title: string;
  published: string | null;
  paragraphs: string[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const familyOf = (kind: string | null | undefined) => (kind === 'phone call' || kind === 'video call' ? kind : 'in person');

/** Resemblance is measured among the articles that report a summit: what sets one summit's coverage apart from another's. */
export function attachByResemblance(
  all: SummitArticle[],
  events: SummitEvent[],
  undated: SummitArticle[],
  datings: Map<string, ArticleDating>,
): void {
  if (undated.length === 0 || events.length === 0) return;
  const vectors = tfidf(all.map((a) => termCounts([a.title, ...a.paragraphs].join(' '))));
  const vectorOf = new Map(all.map((a, i) => [a.id, vectors[i]!]));
  const coverage: TermVector[] = events.map((e) => {
    const v: TermVector = new Map();
    for (const a of e.articles) {
      const w = vectorOf.get(a.articleId);
      if (w) addInto(v, w);
    }
    return v;
  });
  for (const article of undated) {
    const v = vectorOf.get(article.id)!;
    const said = formatIn([article.title, ...article.paragraphs.slice(0, 4)].join(' '));
    const family = familyOf(said);
    // A video call is not a phone call: when the article says which kind it reports, only events of that kind are candidates.
    const sameKind = events.map((e, i) => i).filter((i) => familyOf(events[i]!.kind) === family);
    const candidates = said && sameKind.length > 0 ? sameKind : events.map((e, i) => i);
    const ranked = candidates.map((i) => ({ i, sim: cosine(v, coverage[i]!) })).sort((a, b) => b.sim - a.sim);
    const best = ranked[0];
    const second = ranked[1]?.sim ?? 0;
    const d = datings.get(article.id)!;
    const conflict = best ? contradiction(d, events[best.i]!) : null;
    if (best && best.sim >= INFER_MIN_SIMILARITY && best.sim >= second * INFER_MIN_MARGIN && !conflict) {
      const event = events[best.i]!;
      event.articles.push({
        articleId: article.id,
        title: article.title,
        published: article.published,
        dateFrom: 'inferred',
        role: 'resemblance',
      });
      Object.assign(d, {
        eventDate: event.date,
        kind: event.kind,
        dateFrom: 'inferred',
        role: 'resemblance',
        paragraph: null,
        similarity: round(best.sim),
        evidence: `attached by resemblance: no date in the article; its text resembles the coverage of ${event.date} (similarity ${round(best.sim)}, next best ${round(second)})`,
      });
    } else {
      Object.assign(d, {
        eventDate: null,
        dateFrom: null,
        paragraph: null,
        ...(best ? { similarity: round(best.sim) } : {}),
        evidence: conflict
          ? `no date in the article; it resembles the coverage of ${events[best!.i]!.date} (similarity ${round(best!.sim)}) but ${conflict}; left undated`
          : best
            ? `no date in the article, and no summit's coverage resembles it closely enough (best ${round(best.sim)}, next ${round(second)}; ${INFER_MIN_SIMILARITY} and ${INFER_MIN_MARGIN}× the next are needed); left undated`
            : 'no date in the article and no dated summit to compare it with; left undated',
      });
    }
  }
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * What the article itself says against the event its words resemble: another weekday ("met in
 * Astana on Wednesday" is no Friday meeting) or another place. Resemblance never overrides the text.
 */
function contradiction(d: ArticleDating, event: SummitEvent): string | null {
  const claims = (d.claims ?? []).filter((c) => (c.what === 'contact' || c.what === 'presence') && !c.vague && c.tense !== 'future');
  const days: number[] = [];
  for (let day = event.date; day <= (event.end ?? event.date); day = addDays(day, 1)) days.push(weekdayOf(day));
  for (const c of claims) {
    const named = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`, 'i').test(c.sentence));
    if (named >= 0 && !days.includes(named)) return `it says ${WEEKDAYS[named]}, and ${event.date} is not one`;
    if (c.place && event.place && !event.place.includes(c.place) && !c.place.includes(event.place))
      return `it names ${c.place}, and the event was in ${event.place}`;
  }
  return null;
}
