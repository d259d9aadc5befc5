/**
 * Putin at a session of a named summit or forum, with Xi or not: a release's lead ("Vladimir Putin took
 * part in the G20 summit sessions") or Putin's own "yesterday at the meeting". These days let a trip
 * whose meeting is reported without a day span the summit.
 */
import { dayIn } from './find-event-date';
import type { ArticleText, ReadSentence } from './read-turns';
import { GATHERING, summitIn } from './summit-language';
import type { ArticleClaim } from './types';

const ANNOUNCES = /\b(?:will|is to|to (?:visit|attend|take part|participate))\b/;
const ARRIVES = /\barrived\b[^.]{0,120}?\bto (?:attend|take part in|participate in)\b/;

/**
 * A release announcing Putin at a named summit on its days ("Vladimir Putin will take part in the SCO
 * summit on June 8–9"), or reporting his arrival for it: no Xi, so it makes no event, but it is the
 * announcement (or a report of the same trip) of an event held at that summit on those days.
 */
function summitNotice(
  narration: ReadSentence[],
  setting: { title: string; lead: string },
  published: string,
  summit: string,
): ArticleClaim | null {
  for (const s of narration) {
    const text = s.text;
    if (ARRIVES.test(text) && GATHERING.test(text))
      return {
        what: 'summit notice',
        relation: 'several',
        summit,
        tense: 'past',
        date: published,
        dateFrom: 'header',
        how: `Putin arrived for the summit: the day of publication ${published}`,
        strength: 'strong',
        paragraph: s.paragraph,
        sentence: s.text,
        rule: 'Putin arrived for the summit',
      };
    if (!ANNOUNCES.test(text) || !GATHERING.test(`${setting.title} ${text}`)) continue;
    const day = dayIn(text, published, true);
    if (!day || day.date < published) continue;
    return {
      what: 'summit notice',
      relation: 'several',
      summit,
      tense: 'future',
      date: day.date,
      ...(day.end ? { end: day.end } : {}),
      dateFrom: 'announced',
      how: day.how,
      strength: 'strong',
      paragraph: s.paragraph,
      sentence: s.text,
      rule: 'Putin announced at the summit',
    };
  }
  return null;
}

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
      /\b(?:Putin|President(?: of Russia)?|Russian President)\b[^.]{0,120}\b(?:attended|attends|took part|takes part|participated|spoke at|speaks at|made a speech|addressed|met with)\b/.test(
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
  const notice = summitNotice(
    sentences.filter((s) => s.narration && (s.paragraph === null || s.paragraph < 2)),
    setting,
    article.published,
    summit,
  );
  if (notice && !attends) out.push(notice);
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
