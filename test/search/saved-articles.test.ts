import { savedArticles } from '../../src/search/saved-articles';
import type { StoredArticle } from '../../src/search/saved-form';

const article = (id: string, title: string, eventDate: string | null = null): StoredArticle => ({
  id,
  file: `${id}.md`,
  title,
  titleFrom: 'front matter',
  source: null,
  url: null,
  published: '2019-06-05',
  eventDate,
  paragraphs: 3,
});

// Titles a byte scan could trip on: quotes, backslashes, braces and brackets in strings, other scripts.
const saved = [
  article('a', 'Talks "in {Moscow}"'),
  article('b\\"c', 'Path C:\\ and a lone \\'),
  article('c', 'Встреча с Си Цзиньпином [} {'),
  article('d', '习近平 and Putin', '2019-06-05'),
  article('e', 'Ends },{"id":"x" here'),
];
/** articles.json of a large index: written compact. */
const compact = (list: StoredArticle[]) => Buffer.from(`${JSON.stringify(list)}\n`);

describe('articles.json edited by an update', () => {
  it('reads the ids without parsing every entry, and an entry when asked', () => {
    const list = savedArticles(compact(saved));
    expect(list.ids).toEqual(['a', 'b\\"c', 'c', 'd', 'e']);
    expect(list.entry(2)).toEqual(saved[2]);
    // An id in another script is decoded from its UTF-8 bytes, not cut from them.
    expect(savedArticles(compact([article('встреча-习近平', 'A title'), saved[0]!])).ids).toEqual(['встреча-习近平', 'a']);
  });

  it('writes the bytes JSON.stringify of the edited list gives: entries replaced, new ones appended', () => {
    const list = savedArticles(compact(saved));
    list.set(0, { ...saved[0]!, eventDate: '2019-06-05' });
    list.set(3, article('d', 'Retitled'));
    list.set(5, article('f', 'New "one"', '2026-01-02'));
    list.set(6, article('g', 'Newer'));
    const expected = [{ ...saved[0]!, eventDate: '2019-06-05' }, saved[1]!, saved[2]!, article('d', 'Retitled'), saved[4]!];
    expected.push(article('f', 'New "one"', '2026-01-02'), article('g', 'Newer'));
    expect(list.bytes().toString('utf8')).toBe(`${JSON.stringify(expected)}\n`);
    expect(list.ids).toEqual(['a', 'b\\"c', 'c', 'd', 'e', 'f', 'g']);
  });

  it('gives the saved bytes back when nothing changed, and edits an indented (small) list as a whole', () => {
    expect(savedArticles(compact(saved)).bytes()).toEqual(compact(saved));
    const indented = savedArticles(Buffer.from(`${JSON.stringify(saved, null, 1)}\n`));
    indented.set(5, article('f', 'New'));
    expect(JSON.parse(indented.bytes().toString('utf8'))).toEqual([...saved, article('f', 'New')]);
  });
});
