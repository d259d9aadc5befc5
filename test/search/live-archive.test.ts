/** A running bot follows its index folder: new generations are picked up, old ones let go when unused. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askQuestion } from '../../src/answers';
import { createLogger } from '../../src/logger';
import { buildIndex } from '../../src/search/build-index';
import { LiveArchive } from '../../src/search/live-archive';

const ROOT = join(__dirname, '..', '..');

function fixture() {
  const root = mkdtempSync(join(tmpdir(), 'summit-live-'));
  const corpus = join(root, 'corpus');
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  const index = join(root, 'index');
  buildIndex(corpus, index);
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) });
  return { corpus, index, lines, live: new LiveArchive(index, { logger, checkEveryMs: 0 }) };
}

const NEW_ARTICLE = 'date 2023-05-01 A late addition\n\nXi Jinping and Vladimir Putin spoke about grain corridors.';

async function switched(live: LiveArchive, from: string): Promise<void> {
  for (let i = 0; i < 200 && live.archive.generation === from; i += 1) {
    live.refresh();
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('LiveArchive', () => {
  it('switches answers to a new generation without a restart; an answer in flight finishes on the one it started on, which is then closed', async () => {
    const { corpus, index, lines, live } = fixture();
    await live.archive.searchable;
    const first = live.archive.generation;
    const inFlight = live.lease();
    expect(askQuestion(inFlight.archive, 'grain corridors').results).toEqual([]);

    writeFileSync(join(corpus, 'zz-new.txt'), NEW_ARTICLE);
    buildIndex(corpus, index);
    await switched(live, first);
    expect(live.archive.generation).not.toBe(first);
    expect(lines.some((l) => l.msg === 'answering from a new index generation' && l.previous === first && l.inFlight === 1)).toBe(true);

    const next = live.lease();
    expect(askQuestion(next.archive, 'grain corridors').results[0]?.articleId).toBe('zz-new');
    // The answer in flight still reads its own generation, whose folder is already gone.
    const old = askQuestion(inFlight.archive, 'legally binding guarantees').results[0];
    expect(old?.text).toMatch(/legally binding/i);
    inFlight.release();
    // Released: the old generation's files are let go of.
    expect(() => askQuestion(inFlight.archive, 'legally binding guarantees')).toThrow();
    next.release();
    live.close();
  });

  it('keeps answering from the generation in use when a new one cannot be opened, and says so once', async () => {
    const { index, lines, live } = fixture();
    await live.archive.searchable;
    const first = live.archive.generation;
    writeFileSync(join(index, 'CURRENT'), `${readFileSync(join(index, 'CURRENT'), 'utf8').trim()}\n`); // same: nothing happens
    live.refresh();
    expect(lines.filter((l) => l.level === 50)).toEqual([]);
    writeFileSync(join(index, 'CURRENT'), 'g-0000000000000000\n');
    for (let i = 0; i < 3; i += 1) live.lease().release();
    expect(live.archive.generation).toBe(first);
    const refused = lines.filter((l) => l.level === 50);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.msg).toMatch(
      /^a new index generation cannot be used, so the one in use keeps answering: .*Rebuild it: npm run -s cli -- index/,
    );
    expect(askQuestion(live.lease().archive, 'legally binding guarantees').results.length).toBeGreaterThan(0);
    live.close();
  });
});
