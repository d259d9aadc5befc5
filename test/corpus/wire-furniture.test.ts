/**
 * What wire services and news sites print around a story: photo captions with their credits, the
 * page's time stamps, the desk's credits, related headlines, tags. Each shape is as agencies print it;
 * the story's own sentences, even those that end on a date or name a photo, stay.
 */
import { cleanArticle } from '../../src/corpus/clean-article';
import { parseTextArticle } from '../../src/corpus/parse-text-article';
import { cleanedStory } from '../support/small-archive';

const md = cleanedStory('2022-06-16', 'Xi and Putin talk');
const LEAD = 'Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Wednesday.';
const dropped = (a: ReturnType<typeof md>) => a.dropped.map((d) => [d.rule, d.text]);

describe('photo captions', () => {
  it('drops a caption by its credit, by what the page calls it, or as a wire caption closing on the day', () => {
    const captions = [
      'Chinese President Xi Jinping holds talks with Russian President Vladimir Putin in Beijing, capital of China, Feb. 4, 2022. (Xinhua/Yan Yan)',
      'Photo: Russian President Vladimir Putin during talks with Chinese President Xi Jinping via video link © Mikhail Metzel/POOL/TASS',
      'Xi Jinping and Vladimir Putin in Beijing in February. Photograph: Alexei Druzhinin/AP',
      'Image caption, Xi Jinping and Vladimir Putin shook hands before the talks in the Kremlin',
      'Russian President Vladimir Putin and Chinese President Xi Jinping attend a ceremony in Beijing, China May 16, 2024. Sputnik/Sergei Bobylev/Pool via REUTERS',
      'Chinese President Xi Jinping holds a video call with Russian President Vladimir Putin in Beijing, capital of China, Jan. 21, 2025.',
    ];
    const a = md(LEAD, ...captions, 'Xi said the two countries should deepen cooperation.');
    expect(a.paragraphs).toEqual([LEAD, 'Xi said the two countries should deepen cooperation.']);
    expect(dropped(a)).toEqual(captions.map((c) => ['photo caption', c]));
  });

  it('keeps the story’s sentences that end on a date, quote someone or speak of photos', () => {
    const kept = [
      'The treaty of friendship was signed in Moscow on July 16, 2001.',
      'Putin said the relationship was the best in history. The two leaders met again in Kazan, Oct. 22, 2024.',
      '"We met in Beijing," Putin said, recalling the visit of Feb. 4, 2022.',
      'Photographers waited outside the Kremlin as the talks went on for four hours.',
    ];
    const a = md(LEAD, ...kept);
    expect(a.paragraphs).toEqual([LEAD, ...kept]);
    expect(a.dropped).toEqual([]);
  });
});

describe('the page’s and the desk’s lines', () => {
  it('drops time stamps, editor and print lines, buttons, desk credits, copyright and sharing lines', () => {
    const furniture: Array<[string, string]> = [
      ['timestamp', '2023-03-17 15:30'],
      ['timestamp', 'Updated 19:31, 16-May-2024'],
      ['timestamp', 'Wed 15 Jun 2022 13.48 BST'],
      ['editor line', '[Editor: huaxia]'],
      ['editor line', '(Web editor: Chang Sheng, Liang Jun)'],
      ['print edition line', '(China Daily 06/16/2022 page1)'],
      ['page buttons', '[Print] [Close]'],
      ['reporting credits', 'Reporting by Yew Lun Tian and Ryan Woo; Editing by Robert Birsel and Simon Cameron-Moore'],
      ['reporting credits', '--With assistance from Jennifer Jacobs and Colum Murphy.'],
      ['contributor line', 'Associated Press writer Ken Moritsugu in Beijing contributed to this report.'],
      ['copyright line', '©2024 Bloomberg L.P.'],
      ['reproduction notice', 'Interfax agencies may be reproduced only with an active hyperlink.'],
      ['trust-project line', 'Our Standards: The Thomson Reuters Trust Principles.'],
      ['share prompt', 'Sign up here.'],
      ['share prompt', 'You can share this story on social media:'],
      ['advertisement', 'Advertisement · Scroll to continue'],
      ['link to more', 'More stories like this are available on bloomberg.com'],
      ['credit line', 'Source(s): Xinhua'],
      ['desk code', 'bur-jbr/sbk'],
    ];
    const a = md(LEAD, ...furniture.map(([, text]) => text));
    expect(a.paragraphs).toEqual([LEAD]);
    expect(dropped(a)).toEqual(furniture);
  });

  it('drops a byline with its role and the tags under the story', () => {
    const a = md(
      'Vincent Ni, China affairs correspondent, and agencies',
      LEAD,
      'Tags: Russia-China relations, Vladimir Putin, Xi Jinping',
      'Explore more on these topics: China, Russia, Ukraine',
    );
    expect(a.paragraphs).toEqual([LEAD]);
    expect(dropped(a).map(([rule]) => rule)).toEqual(['byline', 'tag list', 'tag list']);
  });

  it('drops the headlines under "Related coverage", a question among them, and keeps the story after them', () => {
    const a = md(
      LEAD,
      'Related coverage',
      'U.S. says it is ready to send more troops to eastern flank of NATO',
      'What does China want from its ties with Russia?',
      'Diplomats said the Kremlin was likely to seek backing from Beijing.',
      'A Heading Inside the Story',
      'Putin said the talks had been constructive.',
    );
    expect(a.paragraphs).toEqual([
      LEAD,
      'Diplomats said the Kremlin was likely to seek backing from Beijing.',
      'A Heading Inside the Story',
      'Putin said the talks had been constructive.',
    ]);
    expect(dropped(a).map(([rule]) => rule)).toEqual(['link to more', 'teaser', 'teaser']);
  });
});

describe('who published a plain-text story', () => {
  const txt = (...paragraphs: string[]) => {
    const { article } = parseTextArticle(`date 2022-02-25 Xi and Putin talk\n\n${paragraphs.join('\n\n')}`);
    return cleanArticle({ ...article, id: 'a', file: 'a.txt' });
  };

  it('is the agency its dateline names, or the page’s own "Source:" line', () => {
    expect(
      txt(
        'BEIJING, Feb 25 (Reuters) - Chinese President Xi Jinping told Russian President Vladimir Putin in a phone call on Friday that China supports talks.',
      ).source,
    ).toBe('Reuters');
    expect(
      txt('MOSCOW, December 15. /TASS/. Russian President Vladimir Putin and Chinese President Xi Jinping held talks via video link.')
        .source,
    ).toBe('TASS');
    expect(
      txt('MOSCOW, December 30 - RIA Novosti. Russian President Vladimir Putin held talks with Xi Jinping by video link.').source,
    ).toBe('RIA Novosti');
    expect(
      txt('Source: Xinhua | 2022-03-18 23:28:41 | Editor: huaxia', 'Chinese President Xi Jinping on Friday had a video call with Putin.')
        .source,
    ).toBe('Xinhua');
  });

  it('stays unknown when the story names none, and a bracket in the lead is no agency', () => {
    expect(txt('Chinese President Xi Jinping (left) - and Vladimir Putin met on Friday.').source).toBeNull();
    expect(txt('Vladimir Putin met Xi Jinping on Friday.').source).toBeNull();
  });
});
