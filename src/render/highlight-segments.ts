import type { Highlight } from '../answers/types';

/** A run of excerpt text, `hit` when it matched the question. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Cuts an excerpt into plain and matched runs from its highlight ranges. Ranges are clamped,
 * sorted and merged, so whatever the engine sends, every character appears exactly once.
 */
export function highlightSegments(excerpt: string, highlights: readonly Highlight[]): Segment[] {
  const ranges = highlights
    .map(([s, e]) => [Math.max(0, Math.min(s, excerpt.length)), Math.max(0, Math.min(e, excerpt.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: excerpt.slice(at, from), hit: false });
    const last = segments[segments.length - 1];
    // Adjacent or overlapping ranges become one run.
    if (last?.hit && from === at) last.text += excerpt.slice(from, end);
    else segments.push({ text: excerpt.slice(from, end), hit: true });
    at = end;
  }
  if (at < excerpt.length) segments.push({ text: excerpt.slice(at), hit: false });
  return segments;
}

/**
 * Joins segments, marking each matched run with `mark`. White space at the edges of a run stays
 * outside the mark, because Slack ignores `* word*`.
 */
export function markSegments(segments: readonly Segment[], escape: (s: string) => string, mark: (s: string) => string): string {
  return segments
    .map(({ text, hit }) => {
      if (!hit) return escape(text);
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
      const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? text, m?.[3] ?? ''];
      return core === '' ? escape(text) : `${escape(lead)}${mark(escape(core))}${escape(trail)}`;
    })
    .join('');
}

/**
 * Highlights with only white space between them joined into one, so matched words next to each
 * other are marked as one run: `*Vladimir Putin*`, not `*Vladimir* *Putin*`.
 */
export function joinNeighbours(excerpt: string, highlights: readonly Highlight[]): Highlight[] {
  const out: Highlight[] = [];
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && start >= last[1] && /^\s*$/.test(excerpt.slice(last[1], start))) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
