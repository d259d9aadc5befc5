import type { ParagraphContext } from '../../answers/paragraph-context';
import { contextHeading } from '../copy';
import { type KnownBlock, type SlackMessage, mrkdwn } from './block-kit';
import { renderCitation } from './citation-context';
import { escapeMrkdwn } from './escape-mrkdwn';
import { mrkdwnSection } from './section';
import { SLACK_LIMITS, truncate } from './slack-limits';

/**
 * "Show in context": the article's title (linked), source and dates, then the cited paragraph between
 * its neighbours, each numbered, the cited one marked. Three paragraphs stay far inside Slack's limits.
 */
export function renderParagraphContext(ctx: ParagraphContext): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [mrkdwn(renderCitation(ctx))] },
    { type: 'context', elements: [mrkdwn(contextHeading(ctx.paragraph, ctx.paragraphs))] },
  ];
  for (const { paragraph, text } of ctx.around) {
    const cited = paragraph === ctx.paragraph;
    const label = cited ? `*¶ ${paragraph + 1}* ◀` : `_¶ ${paragraph + 1}_`;
    blocks.push(
      mrkdwnSection(`${label}\n${cited ? '>' : ''}${escapeMrkdwn(truncate(text.replace(/\n/g, ' '), SLACK_LIMITS.sectionText - 40))}`),
    );
  }
  const cited = ctx.around.find((p) => p.paragraph === ctx.paragraph)?.text ?? '';
  const text = escapeMrkdwn(
    truncate(`${ctx.title || ctx.articleId}, ¶ ${ctx.paragraph + 1}: ${cited}`.replace(/\s+/g, ' '), SLACK_LIMITS.fallbackText),
  );
  return { text, blocks };
}
