import type { Result } from '../../answers/types';
import { type ContextBlock, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { linkableUrl } from '../linkable-url';
import { truncate } from './slack-limits';

const MAX_TITLE = 200;

/** What a citation shows: results and quotes both have it. */
export type Cited = Pick<Result, 'articleId' | 'title' | 'source' | 'url' | 'published' | 'eventDate' | 'paragraph'>;

/** The target of the link Slack shows as the title (`&` escaped), or `null`: only plain http(s) URLs are linked. */
function linkTarget(url: string | null): string | null {
  return linkableUrl(url)?.replace(/&/g, '&amp;') ?? null;
}

/**
 * One citation as mrkdwn: the title (linked when the URL is known), source, published date, event
 * date and paragraph number (¶ counts from 1 for people).
 */
export function renderCitation(result: Cited): string {
  const title = escapeMrkdwn(truncate(result.title || result.articleId, MAX_TITLE));
  const link = linkTarget(result.url);
  const parts = [link ? `<${link}|${title}>` : `*${title}*`];
  if (result.source) parts.push(escapeMrkdwn(truncate(result.source, 100)));
  if (result.published) parts.push(`published ${result.published}`);
  if (result.eventDate) parts.push(`summit ${result.eventDate}`);
  parts.push(`¶ ${result.paragraph + 1}`);
  return parts.join(' · ');
}

/** The context line under an excerpt. */
export function citationContext(result: Cited): ContextBlock {
  return { type: 'context', elements: [mrkdwn(renderCitation(result))] };
}
