import { join } from 'node:path';
import { openArchiveInStages } from '../../src/search/archive';
import { parseRequest } from '../../src/requests/parse-request';
import { resolveRequest } from '../../src/requests/resolve-request';

const INDEX = join(__dirname, '..', '..', 'index');
const TODAY = '2026-11-25';

describe('opening the index in stages', () => {
  it('answers a date before the shards are loaded, and a question asked meanwhile once they are', async () => {
    const archive = openArchiveInStages(INDEX);
    expect(archive.isSearchable()).toBe(false);
    expect(archive.shards).toHaveLength(0);

    const date = await resolveRequest(parseRequest('2022-06-15'), { archive, today: TODAY });
    expect(archive.isSearchable()).toBe(false);
    expect(date).toMatchObject({ kind: 'answer', answer: { kind: 'date', event: { date: '2022-06-15' } } });
    if (date.kind === 'answer' && date.answer.kind === 'date')
      expect(
        date.answer.results
          .map((r) => r.articleId)
          .slice(0, 2)
          .sort(),
      ).toEqual(['000_0f78933e213938ff', '001_2a8c10d118161e22']);

    const question = await resolveRequest(parseRequest('legally binding guarantees'), { archive, today: TODAY });
    expect(archive.isSearchable()).toBe(true);
    expect(question).toMatchObject({ kind: 'answer', answer: { kind: 'question', results: [{ articleId: '003_b7d4a532b33766fb' }] } });
  });

  it('refuses a missing index at once, before any stage', () => {
    expect(() => openArchiveInStages(join(INDEX, 'nope'))).toThrow(/No index in/);
  });
});
