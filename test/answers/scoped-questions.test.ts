/**
 * Questions that name a time or place rank the named summits' coverage first, and question forms
 * ("how long", "how much … grow") and word forms (figures / figurative) that lexical search misses.
 */
import { askQuestion } from '../../src/answers';
import { bundledArchive, buildSmallArchive } from '../support/small-archive';

const TODAY = '2026-11-25';
const bundled = bundledArchive();
const top = (archive: typeof bundled, q: string, k = 3) => askQuestion(archive, q, { today: TODAY, limit: k }).results;

describe('on the bundled archive', () => {
  it('"how long did the 2021 video call last?" finds "lasted a little over an hour" (003 ¶5) in the top three', () => {
    expect(top(bundled, 'how long did the 2021 video call last?').map((r) => `${r.articleId.slice(0, 3)}#${r.paragraph + 1}`)).toContain(
      '003#5',
    );
  });

  it('"how much did China\'s imports from Russia grow?" finds "imports from Russia have doubled" in the top three', () => {
    expect(
      top(bundled, "how much did China's imports from Russia grow?").some((r) => r.text.includes('imports from Russia have doubled')),
    ).toBe(true);
  });

  it('"trade figures" does not rank "figurative expression" first', () => {
    expect(top(bundled, 'trade figures')[0]!.text).not.toContain('figurative expression');
  });

  it('Slack markup is not searched: "<!channel> what did Xi say about NATO?" does not rank "a new channel" first', () => {
    const first = top(bundled, '<!channel> what did Xi say about NATO?')[0]!;
    expect(first.text).toContain('NATO');
    expect(first.text).not.toMatch(/\bchannel\b/);
  });

  it("a question naming only a summit's time answers with its coverage", () => {
    const answer = askQuestion(bundled, 'what did they say in December 2021?', { today: TODAY });
    expect(answer.scope?.events.map((e) => e.date)).toEqual(['2021-12-15']);
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((r) => r.eventDate === '2021-12-15')).toBe(true);
  });

  it('a time named in words alone scopes the question too', () => {
    // On 2022-01-10, "last December" is December 2021: a time phrase with no digit in it.
    const answer = askQuestion(bundled, 'what did they say during the video call last December?', { today: '2022-01-10' });
    expect(answer.scope?.words).toEqual(['last December']);
    expect(answer.scope?.events.map((e) => e.date)).toEqual(['2021-12-15']);
  });

  it('a time with no summit is said, and the whole archive is searched', () => {
    const answer = askQuestion(bundled, 'NATO in 2019', { today: TODAY });
    expect(answer.scope).toEqual({ words: ['2019'], events: [] });
    expect(answer.results.length).toBeGreaterThan(0);
  });
});

