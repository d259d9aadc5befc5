/**
 * The timeline: each article read for its claims of contact between the two (read-claims.ts), the
 * claims grouped into events (group-events.ts), and every article's dating: the sentence that dated
 * it and how, or why it stays undated. An article with no date at all is attached to the event whose
 * coverage it resembles only when the resemblance is strong, and is marked so.
 */
import type { Article } from '../corpus/types';
import { commonest, eventTitle, inPersonFormat, kindOfFormat } from './event-title';
import { groupEvents, type GroupedEvent, type SourcedClaim } from './group-events';
import { readClaims } from './read-claims';
import { attachByResemblance, type SummitArticle } from './resemblance';
import type { ArticleClaim, ArticleDating, DateFrom, EventEvidence, EventFormat, SummitEvent, Timeline } from './types';
import { unreported } from './unreported';

export { INFER_MIN_MARGIN, INFER_MIN_SIMILARITY, type SummitArticle } from './resemblance';

/** A release naming both without stating a contact: it joins a visit of its day, if there is one. */
export const NAMES_BOTH = 'names both leaders without stating a contact; part of a visit of its day, if there is one';

/** How one article is dated on its own: its claims, and the best of them. */
export function dateArticle(article: Article): ArticleDating {
  const claims = readClaims(article);
  const contacts = claims.filter((c) => c.what === 'contact' || c.what === 'presence');
  const keep = claims.length ? { claims } : {};
  if (contacts.length === 0 && claims.some((c) => c.what === 'named')) {
    return {
      articleId: article.id,
      eventDate: null,
      kind: 'in-person talks',
      dateFrom: null,
      paragraph: null,
      evidence: NAMES_BOTH,
      ...keep,
    };
  }
  if (contacts.length === 0) return claims.length ? { ...unreported(article.id), claims } : unreported(article.id);
  const best = bestClaim(contacts);
  const format = best.format;
  const kind = kindOfFormat(format ?? 'meeting', [best]);
  if (!best.date)
    return {
      articleId: article.id,
      eventDate: null,
      kind,
      dateFrom: null,
      paragraph: best.paragraph,
      evidence: `no day in the article: ${best.sentence}`,
      ...(format ? { format } : {}),
      ...keep,
    };
  return {
    articleId: article.id,
    eventDate: best.date,
    ...(best.end ? { end: best.end } : {}),
    kind,
    dateFrom: best.dateFrom!,
    paragraph: best.paragraph,
    evidence: best.sentence,
    ...(best.how ? { how: best.how } : {}),
    ...(format ? { format } : {}),
    ...keep,
  };
}

/** A reported contact dated by the text, then one dated by the release, then an announcement, then anything. */
function bestClaim(claims: ArticleClaim[]): ArticleClaim {
  const score = (c: ArticleClaim) =>
    (c.date ? 0 : 100) +
    (c.tense === 'future' ? 20 : 0) +
    (c.what === 'presence' ? 10 : 0) +
    (c.strength === 'weak' ? 5 : 0) +
    (c.dateFrom === 'header' ? 2 : 0) +
    (c.relation === 'several' ? 1 : 0);
  return [...claims].sort((a, b) => score(a) - score(b))[0]!;
}

/** An article that reports a summit, dated or not: the index keeps its paragraphs and statements. */
export const reportsSummit = (d: ArticleDating | undefined): boolean => d != null && d.kind !== null;

/** An article the timeline reads: it reports a contact, or Putin at (or announced for) a summit an event may be held at. */
export const readByTimeline = (d: ArticleDating) =>
  reportsSummit(d) || (d.claims ?? []).some((c) => c.what === 'summit notice' || c.what === 'summit day');

export function buildTimeline(articles: Article[]): Timeline {
  const datings = articles.map(dateArticle);
  const summit = articles.filter((a, i) => readByTimeline(datings[i]!));
  return assembleTimeline(datings, summit);
}

/**
 * Groups the articles' claims into events and dates every article by its event. `own` is every
 * article's own dating (with its claims), in archive order; `summit` the articles that report a
 * contact (their text is compared when one has no date at all).
 */
