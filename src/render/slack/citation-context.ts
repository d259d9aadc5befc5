import type { Result } from '../../answers/types';
import { citationParts, titleNote } from '../copy';
import { type ContextBlock, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { linkableUrl } from '../linkable-url';
import { truncate } from './slack-limits';

const MAX_TITLE = 200;

/** What a citation shows: results, quotes and "Show in context" all have it. */
export type Cited = Pick<
  Result,
  'articleId' | 'title' | 'titleFrom' | 'source' | 'url' | 'published' | 'eventDate' | 'eventSpan' | 'attachedByResemblance' | 'paragraph'
>;

/** The target of the link Slack shows as the title (`&` escaped), or `null`: only plain http(s) URLs are linked. */
function linkTarget(url: string | null): string | null {
  return linkableUrl(url)?.replace(/&/g, '&amp;') ?? null;
}

/**
 * One citation as mrkdwn: the title (linked when the URL is known, marked when cut from the lead),
 * source, published date, the summit's day or span, and paragraph number (¶ counts from 1 for people);
 * "source unknown" and "no published date" where the archive does not say.
 */
export function renderCitation(result: Cited): string {
  const title = escapeMrkdwn(truncate(result.title || result.articleId, MAX_TITLE));
  const link = linkTarget(result.url);
  const head = `${link ? `<${link}|${title}>` : `*${title}*`}${titleNote(result)}`;
  return [head, ...citationParts(result, (source) => escapeMrkdwn(truncate(source, 100)))].join(' · ');
}

/** The context line under an excerpt. */
export function citationContext(result: Cited): ContextBlock {
  return { type: 'context', elements: [mrkdwn(renderCitation(result))] };
}