describe('on an archive of several summits', () => {
  const { archive } = buildSmallArchive({
    'kazan.txt': [
      'date 2024-10-22 Xi and Putin meet in Kazan',
      'Xi Jinping and Vladimir Putin held talks in Kazan on Tuesday, October 22, on the sidelines of the BRICS summit.',
      'Xi said the world was undergoing profound changes unseen in a century and that China and Russia would stay together.',
      'Putin said cooperation between Moscow and Beijing was one of the main factors of stability in the world.',
    ].join('\n\n'),
    'kremlin.txt': [
      'date 2023-03-21 Putin and Xi hold talks in the Kremlin',
      'Vladimir Putin and Xi Jinping held talks in the Kremlin on Tuesday, March 21, during a state visit.',
      'The Kremlin talks lasted more than four hours, the Kremlin said.',
      'Xi said China stands for peace and dialogue on Ukraine.',
    ].join('\n\n'),
    'beijing.txt': [
      'date 2023-10-18 Putin and Xi hold talks in Beijing',
      'Vladimir Putin and Xi Jinping held talks in Beijing on Wednesday, October 18, at the Belt and Road forum.',
      'The talks lasted three hours, the Kremlin said, longer than in the Kremlin in March.',
      'Xi said the two countries had deepened political trust, and Xi said the talks were in-depth.',
      'Xi said trade between the two countries hit a record and Xi said more was to come.',
    ].join('\n\n'),
  });

  it('finds the summits of this archive', () => {
    expect(archive.events.map((e) => e.date)).toEqual(['2023-03-21', '2023-10-18', '2024-10-22']);
  });

  it('"how long did the Kremlin talks last in March 2023?" ranks the March talks first', () => {
    expect(top(archive, 'how long did the Kremlin talks last in March 2023?')[0]!.text).toContain('more than four hours');
  });

  it('"what did Xi say in Kazan?" ranks Xi\'s Kazan statement in the top three', () => {
    const answer = askQuestion(archive, 'what did Xi say in Kazan?', { today: TODAY, limit: 3 });
    expect(answer.scope?.events.map((e) => e.date)).toEqual(['2024-10-22']);
    expect(answer.results.some((r) => r.text.includes('unseen in a century'))).toBe(true);
  });

  it('"the Kazan meeting" and "the Kremlin meeting" name their summits as "in Kazan" does', () => {
    const kazan = askQuestion(archive, 'how long did the Kazan meeting last?', { today: TODAY, limit: 3 });
    expect(kazan.scope?.events.map((e) => e.date)).toEqual(['2024-10-22']);
    expect(kazan.scope?.words).toEqual(['Kazan']);
    expect(askQuestion(archive, 'how long was the Kremlin meeting?', { today: TODAY, limit: 1 }).results[0]!.text).toContain(
      'more than four hours',
    );
  });

  it('does not search the words that named the summit: "in Kazan" ranks what Xi said there above the lead that says "Kazan"', () => {
    const first = top(archive, 'what did Xi say about stability in Kazan?')[0]!;
    expect(first.text).toContain('main factors of stability');
  });

  it('puts the named summit’s paragraphs before any other, even what the speaker said at other summits', () => {
    const answer = askQuestion(archive, 'what did Xi say in Kazan?', { today: TODAY, limit: 5 });
    const firstOther = answer.results.findIndex((r) => r.eventDate !== '2024-10-22');
    expect(answer.results[0]!.eventDate).toBe('2024-10-22');
    expect(answer.results.slice(firstOther).every((r) => r.eventDate !== '2024-10-22')).toBe(true);
  });

  it('keeps a bare year searched, as the topic may be the year’s ("what was trade in 2023?")', () => {
    const answer = askQuestion(archive, 'what record did trade hit in 2023?', { today: TODAY, limit: 3 });
    expect(answer.scope?.words).toEqual(['2023']);
    expect(answer.results[0]!.text).toContain('hit a record');
  });
});

describe('a place that no summit record names', () => {
  const { archive } = buildSmallArchive({
    'visit.txt': [
      'date 2023-03-21 Putin and Xi hold talks in the Kremlin',
      'Vladimir Putin and Xi Jinping held talks in the Kremlin on Tuesday, March 21.',
      'On the second day the leaders toured an arms factory in Tula.',
      'In Tula, Xi said the factory showed what the two countries could build together.',
      'The Tula governor hosted a lunch for the delegations.',
    ].join('\n\n'),
    'later.txt': [
      'date 2023-10-18 Putin and Xi hold talks in Beijing',
      'Vladimir Putin and Xi Jinping held talks in Beijing on Wednesday, October 18.',
      'Putin recalled their visit to Tula in March and said trade had grown.',
    ].join('\n\n'),
  });
  afterAll(() => archive.close());

  it('scopes the question to the summit whose coverage names it most, not to every summit that mentions it once', () => {
    const answer = askQuestion(archive, 'what did Xi say in Tula?', { today: TODAY, limit: 3 });
    expect(answer.scope?.events.map((e) => e.date)).toEqual(['2023-03-21']);
    expect(answer.results[0]!.text).toContain('what the two countries could build together');
  });
});
