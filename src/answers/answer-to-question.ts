/**
 * In a transcript a journalist's question is often the paragraph that matches best, and the answer
 * is the next one ("What does Mr Xi think about …?" — "That is something you should ask him"): the
 * answer is shown right after its question. A journalist's paragraph need not end with its question
 * ("What is Russia’s position on this? The drills … are of special interest.").
 */
import type { ParagraphHit } from '../search/search-paragraphs';

/** How many of the best hits are looked at (each look reads a paragraph from disk). */
const LOOK_AT = 20;
/** A paragraph that asks: one of its sentences ends with a question mark. */
const ASKS = /\?["”’)]*(?:\s|$)/;

export function answerToQuestion(hits: readonly ParagraphHit[]): ParagraphHit[] {
  const out: ParagraphHit[] = [];
  const placed = new Set<string>();
  const key = (article: number, paragraph: number) => `${article}:${paragraph}`;
  hits.forEach((h, i) => {
    if (placed.has(key(h.article, h.paragraph))) return;
    out.push(h);
    placed.add(key(h.article, h.paragraph));
    if (i >= LOOK_AT || !h.next || !ASKS.test(h.text)) return;
    const next = h.next();
    if (!next || placed.has(key(h.article, next.paragraph)) || /\?["”’)]*\s*$/.test(next.text)) return;
    const { text } = next;
    out.push({ article: h.article, paragraph: next.paragraph, score: h.score, matched: h.matched, text });
    placed.add(key(h.article, next.paragraph));
  });
  return out;
}
