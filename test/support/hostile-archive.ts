/**
 * An archive whose titles, sources, URLs and paragraphs hold everything Slack would act on: special
 * mentions, user, channel and user-group mentions, dates, links with labels, and the same escaped as
 * entities. Built into a temporary index with the real `index` build.
 */
import type { Archive } from '../../src/search/archive';
import { buildSmallArchive } from './small-archive';

/** Sequences Slack turns into pings, mentions or links when they reach it unescaped. */
export const SLACK_CONTROLS = [
  '<!channel>',
  '<!here>',
  '<@U0VICTIM1>',
  '<#C0VICTIM1>',
  '<https://evil|x>',
  '<!subteam^S123>',
  '<!date^1392734382^{date_num}|Feb 18>',
];
/** The same written as entities: Slack would show them as the sequences above if sent as they are. */
export const ENTITY_CONTROL = '&lt;!channel&gt;';
/** Front-matter `url:` values that must never become a link. */
export const HOSTILE_URLS = ['!channel', '@U0VICTIM1', '<!here>', 'javascript:alert(1)', 'https://evil|x', 'https://ok.example/a>b'];

/** A plain http(s) URL: its title becomes a link. */
export const LINKABLE_URL = 'https://ok.example/report?id=1&lang=en';

/**
 * The entity form as Markdown writes that text: in Markdown a character reference is the character it
 * names (CommonMark), so `&lt;` alone would read as `<`; its `&` escaped, it reads as `&lt;` itself.
 */
const MD_ENTITY_CONTROL = ENTITY_CONTROL.replace(/&/g, '&amp;');
const ALL = `${SLACK_CONTROLS.join(' ')} ${MD_ENTITY_CONTROL}`;
// Without the `<!date^…|Feb 18>` sequence, whose "Feb 18" would date the article's summit.
const PINGS = `${SLACK_CONTROLS.filter((c) => !c.startsWith('<!date')).join(' ')} ${ENTITY_CONTROL}`;
const yaml = (s: string) => JSON.stringify(s);

function markdownArticle(date: string, url: string, lead: string, said: string): string {
  return [
    '---',
    `date: ${date}`,
    `title: ${yaml(`Xi and Putin talk gas ${ALL}`)}`,
    `source: ${yaml(`Wire ${SLACK_CONTROLS[1]} ${SLACK_CONTROLS[2]} ${ENTITY_CONTROL}`)}`,
    `url: ${yaml(url)}`,
    '---',
    '',
    lead,
    '',
    said,
    '',
    `The gas pipeline talks went on. ${ALL}`,
  ].join('\n');
}

export const HOSTILE_FILES: Record<string, string> = {
  'a-call.md': markdownArticle(
    '2022-06-15',
    HOSTILE_URLS[0]!,
    `Xi Jinping and Vladimir Putin held a phone call on Wednesday about the gas pipeline. ${ALL}`,
    `Xi said: "The gas pipeline will bring ${SLACK_CONTROLS[0]} and ${MD_ENTITY_CONTROL} closer."`,
  ),
  'b-after.md': markdownArticle(
    '2022-06-16',
    HOSTILE_URLS[1]!,
    `The phone call between Xi Jinping and Vladimir Putin on June 15 covered the gas pipeline. ${ALL}`,
    `Putin said: "Gas supplies to ${SLACK_CONTROLS[2]} will grow ${MD_ENTITY_CONTROL}."`,
  ),
  'c-video.md': markdownArticle(
    '2023-06-15',
    HOSTILE_URLS[2]!,
    `Xi Jinping and Vladimir Putin held a video call on Thursday about the gas pipeline. ${ALL}`,
    `Putin said: "The gas pipeline ${SLACK_CONTROLS[3]} is ready ${SLACK_CONTROLS[5]}."`,
  ),
  'd-after.md': markdownArticle(
    '2023-06-16',
    HOSTILE_URLS[3]!,
    `The video call between Xi Jinping and Vladimir Putin on June 15 was about gas. ${ALL}`,
    `Xi said: "Gas ${SLACK_CONTROLS[4]} matters ${SLACK_CONTROLS[6]}."`,
  ),
  'e-visit.md': markdownArticle(
    '2021-12-15',
    HOSTILE_URLS[4]!,
    `Xi Jinping and Vladimir Putin held a video call on Wednesday on gas. ${ALL}`,
    `Xi said: "Gas is ${MD_ENTITY_CONTROL} good."`,
  ),
  'f-after.md': markdownArticle(
    '2021-12-16',
    HOSTILE_URLS[5]!,
    `The video call between Xi Jinping and Vladimir Putin on December 15 discussed gas. ${ALL}`,
    `Putin said: "Gas ${SLACK_CONTROLS[1]} flows."`,
  ),
  // Plain text keeps `<https://…|…>` as written (Markdown would unwrap an autolink).
  'g-plain.txt': `date 2022-06-17 Xi and Putin gas talks ${PINGS}\n\nXi Jinping and Vladimir Putin spoke by phone on Wednesday about the gas pipeline. ${PINGS}\n\nPutin said the gas pipeline ${SLACK_CONTROLS[4]} was agreed ${ENTITY_CONTROL}.`,
  // The one article with a URL Summit may link: its `&` is escaped inside the link.
  'h-linked.md': markdownArticle(
    '2021-12-17',
    LINKABLE_URL,
    `Xi Jinping and Vladimir Putin discussed gas after their video call on December 15. ${ALL}`,
    'Xi said: "Gas is a long story."',
  ),
};

export function hostileArchive(): Archive {
  return buildSmallArchive(HOSTILE_FILES).archive;
}
