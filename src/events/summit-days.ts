/**
 * Putin at a session of a named summit or forum, with Xi or not: a release's lead ("Vladimir Putin took
 * part in the G20 summit sessions") or Putin's own "yesterday at the meeting". These days let a trip
 * whose meeting is reported without a day span the summit.
 */
import { dayIn } from './find-event-date';
import type { ArticleText, ReadSentence } from './read-turns';
import { GATHERING, summitIn } from './summit-language';
import type { ArticleClaim } from './types';

/** Putin at a session of a named summit or forum, from a release's lead or a speaker's "yesterday at the meeting". */
export function summitDays(
  sentences: ReadSentence[],
  setting: { putinEvent: boolean; title: string; lead: string },
  article: ArticleText,
): ArticleClaim[] {
  const out: ArticleClaim[] = [];
  if (!article.published || !setting.putinEvent) return out;
  const summit = summitIn(`${setting.title} ${setting.lead}`);
  if (!summit) return out;
  const narration = sentences.filter((s) => s.narration && s.paragraph !== null && s.paragraph < 2);
  const attends = narration.find(
    (s) =>
      /\b(?:Putin|President(?: of Russia)?|Russian President)\b[^.]{0,60}\b(?:attended|attends|took part|takes part|participated|spoke at|speaks at|made a speech|addressed|met with)\b/.test(
        s.text,
      ) &&
      GATHERING.test(s.text) &&
      !/\b(?:will|ahead of|before the start)\b/i.test(s.text),
  );
  if (attends)
    out.push({
      what: 'summit day',
      relation: 'several',
      summit,
      tense: 'past',
      date: article.published,
      dateFrom: 'header',
      how: `the release's narration: the day of publication ${article.published}`,
      strength: 'strong',
      paragraph: attends.paragraph,
      sentence: attends.text,
      rule: 'Putin at the summit',
    });
  for (const s of sentences) {
    if (s.speaker !== 'P') continue;
    const m = /\byesterday at the (?:meeting|session|forum|summit|plenary|business)\b/i.exec(s.text);
    if (m)
      out.push({
        what: 'summit day',
        relation: 'several',
        summit,
        tense: 'past',
        date: dayIn('yesterday', article.published, false)!.date,
        dateFrom: 'relative',
        how: `"yesterday" against publication ${article.published}`,
        strength: 'strong',
        paragraph: s.paragraph,
        sentence: s.text,
        rule: 'Putin at the summit the day before',
      });
  }
  return out;
}
