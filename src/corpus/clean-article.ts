/**
 * From a raw article to the paragraphs worth indexing: split blocks into paragraphs, drop page
 * furniture, join paragraphs split mid-sentence, and settle the title. Everything dropped or joined
 * is kept for the build report.
 */
import type { Article, Dropped, RawArticle } from './types';
import { FURNITURE_RULES, isSectionLabel, isTagItem, isTeaserHeadline } from './furniture';
import { repairSplitParagraphs } from './repair-splits';
import { unitsOfMarkdownBlock, unitsOfTextBlock } from './split-units';
import { firstSentence, readsLikeHeadline, shortenAtWord } from './text-shape';

const TITLE_MAX = 90;
const LONGEST_FURNITURE = 220;
const HAS_LETTER = /\p{L}/u;

export function cleanArticle(raw: RawArticle): Article {
  const units = raw.blocks.flatMap((lines) => (raw.format === 'md' ? unitsOfMarkdownBlock(lines) : unitsOfTextBlock(lines)));
  const dropped: Dropped[] = [];
  // Every furniture rule is about short lines (or lines without letters): a long paragraph is text.
  const verdicts: Array<string | null> = units.map((u) => (u.length > LONGEST_FURNITURE && HAS_LETTER.test(u) ? null : (FURNITURE_RULES.find((r) => r.matches(u))?.rule ?? null)));

  markRepeated(units, verdicts);
  markTeasers(units, verdicts);
  markSectionLabels(units, verdicts);
  markTrailingTags(units, verdicts);

  const kept: string[] = [];
  units.forEach((u, i) => {
    const rule = verdicts[i];
    if (rule) dropped.push({ text: u, rule });
    else kept.push(u);
  });
  const { paragraphs, joined } = repairSplitParagraphs(kept);

  let title = raw.title;
  let titleFrom: Article['titleFrom'] = raw.titleFrom ?? 'first sentence';
  if (!title) {
    const first = paragraphs[0] ?? '';
    title = shortenAtWord(firstSentence(first), TITLE_MAX) || raw.id;
    titleFrom = 'first sentence';
  }
  return {
    id: raw.id,
    file: raw.file,
    title,
    titleFrom,
    published: raw.published,
    source: raw.source,
    url: raw.url,
    paragraphs,
    dropped,
    joined,
  };
}

/** A headline printed twice on one page is a teaser to another article, not the article's words. */
function markRepeated(units: string[], verdicts: Array<string | null>): void {
  const seen = new Map<string, number>();
  for (const u of units) seen.set(u, (seen.get(u) ?? 0) + 1);
  units.forEach((u, i) => {
    if (!verdicts[i] && (seen.get(u) ?? 0) > 1 && isTeaserHeadline(u)) verdicts[i] = 'repeated teaser';
  });
}

/** "Asia." next to teasers and "To know more" labels a section of links; "Go on." in a transcript does not. */
function markSectionLabels(units: string[], verdicts: Array<string | null>): void {
  units.forEach((u, i) => {
    if (verdicts[i] || !isSectionLabel(u)) return;
    const linkish = (v: string | null | undefined) => v === 'link to more' || v === 'teaser' || v === 'repeated teaser' || v === 'live-blog link';
    if (linkish(verdicts[i - 1]) || linkish(verdicts[i + 1]) || isTeaserHeadline(units[i + 1] ?? '')) verdicts[i] = 'section label';
  });
}

/** A headline right before or after a byline links to another article. */
function markTeasers(units: string[], verdicts: Array<string | null>): void {
  units.forEach((u, i) => {
    if (verdicts[i] || !isTeaserHeadline(u)) return;
    if (verdicts[i - 1] === 'byline' || verdicts[i + 1] === 'byline') verdicts[i] = 'teaser';
  });
}

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
    if (!isTagItem(u) || readsLikeHeadline(u) && u.split(/\s+/).length > 4) break;
    run.push(i);
    i -= 1;
  }
  if (run.length >= 2) for (const j of run) verdicts[j] = 'tag list';
}