export function assembleTimeline(own: ArticleDating[], summit: SummitArticle[]): Timeline {
  const published = new Map(summit.map((a) => [a.id, a.published]));
  const sourced: SourcedClaim[] = own.flatMap((d) =>
    withoutFallbacks(d.claims ?? []).map((claim) => ({ articleId: d.articleId, published: published.get(d.articleId) ?? null, claim })),
  );
  const { events: grouped } = groupEvents(sourced);
  const datings = new Map(own.map((d) => [d.articleId, { ...d }]));
  const events = grouped.map((g) => toEvent(g, summit));
  const attached = new Set(events.flatMap((e) => e.articles.map((a) => a.articleId)));
  const undated = summit.filter((a) => !attached.has(a.id) && !a.published && datings.get(a.id)?.kind != null);
  attachByResemblance(summit, events, undated, datings);
  events.forEach((e, i) => {
    e.articles.sort(articleOrder);
    for (const a of e.articles) {
      const d = datings.get(a.articleId);
      if (!d || a.dateFrom === 'inferred') continue;
      Object.assign(d, datingFrom(e, a.role ?? 'report', a.dateFrom, memberClaim(grouped[i]!, a.articleId)));
    }
  });
  for (const d of datings.values()) {
    if (d.kind !== null && !attached.has(d.articleId) && d.dateFrom !== 'inferred' && d.evidence !== NAMES_BOTH) {
      Object.assign(d, {
        eventDate: null,
        dateFrom: null,
        evidence: d.evidence.startsWith('no day') || d.evidence.startsWith('left undated') ? d.evidence : `left undated: ${d.evidence}`,
      });
      delete d.end;
      delete d.role;
    }
  }
  return { events, datings: own.map((d) => datings.get(d.articleId)!) };
}

/**
 * A claim dated only by the day of publication (a title, a present tense) stands aside when the same
 * article dates a contact of the same kind from its words: "Xi tells Putin…" of Friday reports
 * Wednesday's call; and when its words date a contact of that very day, which says what it was ("Xi
 * tells Putin he supports negotiations" over the lead's phone call on Friday).
 */
function withoutFallbacks(claims: ArticleClaim[]): ArticleClaim[] {
  const fromWords = claims.filter((c) => c.what === 'contact' && c.date && c.tense !== 'future' && c.dateFrom !== 'header');
  const family = (c: ArticleClaim) => (c.format === 'phone call' || c.format === 'video call' ? 'call' : 'in person');
  return claims.filter(
    (c) =>
      !(
        c.what === 'contact' &&
        c.dateFrom === 'header' &&
        c.tense !== 'future' &&
        fromWords.some((w) => (family(w) === family(c)) !== (w.date === c.date))
      ),
  );
}

/** The claim an article is attached by: its best role, then its firmest date. */
function memberClaim(g: GroupedEvent, articleId: string): ArticleClaim | undefined {
  return g.members
    .filter((m) => m.articleId === articleId)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || evidenceRank(a.claim) - evidenceRank(b.claim))[0]?.claim;
}

const ROLE_ORDER = { report: 0, 'same visit': 1, reference: 2, announcement: 3, resemblance: 4 } as const;
/**
 * By code point, not localeCompare: the timeline's bytes must not depend on the locale of the machine
 * that builds it, and the first localeCompare costs an update ~10 ms of loading ICU's collation.
 */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Oldest first (an announcement before its reports), articles attached by resemblance last. */
const articleOrder = (a: SummitEvent['articles'][number], b: SummitEvent['articles'][number]) =>
  (a.dateFrom === 'inferred' ? 1 : 0) - (b.dateFrom === 'inferred' ? 1 : 0) ||
  byCodePoint(a.published ?? '9', b.published ?? '9') ||
  byCodePoint(a.articleId, b.articleId);

/** The event as stored and answered: days, kind, format, where, its articles and the sentences that dated it. */
/** A place within a city: a hall, square, guesthouse, residence… */
const VENUE =
  /\b(?:Hall|Square|Guesthouse|Guest House|Palace|Residence|House|Centre|Center|Hotel|Gardens?|Park|Theatre|Theater|Museum|Building|Pavilion|Villa|Dacha|Stadium|Arena)\b/;

