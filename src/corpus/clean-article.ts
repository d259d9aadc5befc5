/**
 * From a raw article to the paragraphs worth indexing: split blocks into paragraphs, read Markdown to
 * plain words, lift transcript speaker labels out as data, take out stage directions, drop page
 * furniture, join paragraphs split mid-sentence, cut paragraphs too long to show, and settle the
 * title. Everything dropped, joined or repaired is kept for the build report.
 */
import type { Article, Dropped, RawArticle } from './types';
import { datelineAgency } from './dateline';
import { FURNITURE_RULES, SITE_MENU, isAuthorBio, isNameLine, isSectionLabel, isTagItem, isTeaserHeadline } from './furniture';
import { repairSplitParagraphs } from './repair-splits';
import { unitsOfArticle } from './split-units';
import { atMostWords, endsLikeSentence, firstSentence, HEADLINE_MAX, readsLikeHeadline, shortenAtWord } from './text-shape';
import { RepairTally } from './repair-tally';
import { readLabelShape, speakerLabels } from './speaker-labels';
import { removeStageDirections } from './stage-directions';
import { splitLongParagraph } from './split-long-paragraph';

const TITLE_MAX = 90;
const LONGEST_FURNITURE = 220;
const HAS_LETTER = /\p{L}/u;
/** A whole paragraph in brackets: what the transcript's editor tells, not what anyone said. */
const NARRATION = /^\([^()]+\)\.?$/;
const TOLD_REPORTERS = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}(?:told|briefed)\s+(?:reporters|journalists|the press|the media)\b/u;
/** A label standing alone: the speaker's words follow in the next paragraph. */
const LABEL_ONLY = 'label only';

export function cleanArticle(raw: RawArticle): Article {
  const tally = new RepairTally();
  const read = unitsOfArticle(raw, tally);
  // A line that is furniture as a whole ("Writing: A. N. Author") has no speaker to lift.
  const verdicts: Array<string | null> = read.map((u) => (u.text ? furnitureRuleOf(u.text) : 'markup only'));
  const { units, labels } = liftSpeakerLabels(
    read.map((u) => u.text),
    verdicts,
    tally,
  );
  const inTranscript = labels.some((l) => l !== null);
  const beforeStage = [...units];
  units.forEach((u, i) => {
    if (verdicts[i]) return;
    const { text, removed } = removeStageDirections(u, inTranscript);
    if (removed.length && !HAS_LETTER.test(text)) verdicts[i] = 'stage direction';
    else for (const r of removed) tally.add('stage direction', r);
    units[i] = text;
    // What is left once a label and stage directions are taken off may be furniture: "Mr Xi Jinping, friends,".
    if (!verdicts[i] && text !== read[i]!.text) verdicts[i] = furnitureRuleOf(text);
  });

  keepNamesAmongSentences(units, verdicts);
  const judgedAlone = [...verdicts];
  markRepeated(units, verdicts);
  markTeasers(units, verdicts);
  markLinkedHeadlines(units, verdicts);
  markSectionLabels(units, verdicts);
  markTrailingTags(units, verdicts);
  markAuthorBios(units, verdicts);
  // These rules judge a line by the furniture around it. A speaker's turn ("Thanks, Karine.") is
  // speech wherever it stands, and a table row is data ("China | 240" is not a tag).
  read.forEach((u, i) => {
    if ((u.tableRow || labels[i] !== null) && (!judgedAlone[i] || (u.tableRow && judgedAlone[i] === SITE_MENU))) verdicts[i] = null;
  });

  const dropped: Dropped[] = [];
  const kept: Array<{ text: string; speaker: string | null; startsTurn: boolean }> = [];
  let speaker: string | null = null;
  let turnPending = false;
  units.forEach((u, i) => {
    const rule = verdicts[i];
    if (labels[i] !== null) [speaker, turnPending] = [labels[i]!, true];
    // A heading in a transcript ends the turn before it: what follows is the page's own text again. So
    // does the page's report of what someone told the press after it ("Presidential Aide Yuri Ushakov told reporters …").
    else if (!rule && inTranscript && ((readsLikeHeadline(u) && !endsLikeSentence(u)) || TOLD_REPORTERS.test(u))) speaker = null;
    if (rule === LABEL_ONLY) return;
    if (rule) dropped.push({ text: rule === 'markup only' ? read[i]!.source : beforeStage[i]!, rule });
    // "(The governor then described the new bridges.)": the transcript's narration, said by no one; the turn goes on after it.
    else kept.push({ text: u, speaker: inTranscript && NARRATION.test(u) ? null : speaker, startsTurn: turnPending });
    if (!rule) turnPending = false;
  });
  const repaired = repairSplitParagraphs(
    kept.map((k) => k.text),
    kept.map((k) => k.startsTurn),
  );
  const { paragraphs, speakers, firstPartOf } = splitLongParagraphs(
    repaired.paragraphs,
    repaired.from.map((i) => kept[i]!.speaker),
    tally,
  );
  const joined = repaired.joined.map((j) => ({ ...j, paragraph: firstPartOf[j.paragraph]! }));

  let title = raw.title;
  let titleFrom: Article['titleFrom'] = raw.titleFrom ?? 'first sentence';
  if (!title) {
    const first = paragraphs[0] ?? '';
    title = shortenAtWord(firstSentence(first), TITLE_MAX) || raw.id;
    titleFrom = 'first sentence';
  }
  const repairs = tally.list();
  return {
    id: raw.id,
    file: raw.file,
    title,
    titleFrom,
    published: raw.published,
    source: raw.source ?? sourceOnPage(paragraphs[0], dropped),
    url: raw.url,
    paragraphs,
    ...(speakers.some((s) => s !== null) ? { speakers } : {}),
    dropped,
    joined,
    ...(repairs.length ? { repaired: repairs } : {}),
  };
}

