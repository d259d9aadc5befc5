/**
 * The sources of the served archive (articles carry a `source`: "Reuters", "TASS"…), and the
 * articles of one of them, so that a question or a speaker's quotes can be kept to that source.
 */
import type { Archive } from '../search/archive';

export interface SourceCount {
  /** As the archive spells it. */
  name: string;
  articles: number;
}

/** Sources compared as people type them: case, quotes and spacing do not matter. */
export const sourceKey = (name: string) => name.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

const cache = new WeakMap<Archive, SourceCount[]>();

/** Every source the archive's articles name, most articles first (then by name); read once per generation. */
export function archiveSources(archive: Archive): SourceCount[] {
  const known = cache.get(archive);
  if (known) return known;
  const counts = new Map<string, SourceCount>();
  for (const a of archive.articles) {
    if (!a.source?.trim()) continue;
    const key = sourceKey(a.source);
    const seen = counts.get(key);
    if (seen) seen.articles += 1;
    else counts.set(key, { name: a.source.replace(/\s+/g, ' ').trim(), articles: 1 });
  }
  const sources = [...counts.values()].sort((x, y) => y.articles - x.articles || x.name.localeCompare(y.name));
  cache.set(archive, sources);
  return sources;
}

/** The article numbers of a source (empty when the archive has no such source). */
export function sourceArticles(archive: Archive, source: string): Set<number> {
  const key = sourceKey(source);
  const out = new Set<number>();
  archive.articles.forEach((a, n) => {
    if (a.source && sourceKey(a.source) === key) out.add(n);
  });
  return out;
}

const wordsOf = (name: string) =>
  sourceKey(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The source as the archive spells it, or null when no article has it: the one typed, or else the
 * source with most articles whose name holds the typed words in a row ("Kremlin" for "Kremlin
 * (en.kremlin.ru, CC BY 4.0)").
 */
export function sourceNamed(archive: Archive, source: string): SourceCount | null {
  const key = sourceKey(source);
  const sources = archiveSources(archive);
  const exact = sources.find((s) => sourceKey(s.name) === key);
  if (exact) return exact;
  const typed = wordsOf(source);
  if (typed.length === 0) return null;
  const holds = (words: string[]) => words.some((_, i) => typed.every((w, j) => words[i + j] === w));
  return sources.find((s) => holds(wordsOf(s.name))) ?? null;
}

/** The words of a request that keep it to a source (`source:"Reuters"`), as the request parser reads them. */
export const sourceText = (source: string) => `source:"${source.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim()}"`;
