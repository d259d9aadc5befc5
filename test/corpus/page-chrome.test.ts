/**
 * What official sites print around every page, as scrapers keep it: menus, breadcrumbs, language
 * switchers, buttons and share rows, counters, "report a typo" notices, copyright and licence lines,
 * often as lines of the story's first or last paragraph. The story's own lines stay, and so does a
 * table's data.
 */
import { cleanArticle } from '../../src/corpus/clean-article';
import { parseMarkdownArticle } from '../../src/corpus/parse-markdown-article';

const md = (body: string) => {
  const { article } = parseMarkdownArticle(`---\ndate: 2023-03-21\ntitle: Statements to the press\n---\n\n${body}`);
  return cleanArticle({ ...article, id: 'a', file: 'a.md' });
};
const LEAD = 'Following the Russian-Chinese talks, Vladimir Putin and Xi Jinping made statements for the press.';

describe('a scraped page around the story', () => {
  it('drops the menu, switcher, buttons and notices kept as lines of one paragraph, and keeps the story', () => {
    const a = md(
      [
        'Skip to main content\nРусский | English | 中文\nHome | News | Events | Transcripts | Trips | Contacts\nSearch',
        'Events › Transcripts › Statements',
        'Current Location: Home > Embassy News\nHome / Press service / Briefings',
        'Print version\nText version',
        LEAD.replace('Putin and ', 'Putin and\n'),
        'Share: Facebook Twitter VK Telegram\n【Large Medium Small】\n【Print】【Close】\nViews: 1 245',
        'If you find a typo, select it and press Ctrl+Enter\nVersion for the visually impaired\nBack to top',
        'Home | News | Events | Transcripts | Trips | Contacts\n© 2023 Presidential Executive Office\nCreative Commons Attribution 4.0 International',
        'Copyright © Ministry of Foreign Affairs, the People’s Republic of China',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual([LEAD]);
  });

  it('keeps a story line that only begins like a button, a wrapped "share on that", and a table whose header reads like a menu', () => {
    const a = md(
      [
        LEAD,
        'Print media in both countries covered the talks at length.',
        'Asked about the pipeline, the spokesman said he had nothing to\nshare on that.',
        '<table>\n<tr><th>State</th><th>Jobs Protected</th><th>Wages Saved</th></tr>\n<tr><td>Texas</td><td>4,720</td><td>1,264</td></tr>\n</table>',
      ].join('\n\n'),
    );
    expect(a.paragraphs).toEqual([
      LEAD,
      'Print media in both countries covered the talks at length.',
      'Asked about the pipeline, the spokesman said he had nothing to share on that.',
      'State | Jobs Protected | Wages Saved',
      'Texas | 4,720 | 1,264',
    ]);
  });
});