/**
 * Who published a story whose archive names no source (a plain-text file has no field for it): the
 * page's own "Source: Xinhua | …" line, else the agency its dateline names ("BEIJING (AP) —").
 */
function sourceOnPage(lead: string | undefined, dropped: readonly Dropped[]): string | null {
  for (const d of dropped) {
    const line = d.rule === 'credit line' ? /^[([]?\s*sources?(?:\(s\))?\s*:\s*([^|;()[\]]{2,40}?)\s*(?:[|;)\]]|$)/i.exec(d.text) : null;
    if (line) return line[1]!;
  }
  return lead ? datelineAgency(lead) : null;
}

/** Furniture rules are about short lines (or lines without letters): a long paragraph is text, unless a rule bounds its own length. */
function furnitureRuleOf(text: string): string | null {
  const long = text.length > LONGEST_FURNITURE && HAS_LETTER.test(text);
  return FURNITURE_RULES.find((r) => (!long || r.anyLength) && r.matches(text))?.rule ?? null;
}

/** Takes each speaker label off the front of its paragraph; `labels[i]` is who starts speaking at unit i. */
function liftSpeakerLabels(
  texts: string[],
  verdicts: Array<string | null>,
  tally: RepairTally,
): { units: string[]; labels: Array<string | null> } {
  const shapes = texts.map((t, i) => (verdicts[i] ? null : readLabelShape(t)));
  const speakers = speakerLabels(shapes);
  const labels = shapes.map((s) => (s && speakers.has(s.label) ? s.label : null));
  const units = texts.map((t, i) => {
    const s = shapes[i];
    if (!s || labels[i] === null) return t;
    tally.add('speaker label kept as data', s.label);
    if (!s.rest) verdicts[i] = LABEL_ONLY;
    return s.rest;
  });
  return { units, labels };
}