function toEvent(g: GroupedEvent, summit: SummitArticle[]): SummitEvent {
  const byId = new Map(summit.map((a) => [a.id, a]));
  // What happened, where and at which summit is what the reports of the day say; mentions and
  // announcements speak of it only when no report does.
  const reporting = new Set(g.members.filter((m) => m.role === 'report').map((m) => m.articleId));
  const reports = g.members.filter((m) => reporting.has(m.articleId) && m.role !== 'announcement').map((m) => m.claim);
  const published = new Map(summit.map((a) => [a.id, a.published]));
  const sameDays = g.members
    .filter(
      (m) => m.claim.tense === 'present' && (published.get(m.articleId) ?? '') >= g.date && (published.get(m.articleId) ?? '') <= g.end,
    )
    .map((m) => m.claim);
  const claims = reports.length ? [...reports, ...sameDays.filter((c) => !reports.includes(c))] : g.members.map((m) => m.claim);
  const summitName = commonest(claims.map((c) => c.summit));
  // A visit is announced as what it is ("a state visit on June 24–26"): the announcement may say it for the reports.
  const announced = g.members
    .filter((m) => m.role === 'announcement' && m.claim.date && m.claim.date <= g.end && g.date <= (m.claim.end ?? m.claim.date))
    .map((m) => m.claim);
  const format: EventFormat = g.multilateral
    ? 'multilateral'
    : g.call
      ? ((commonest(claims.map((c) => (c.format === 'video call' || c.format === 'phone call' ? c.format : undefined))) as
          EventFormat | undefined) ?? 'phone call')
      : inPersonFormat([...claims, ...announced.filter((c) => c.format === 'state visit' || c.format === 'official visit')], summitName);
  // A meeting beside a gathering held before a larger summit (a BRICS meeting before the G20) is the larger summit's.
  const host = format === 'multilateral' ? undefined : commonest(claims.map((c) => c.host));
  const summitShown = host ?? summitName;
  const places = claims.filter((c) => c.what !== 'summit day').map((c) => c.place);
  // "the Great Hall of the People" is where in the city: the city, when a report names it.
  const cities = places.filter((p) => p && !VENUE.test(p));
  const place = g.call ? undefined : commonest(cities.length ? cities : places);
  const kind = kindOfFormat(format, claims);
  const seen = new Set<string>();
  const articles: SummitEvent['articles'] = [];
  for (const m of [...g.members].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || evidenceRank(a.claim) - evidenceRank(b.claim))) {
    if (seen.has(m.articleId)) continue;
    seen.add(m.articleId);
    const a = byId.get(m.articleId);
    const dateFrom: DateFrom =
      m.role === 'reference' ? 'reference' : (m.claim.dateFrom ?? (m.role === 'announcement' ? 'announced' : 'reference'));
    articles.push({ articleId: m.articleId, title: a?.title ?? m.articleId, published: a?.published ?? null, dateFrom, role: m.role });
  }
  const evidence: EventEvidence[] = [];
  for (const m of g.members
    .filter(
      (x) =>
        x.claim.date &&
        x.claim.how &&
        x.role !== 'reference' &&
        x.claim.what !== 'summit notice' &&
        !(x.claim.what === 'summit day' && x.role === 'same visit'),
    )
    .sort(
      (a, b) =>
        evidenceRank(a.claim) - evidenceRank(b.claim) || (a.claim.paragraph === null ? 1 : 0) - (b.claim.paragraph === null ? 1 : 0),
    )) {
    // A headline repeats its lead: one of them is enough.
    const words = m.claim.sentence.replace(/…$/, '');
    if (evidence.some((e) => e.articleId === m.articleId && (e.sentence.startsWith(words) || words.startsWith(e.sentence)))) continue;
    evidence.push({ articleId: m.articleId, paragraph: m.claim.paragraph ?? -1, sentence: m.claim.sentence, how: m.claim.how! });
    if (evidence.length === 5) break;
  }
  // How the days were set beyond the reports' own: the summit's days, the visit's length, an announcement.
  for (const { source, how } of g.spanFrom)
    evidence.push({ articleId: source.articleId, paragraph: source.claim.paragraph ?? -1, sentence: source.claim.sentence, how });
  return {
    date: g.date,
    ...(g.end > g.date ? { end: g.end } : {}),
    kind,
    title: eventTitle(format, place, summitShown),
    articles,
    format,
    ...(summitShown ? { summit: summitShown } : {}),
    ...(place ? { place } : {}),
    confidence: g.announcedOnly
      ? 'announced'
      : g.members.some((m) => m.role === 'report' && m.claim.strength === 'strong')
        ? 'reported'
        : 'mentioned',
    evidence,
  };
}

const evidenceRank = (c: ArticleClaim) =>
  (c.date ? 0 : 50) +
  (c.tense === 'future' ? 20 : 0) +
  (c.strength === 'weak' ? 10 : 0) +
  (c.dateFrom === 'header' ? 2 : 0) +
  (c.what === 'presence' ? 1 : 0);

/** An article's dating once its event is known. */
function datingFrom(
  e: SummitEvent,
  role: NonNullable<SummitEvent['articles'][number]['role']>,
  dateFrom: DateFrom,
  claim: ArticleClaim | undefined,
): Partial<ArticleDating> {
  const own =
    role === 'report' && claim?.date
      ? { eventDate: claim.date, ...(claim.end ? { end: claim.end } : {}) }
      : { eventDate: e.date, ...(e.end ? { end: e.end } : {}) };
  const how =
    role === 'reference'
      ? `no day of its own; it refers to the ${e.date} event (the latest before it, or the visit it was published during)`
      : role === 'announcement' && !claim?.date
        ? `an announcement without a day; the next event after it`
        : role === 'announcement' && claim?.date && claim.date < e.date && claim.tense !== 'future'
          ? // "There's a meeting today", said the evening before in another time zone.
            `${claim.how} (${claim.date}), before the event of ${e.date} it announces`
          : claim?.how;
  return {
    ...own,
    kind: e.kind,
    format: e.format,
    dateFrom,
    role,
    ...(claim ? { evidence: claim.sentence, paragraph: claim.paragraph } : {}),
    ...(how ? { how } : {}),
  };
}
