/**
 * What agencies and regional news sites print around a story, as the probe archives of wires and of
 * Middle Eastern, African, Latin American and Central Asian sites print it: "Follow … on Telegram",
 * authors' handles, short links, "Enditem", the desk's credits in brackets, a desk with the agencies,
 * cookie notices and disclaimers, captions closing on an agency's name, and a page's stacked lines
 * ("DAILY SABAH WITH AA / SEP 16, 2022 - 6:21 PM GMT+3", "RECOMMENDED / <a headline>").
 * The story's own lines stay, and so do a name that ends like an agency and a link's wrapped line.
 */
import { cleanedStory } from '../support/small-archive';

const md = cleanedStory('2022-09-16', 'Xi and Putin meet');
const LEAD = 'Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Samarkand on Thursday.';
const LAST = 'The two leaders discussed trade and energy.';

describe('regional sites’ and agencies’ page lines', () => {
  it('drops each, on its own line', () => {
    const furniture = [
      'Follow Kazinform on Telegram',
      'Follow Ahram Online on Facebook and X',
      'Follow the author on Twitter: @Rustam_Trend',
      'Layla Haddad @LaylaHaddad_TN',
      'Twitter: @jwafula_tea',
      'Short link: https://ahram.org.eg/s/534412',
      'Enditem',
      '(Reporting by Lin Yue in Beijing and Anna Petrova in Moscow; Editing by Simon Clarke)',
      'Print | Send by e-mail',
      'Subscribe to News24 and get access to our exclusive opinion pieces',
      'We use cookies to ensure you get the best experience on our website. By continuing to browse the site, you agree to our Privacy Policy.',
      'Disclaimer: The views of columnists are their own.',
      'Read: Ethiopia, Egypt take seats at BRICS table for first time',
      'Last update on: Fri May 9, 2025 12:04 AM',
      'Chinese President Xi Jinping and Russian President Vladimir Putin attend a welcome ceremony in Beijing. Reuters',
      'Chinese President Xi Jinping, right, and Russian President Vladimir Putin during their meeting in Beijing on Feb. 4, 2022. (AFP/File)',
    ];
    const a = md(LEAD, ...furniture, LAST);
    expect(a.paragraphs).toEqual([LEAD, LAST]);
    expect(a.dropped.map((d) => d.text)).toEqual(furniture);
  });

  it('drops a page’s stacked lines headed by a desk’s credit, a label or a time stamp, each read on its own', () => {
    const a = md(
      'DAILY SABAH WITH AA\nSEP 16, 2022 - 6:21 PM GMT+3',
      LEAD,
      'RECOMMENDED\nTürkiye will not be party to sanctions on Russia, Çavuşoğlu says',
      'AFP\nUpdated 15 June 2022',
      LAST,
    );
    expect(a.paragraphs).toEqual([LEAD, LAST]);
  });

  it('keeps a name that ends like an agency, a link’s wrapped line and the story’s attributed sentences', () => {
    const kept = [
      'Michael R. Bloomberg',
      'Putin and Xi met in Samarkand on Thursday, the Kremlin said. (AFP)',
      'Follow-up talks on the gas pipeline will be held in Beijing next month.',
    ];
    const a = md(LEAD, ...kept, 'Read more\nhere: <https://example.com/story>', LAST);
    expect(a.paragraphs.slice(0, 4)).toEqual([LEAD, ...kept]);
    expect(a.paragraphs[a.paragraphs.length - 1]).toBe(LAST);
    expect(a.paragraphs.some((p) => p.startsWith('here:'))).toBe(false);
  });
});
