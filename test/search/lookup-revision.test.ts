import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../src/search/build-index';
import { lookupBytes, type LookupSource } from '../../src/search/lookup-file';
import { revisedLookup, revisedLookupBytes, type PreviousLookup } from '../../src/search/lookup-revision';
import { updateIndex } from '../../src/search/update-index';
import { seededRandom } from '../../bench/fuzz-inputs';

/** Seeded (bench/fuzz-inputs.ts), so a failing case can be run again by its seed. */
function randomOf(seed: number) {
  const next = seededRandom(seed);
  const below = (n: number) => Math.floor(next() * n);
  return { below, pick: <T>(list: readonly T[]) => list[below(list.length)]!, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof randomOf>;

interface Entry {
  id: string;
  file: string;
  title: string;
  eventDate: string | null;
  paragraphs: number;
}
interface Archive {
  articles: Entry[];
  /** Archive files with no article (unreadable, or a duplicate id) are recorded too. */
  files: Record<string, { hash: string; size: number }>;
  events: { date: string; title: string; articles: string[] }[];
  datings: { articleId: string; eventDate: string | null; evidence: string }[];
  indented: boolean;
}

const TEXTS = ['Talks in Moscow', 'Си Цзиньпин и Путин', '习近平会见普京', 'He said "[no]", {ok}', 'a\\"]} \\\\', 'Visit — «state»', 'x'];
const FOLDERS = ['kremlin-en', 'whitehouse', 'архив'];
const NAMES = ['2019-06-05-60672', 'Путин-2014-05-20', '习近平-2013', 'quote"d', 'brace}[', '2001-07-16'];

let serial = 0;
function newEntry(r: Random): { entry: Entry; file: string } {
  serial += 1;
  const id = `${r.pick(NAMES)}-${serial}`;
  const file = `${r.pick(FOLDERS)}/${id}.${r.chance(0.5) ? 'md' : 'txt'}`;
  return {
    entry: {
      id,
      file,
      title: `${r.pick(TEXTS)} ${'·'.repeat(r.below(20))}`,
      eventDate: r.chance(0.3) ? '2019-06-05' : null,
      paragraphs: r.below(40),
    },
    file,
  };
}
const recorded = (r: Random) => ({
  hash: Math.floor(r.below(2 ** 31) * 7919)
    .toString(16)
    .padStart(16, '0'),
  size: r.below(r.chance(0.5) ? 1e3 : 1e7),
});
const datingOf = (r: Random, articleId: string) => ({ articleId, eventDate: r.chance(0.2) ? '2019-06-05' : null, evidence: r.pick(TEXTS) });

function archiveOf(r: Random, size: number): Archive {
  const archive: Archive = { articles: [], files: {}, events: [], datings: [], indented: r.chance(0.3) };
  for (let i = 0; i < size; i += 1) {
    const { entry, file } = newEntry(r);
    archive.articles.push(entry);
    archive.files[file] = recorded(r);
    archive.datings.push(datingOf(r, entry.id));
  }
  for (let i = 0; i < 3; i += 1) archive.files[`${r.pick(FOLDERS)}/broken-${r.below(1000)}.md`] = recorded(r);
  // A second file with an article's id: skipped as a duplicate, its record names no article.
  const twin = r.pick(archive.articles);
  archive.files[`zz-other/${twin.id}.md`] = recorded(r);
  archive.events = [{ date: '2019-06-05', title: r.pick(TEXTS), articles: archive.articles.slice(0, 2).map((a) => a.id) }];
  return archive;
}

/** One change an update can make (and some it does not: articles inserted or removed anywhere). */
function edit(r: Random, archive: Archive): void {
  const { articles, files, datings } = archive;
  const at = r.pick([0, r.below(articles.length + 1), articles.length]);
  switch (r.below(9)) {
    case 0: {
      const added = r.below(3) + 1;
      for (let k = 0; k < added; k += 1) {
        const { entry, file } = newEntry(r);
        articles.push(entry);
        files[file] = recorded(r);
        datings.push(datingOf(r, entry.id));
      }
      break;
    }
    case 1: {
      const { entry, file } = newEntry(r);
      articles.splice(at, 0, entry);
      files[file] = recorded(r);
      datings.splice(at, 0, datingOf(r, entry.id));
      break;
    }
    case 2: {
      const [gone] = articles.splice(Math.min(at, articles.length - 1), 1);
      if (!gone) break;
      delete files[gone.file];
      datings.splice(
        datings.findIndex((d) => d.articleId === gone.id),
        1,
      );
      break;
    }
    case 3: {
      const a = articles[Math.min(at, articles.length - 1)];
      if (a) a.title = r.chance(0.5) ? `${a.title} ${r.pick(TEXTS)}` : a.title.slice(0, r.below(a.title.length + 1));
      if (a && r.chance(0.5)) a.eventDate = a.eventDate ? null : '2020-01-01';
      break;
    }
    case 4: {
      const names = Object.keys(files);
      files[r.pick(names)] = recorded(r);
      break;
    }
    case 5:
      files[`${r.chance(0.5) ? '!' : 'zz'}-broken-${r.below(1e6)}.md`] = recorded(r);
      break;
    case 6:
      archive.events = r.chance(0.5)
        ? [...archive.events, { date: '2020-01-01', title: r.pick(TEXTS), articles: [] }]
        : archive.events.slice(0, Math.max(0, archive.events.length - 1));
      break;
    case 7: {
      const d = datings[Math.min(at, datings.length - 1)];
      if (d) d.evidence = r.chance(0.5) ? `${d.evidence}${r.pick(TEXTS)}` : '';
      break;
    }
    default: {
      // A file that did not read becomes an article: its record is the same bytes.
      const broken = Object.keys(files).find((f) => f.includes('/broken-') && !f.startsWith('zz'));
      if (!broken) break;
      const id = broken.slice(broken.lastIndexOf('/') + 1, broken.lastIndexOf('.'));
      if (articles.some((a) => a.id === id)) break;
      articles.push({ id, file: broken, title: 'Recovered', eventDate: null, paragraphs: 1 });
      datings.push(datingOf(r, id));
    }
  }
}

function sourceOf(archive: Archive): LookupSource {
  const json = (value: unknown) => Buffer.from(`${archive.indented ? JSON.stringify(value, null, 1) : JSON.stringify(value)}\n`);
  const sorted = Object.fromEntries(Object.entries(archive.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    ids: archive.articles.map((a) => a.id),
    articles: json(archive.articles),
    timeline: json({ events: archive.events, datings: archive.datings }),
    archiveFiles: json(sorted),
    datings: archive.datings,
  };
}

const previousOf = (source: LookupSource, lookup: Buffer): PreviousLookup => ({
  lookup,
  articles: source.articles,
  timeline: source.timeline,
  archiveFiles: source.archiveFiles,
});

describe('lookup.bin revised from the previous one after an update', () => {
  it('is byte for byte the lookup made whole, after random edits of articles, records, events and datings', () => {
    let revised = 0;
    let cases = 0;
    for (let seed = 1; seed <= 150; seed += 1) {
      const r = randomOf(seed);
      const archive = archiveOf(r, 3 + r.below(40));
      let source = sourceOf(archive);
      let lookup = lookupBytes(source);
      // Several updates in a row, each revising the lookup the one before made.
      for (let round = 0; round < 4; round += 1) {
        const edits = 1 + r.below(3);
        for (let e = 0; e < edits; e += 1) edit(r, archive);
        const next = sourceOf(archive);
        const whole = lookupBytes(next);
        const made = revisedLookup(previousOf(source, lookup), next);
        cases += 1;
        if (made) {
          revised += 1;
          if (!made.equals(whole)) throw new Error(`seed ${seed}, round ${round}: the revised lookup differs from the whole one`);
        }
        expect(revisedLookupBytes(previousOf(source, lookup), next).equals(whole)).toBe(true);
        [source, lookup] = [next, whole];
      }
    }
    // Most updates are revised, not made whole again.
    expect(revised / cases).toBeGreaterThan(0.8);
  });

  it('revises an article appended with its record inserted first in files.json, non-ASCII and escaped names among them', () => {
    const r = randomOf(7);
    const archive = archiveOf(r, 30);
    archive.indented = false;
    const before = sourceOf(archive);
    archive.articles.push({ id: 'Путин "новый"', file: '!first/Путин "новый".md', title: 'Added', eventDate: null, paragraphs: 2 });
    archive.files['!first/Путин "новый".md'] = { hash: 'abc', size: 3 };
    archive.datings.push({ articleId: 'Путин "новый"', eventDate: null, evidence: 'none' });
    const after = sourceOf(archive);
    expect(after.archiveFiles.indexOf('!first')).toBe(2);
    const made = revisedLookup(previousOf(before, lookupBytes(before)), after);
    expect(made?.equals(lookupBytes(after))).toBe(true);
  });

  it('falls back to the whole lookup when the previous one is not of the previous files, or cannot be read', () => {
    const r = randomOf(11);
    const archive = archiveOf(r, 20);
    const before = sourceOf(archive);
    const otherArchive = archiveOf(randomOf(12), 20);
    edit(r, archive);
    const after = sourceOf(archive);
    const whole = lookupBytes(after);
    const stale = previousOf(before, lookupBytes(sourceOf(otherArchive)));
    expect(revisedLookup(stale, after)).toBeNull();
    expect(revisedLookupBytes(stale, after).equals(whole)).toBe(true);
    // Written indented before and compact now (the index grew past a thousand articles).
    const indented = sourceOf({ ...archive, indented: true });
    const compact = sourceOf({ ...archive, indented: false });
    expect(revisedLookup(previousOf(indented, lookupBytes(indented)), compact)).toBeNull();
    expect(revisedLookupBytes(previousOf(indented, lookupBytes(indented)), compact).equals(lookupBytes(compact))).toBe(true);
    const garbled = previousOf(before, Buffer.from('\u0004\u0000\u0000\u0000{no}'));
    expect(revisedLookup(garbled, after)).toBeNull();
    expect(revisedLookupBytes(null, after).equals(whole)).toBe(true);
  });

  it('gives the lookup.bin an update of a built index writes', () => {
    const root = mkdtempSync(join(tmpdir(), 'summit-lookup-revision-'));
    const corpus = join(root, 'corpus');
    cpSync(join(__dirname, '..', '..', 'corpus'), corpus, { recursive: true });
    // Over a thousand articles: the files are written compact, as at the bench archive.
    for (let i = 0; i < 1_010; i += 1)
      writeFileSync(
        join(corpus, `filler-${String(i).padStart(4, '0')}.txt`),
        `Regional news ${i}\n\nPutin visited a factory; output rose by ${i} per cent.\n`,
      );
    const index = join(root, 'index');
    buildIndex(corpus, index, { shardSize: 400 });
    const generationFiles = () => {
      const dir = join(index, readFileSync(join(index, 'CURRENT'), 'utf8').trim());
      const read = (f: string) => readFileSync(join(dir, f));
      return {
        lookup: read('lookup.bin'),
        articles: read('articles.json'),
        timeline: read('timeline.json'),
        archiveFiles: read('files.json'),
      };
    };
    const previous = generationFiles();
    writeFileSync(join(corpus, '0-added.txt'), 'Xi Jinping receives a message\n\nVladimir Putin wrote about the harvest.\n');
    writeFileSync(join(corpus, 'filler-0005.txt'), 'Meeting 5\n\nThe ministers of agriculture met.\n');
    const updated = updateIndex(corpus, index, { anyShare: true });
    if (!updated.updated) throw new Error(updated.fullBuildBecause);
    const now = generationFiles();
    const made = revisedLookup(previous, {
      ids: (JSON.parse(now.articles.toString('utf8')) as { id: string }[]).map((a) => a.id),
      articles: now.articles,
      timeline: now.timeline,
      archiveFiles: now.archiveFiles,
      datings: (JSON.parse(now.timeline.toString('utf8')) as { datings: { articleId: string }[] }).datings,
    });
    expect(made?.equals(now.lookup)).toBe(true);
  });
});