/** Cuts every paragraph over the bound at sentence boundaries; each part keeps its paragraph's speaker. */
function splitLongParagraphs(
  paragraphs: string[],
  speakersOf: Array<string | null>,
  tally: RepairTally,
): { paragraphs: string[]; speakers: Array<string | null>; firstPartOf: number[] } {
  const out: string[] = [];
  const speakers: Array<string | null> = [];
  const firstPartOf: number[] = [];
  paragraphs.forEach((p, i) => {
    const parts = splitLongParagraph(p);
    // A sentence longer than the bound has no sentence boundary to cut at: say so, the cut is at a clause or a space.
    const rule = parts.slice(0, -1).every((part) => /[.!?…]["”’')\]]*$/.test(part))
      ? 'long paragraph split at sentences'
      : 'long sentence cut at a clause';
    if (parts.length > 1) tally.add(rule, `${p.length} characters into ${parts.length}: ${p.slice(0, 40)}`);
    firstPartOf.push(out.length);
    for (const part of parts) {
      out.push(part);
      speakers.push(speakersOf[i] ?? null);
    }
  });
  return { paragraphs: out, speakers, firstPartOf };
}

/**
 * A name alone is a byline, venue or signature only before the article's first sentence or after its
 * last: between them it is an item of a list ("Federal Water Commission") or a heading ("Builds
 * Safer Towns"), the article's own words.
 */
function keepNamesAmongSentences(units: string[], verdicts: Array<string | null>): void {
  const sentence = (i: number) => !verdicts[i] && endsLikeSentence(units[i]!);
  const first = units.findIndex((_, i) => sentence(i));
  let last = units.length - 1;
  while (last >= 0 && !sentence(last)) last -= 1;
  for (let i = first + 1; first >= 0 && i < last; i += 1) if (verdicts[i] === 'byline' && isNameLine(units[i]!)) verdicts[i] = null;
}

/** An author's bio closes the page, after the last paragraph of the article. */
function markAuthorBios(units: string[], verdicts: Array<string | null>): void {
  for (let i = units.length - 1; i >= 0; i -= 1) {
    if (verdicts[i]) continue;
    if (!isAuthorBio(units[i]!)) break;
    verdicts[i] = 'author bio';
  }
}

/** A headline printed twice on one page is a teaser to another article, not the article's words. */
function markRepeated(units: string[], verdicts: Array<string | null>): void {
  const seen = new Map<string, number>();
  // Only a line that may read as a headline is counted: most paragraphs are longer, and costly to hash.
  for (const u of units) if (u.length <= HEADLINE_MAX || u.trim().length <= HEADLINE_MAX) seen.set(u, (seen.get(u) ?? 0) + 1);
  units.forEach((u, i) => {
    if (!verdicts[i] && (seen.get(u) ?? 0) > 1 && isTeaserHeadline(u)) verdicts[i] = 'repeated teaser';
  });
}

/** "Asia." next to teasers and "To know more" labels a section of links; "Go on." in a transcript does not. */
function markSectionLabels(units: string[], verdicts: Array<string | null>): void {
  units.forEach((u, i) => {
    if (verdicts[i] || !isSectionLabel(u)) return;
    const linkish = (v: string | null | undefined) =>
      v === 'link to more' || v === 'teaser' || v === 'repeated teaser' || v === 'live-blog link';
    if (linkish(verdicts[i - 1]) || linkish(verdicts[i + 1]) || isTeaserHeadline(units[i + 1] ?? '')) verdicts[i] = 'section label';
  });
}

/** A headline right before or after a byline links to another article. */
function markTeasers(units: string[], verdicts: Array<string | null>): void {
  units.forEach((u, i) => {
    if (verdicts[i] || (verdicts[i - 1] !== 'byline' && verdicts[i + 1] !== 'byline')) return;
    if (isTeaserHeadline(u)) verdicts[i] = 'teaser';
  });
}

/** "Related coverage" and the headlines right under it: each links to another article ("What does China want?" too). */
function markLinkedHeadlines(units: string[], verdicts: Array<string | null>): void {
  let underLink = false;
  units.forEach((u, i) => {
    if (verdicts[i] === 'link to more' || verdicts[i] === 'read-more teaser') underLink = true;
    else if (!verdicts[i] && underLink && isLinkedHeadline(u)) verdicts[i] = 'teaser';
    else if (verdicts[i] !== 'teaser') underLink = false;
  });
}

/** A linked headline: a headline's shape, a question too, of a sentence's length (a list's items are shorter). */
const isLinkedHeadline = (u: string) => isTeaserHeadline(u.replace(/\?$/, '')) && !atMostWords(u, 4);

/** Short unpunctuated items at the end of the page, after the last real paragraph, are tags. */
function markTrailingTags(units: string[], verdicts: Array<string | null>): void {
  let i = units.length - 1;
  const run: number[] = [];
  while (i >= 0) {
    const u = units[i]!;
    if (verdicts[i] && verdicts[i] !== 'byline' && verdicts[i] !== 'time-zone or agency code') {
      i -= 1;
      continue;
    }
    if (!isTagItem(u) || (readsLikeHeadline(u) && u.split(/\s+/).length > 4)) break;
    run.push(i);
    i -= 1;
  }
  if (run.length >= 2) for (const j of run) verdicts[j] = 'tag list';
}
