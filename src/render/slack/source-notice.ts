/**
 * What a Slack answer kept to one source says when that source has nothing: the same sentence in the
 * blocks and in the fallback text, and how to ask again without the source as it was asked for (the
 * search modal's Source menu, or `source:"…"` typed in /summit, a mention or a DM).
 */
import { sourceText } from '../../answers/sources';
import type { SourceScope } from '../../answers/types';
import { type Marks, noMatchInSource, noMatchInTypedSource, noStatementsInSource, noStatementsInTypedSource } from '../copy';
import type { SourceFrom } from './options';
import { truncate } from './slack-limits';

/** How Slack's blocks quote what was typed and show what to type instead. */
export const SLACK_MARKS: Marks = { quote: (text) => `“${text}”`, example: (text) => `_${text}_` };

/** How the fallback text does (escaped as a whole afterwards). */
export const PLAIN_MARKS: Marks = { quote: (text) => `“${text}”`, example: (text) => text };

/** A source as shown: its name and the words that asked for it, made safe by `safe`. */
export interface ShownSource {
  name: string;
  articles: number;
  typed: string;
}

export function shownSource(source: SourceScope, safe: (text: string) => string): ShownSource {
  const name = truncate(source.name, 150);
  return { name: safe(name), articles: source.articles, typed: safe(sourceText(name)) };
}

/** A question kept to a source that has nothing for it; `query` already safe. */
export function noMatchNotice(query: string, source: ShownSource, from: SourceFrom | undefined, m: Marks): string {
  return from === 'menu'
    ? noMatchInSource(query, source.name, source.articles, m)
    : noMatchInTypedSource(query, source.name, source.articles, source.typed, m);
}

/** A speaker's quotes kept to a source that has none; `scope` already safe. */
export function noStatementsNotice(scope: string, source: ShownSource, from: SourceFrom | undefined, m: Marks): string {
  return from === 'menu'
    ? noStatementsInSource(scope, source.name, source.articles)
    : noStatementsInTypedSource(scope, source.name, source.articles, source.typed, m);
}
