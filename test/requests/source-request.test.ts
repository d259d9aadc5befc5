/** `source:"Name"` (what the search modal's Source adds): read once, and the answer kept to that source's articles. */
import { sourceNamed, sourceText } from '../../src/answers/sources';
import { answerRequest } from '../../src/requests/answer-request';
import { parseRequest, sourceOf } from '../../src/requests/parse-request';
import { renderForTerminal } from '../../src/render/terminal';
import { buildSmallArchive } from '../support/small-archive';
import { SOURCED_ARTICLES } from '../slack/sourced-archive';

describe('a request kept to one source', () => {
  it('reads source:"…" or source:Word anywhere, and leaves other requests alone', () => {
    expect(parseRequest('what about gas? source:"South China  Morning Post"')).toEqual({
      kind: 'summit',
      text: 'what about gas?',
      source: 'South China Morning Post',
    });
    expect(parseRequest('source:TASS quotes Xi 2022-06-15')).toEqual({ kind: 'quotes', text: 'Xi 2022-06-15', source: 'TASS' });
    expect(parseRequest('quotes Xi sovereignty source:“TASS”')).toEqual({ kind: 'quotes', text: 'Xi sovereignty', source: 'TASS' });
    expect(parseRequest('what is the source of the gas?')).toEqual({ kind: 'summit', text: 'what is the source of the gas?' });
    expect(parseRequest('gas source:""')).toEqual({ kind: 'summit', text: 'gas source:""' });
    expect(sourceOf(`gas ${sourceText('Reuters "Breakingviews"')}`)).toEqual({ source: 'Reuters Breakingviews', rest: 'gas' });
  });

  const { archive } = buildSmallArchive(SOURCED_ARTICLES);
  afterAll(() => archive.close());
  const ask = (text: string) => answerRequest(parseRequest(text) as never, { archive, today: '2026-12-01' });

  it('searches only that source’s articles, whatever case it is typed in, and names the source', () => {
    const answer = ask('gas supplies source:reuters');
    expect(answer).toMatchObject({ kind: 'question', source: { name: 'Reuters', articles: 1 } });
    expect(answer.kind === 'question' && answer.results.map((r) => r.source)).toEqual(['Reuters']);
    expect(ask('gas supplies source:TASS')).toMatchObject({ kind: 'question', notice: 'no-match', results: [], source: { name: 'TASS' } });
    expect(ask('gas supplies source:"Nowhere News"')).toMatchObject({ source: { name: 'Nowhere News', articles: 0 }, results: [] });
  });

  it('finds a source by the words typed when the archive spells it longer ("Kremlin" for "Kremlin (en.kremlin.ru, CC BY 4.0)")', () => {
    const named = {
      articles: [{ source: 'Kremlin (en.kremlin.ru, CC BY 4.0)' }, { source: 'Kremlin (en.kremlin.ru, CC BY 4.0)' }, { source: 'TASS' }],
    };
    expect(sourceNamed(named as never, 'kremlin')).toEqual({ name: 'Kremlin (en.kremlin.ru, CC BY 4.0)', articles: 2 });
    expect(sourceNamed(named as never, 'en.kremlin.ru')?.name).toBe('Kremlin (en.kremlin.ru, CC BY 4.0)');
    expect(sourceNamed(named as never, 'krem')).toBeNull();
    expect(sourceNamed(named as never, 'Reuters')).toBeNull();
  });

  it('reads a date as that summit’s coverage from the source, and a speaker’s quotes from it', () => {
    const day = ask('2022-06-15 source:TASS');
    expect(day.kind).toBe('question');
    expect(day.kind === 'question' && new Set(day.results.map((r) => r.source))).toEqual(new Set(['TASS']));
    const quotes = ask('quotes Xi source:TASS');
    expect(quotes.kind === 'quotes' && quotes.results.map((r) => r.source)).toEqual(['TASS']);
    expect(ask('quotes Xi source:Reuters')).toMatchObject({ kind: 'quotes', results: [], source: { name: 'Reuters', articles: 1 } });
  });

  it('says so in the shell as in Slack', () => {
    const text = (t: string) => renderForTerminal(ask(t), { color: false });
    expect(text('gas supplies source:Reuters')).toContain('Only articles from Reuters (1 article in the archive).');
    expect(text('gas supplies source:TASS')).toContain('Nothing from TASS (1 article in the archive) matches "gas supplies".');
    expect(text('quotes Xi source:TASS')).toContain('Only articles from TASS');
  });
});
