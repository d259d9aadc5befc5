import { askQuestion } from '../../src/answers';
import { bundledArchive } from '../support/small-archive';

const archive = bundledArchive();
const FURNITURE = /To know more|Know more|min read|In this article|Writing:|Featured Image|\(Image|Developing story|Trust Project|^MDT$/;

describe('a question in free text', () => {
  it.each([
    'xi:putin',
    '10:30',
    'http://x.com',
    'putin~',
    'putin^2',
    '-',
    '+',
    '--putin',
    'title:',
    '*',
    '+*',
    '"unclosed',
    'putin?',
    '(putin)',
    '-putin',
    'Xi’s',
    'NATO!!!',
  ])('treats Lunr syntax as text: %s', (q) => {
    const answer = askQuestion(archive, q);
    expect(answer.kind).toBe('question');
    if (/putin|xi|nato/i.test(q)) expect(answer.results.length).toBeGreaterThan(0);
  });

  it('finds "putin?" and "(putin)" like "putin", and "-putin" does not exclude Putin', () => {
    const ids = (q: string) => askQuestion(archive, q, { limit: 5 }).results.map((r) => `${r.articleId}#${r.paragraph}`);
    expect(ids('putin?')).toEqual(ids('putin'));
    expect(ids('(putin)')).toEqual(ids('putin'));
    expect(ids('-putin')).toEqual(ids('putin'));
  });

  it('answers an empty or stop-word-only question with a notice, not an error', () => {
    expect(askQuestion(archive, '   ')).toMatchObject({ results: [], notice: 'empty' });
    expect(askQuestion(archive, '?!')).toMatchObject({ results: [], notice: 'empty' });
    expect(askQuestion(archive, 'what is the of and')).toMatchObject({ results: [], notice: 'stop-words-only' });
    expect(askQuestion(archive, 'zebra quantum')).toMatchObject({ results: [], notice: 'no-match' });
  });

  it('cites title, published date, event date and paragraph of the right article', () => {
    const [first] = askQuestion(archive, 'legally binding guarantees').results;
    expect(first).toMatchObject({
      articleId: '003_b7d4a532b33766fb',
      title: 'Xi tells Putin that Russia, China are better than allies, Kremlin says',
      published: '2021-12-17',
      eventDate: '2021-12-15',
      source: null,
      url: null,
    });
    expect(first?.text).toContain('legally binding guarantees');
  });

  it('shows the sentences that carry the match, at most about 300 characters, cut at word boundaries, matched words marked', () => {
    for (const q of [
      'legally binding guarantees NATO',
      'Zhejiang',
      'domestic support war',
      'comprehensive partnership',
      'Biden sanctions Ukraine invasion',
    ]) {
      for (const r of askQuestion(archive, q, { limit: 5 }).results) {
        expect(r.excerpt.length).toBeLessThanOrEqual(305);
        const body = r.excerpt.replace(/^… /, '').replace(/ …$/, '');
        expect(r.text).toContain(body);
        // Cut only at word boundaries: an excerpt starts and ends where a word does.
        const at = r.text.indexOf(body);
        expect(at === 0 || /\s/.test(r.text[at - 1]!)).toBe(true);
        const after = r.text[at + body.length];
        expect(after === undefined || /[\s,;:–—-]/.test(after)).toBe(true);
        if (body !== r.text) expect(r.excerpt).toMatch(/^… |…$/);
        expect(r.highlights.length).toBeGreaterThan(0);
        for (const [s, e] of r.highlights) expect(r.excerpt.slice(s, e)).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u);
      }
    }
  });

  it('marks the words that matched the question', () => {
    const [first] = askQuestion(archive, 'Zhejiang province').results;
    const marked = first!.highlights.map(([s, e]) => first!.excerpt.slice(s, e));
    expect(marked).toEqual(['Zhejiang', 'province']);
  });

  it('never shows page furniture', () => {
    for (const q of [
      'know more',
      'min read',
      'image AP',
      'developing story',
      'trust project',
      'writing correspondent',
      'Vladimir Putin China Russia',
    ]) {
      for (const r of askQuestion(archive, q, { limit: 20 }).results) expect(r.text).not.toMatch(FURNITURE);
    }
  });

  it('pages: the next page continues where the first stopped', () => {
    const first = askQuestion(archive, 'Putin Xi', { limit: 3 });
    const second = askQuestion(archive, 'Putin Xi', { offset: 3, limit: 3 });
    expect(first.page).toEqual({ offset: 0, limit: 3, total: expect.any(Number) });
    expect(second.page.offset).toBe(3);
    const keys = (a: typeof first) => a.results.map((r) => `${r.articleId}#${r.paragraph}`);
    expect(keys(second).some((k) => keys(first).includes(k))).toBe(false);
  });
});
