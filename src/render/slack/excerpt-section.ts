import type { Result } from '../../answers/types';
import { type SectionBlock, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { highlightSegments, markSegments } from '../highlight-segments';
import { SLACK_LIMITS } from './slack-limits';

/** An excerpt as mrkdwn: escaped, matched words in bold, at most `max` characters. */
export function excerptMrkdwn(excerpt: string, highlights: Result['highlights'], max: number = SLACK_LIMITS.sectionText): string {
  let raw = excerpt;
  for (;;) {
    const suffix = raw.length < excerpt.length ? '…' : '';
    const text = markSegments(highlightSegments(raw, highlights), escapeMrkdwn, (s) => `*${s}*`) + suffix;
    if (text.length <= max) return text;
    // Escaping and bold marks only ever lengthen the text, so shrinking the raw text converges.
    raw = raw.slice(0, Math.max(0, Math.floor((raw.length * max) / text.length) - 2)).trimEnd();
  }
}

/** The section showing one result's excerpt. */
export function excerptSection(result: Result): SectionBlock {
  return { type: 'section', text: mrkdwn(excerptMrkdwn(result.excerpt, result.highlights)) };
}
