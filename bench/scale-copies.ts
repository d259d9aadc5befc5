/**
 * The N× archives of `npm run bench -- --scale N`: copy 1 is the archive as it is; copy k (2…N) is
 * every article again, with " (copy k)" appended to its title (", copy k" for a plain-text article,
 * whose first line is not read as a title when it ends in a bracket), its file and id renamed `<id>-copy<k>`,
 * and one word added to each paragraph of two words or more: a word of the same article, drawn by a
 * seeded generator and put before the paragraph's last word (so a speaker label at its start and the
 * punctuation at its end stay as they were). The same seed, copy and file always give the same text.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listArchiveFiles } from '../src/corpus/read-archive';
import { seededRandom } from './fuzz-inputs';

/** The seed of every copy the bench makes, so that runs compare. */
export const SCALE_SEED = 20_261_201;

/** FNV-1a, 32 bits: a stable number for a string. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = /\p{L}[\p{L}'’-]*\p{L}/gu;

/**
 * Front matter with " (copy k)" at the end of its title's value, inside its quotes if any; a value
 * folded over several lines (indented continuation lines) ends on the last of them.
 */
function copyTitle(front: string, mark: string): string {
  const lines = front.split('\n');
  const i = lines.findIndex((l) => /^title:/.test(l));
  if (i < 0) return front;
  let last = i;
  while (last + 1 < lines.length && /^[ \t]+\S/.test(lines[last + 1]!)) last++;
  const q = /^title:\s*(["'])/.exec(lines[i]!)?.[1];
  const line = lines[last]!.replace(/\s+$/, '');
  const end = lines[last]!.slice(line.length);
  lines[last] =
    q && line.endsWith(q) && (last > i || line.length > /^title:\s*/.exec(line)![0].length + 1)
      ? `${line.slice(0, -1)}${mark}${q}${end}`
      : `${line}${mark}${end}`;
  return lines.join('\n');
}

/** Puts `word` before the last word of a paragraph (a block between blank lines). */
function addWord(paragraph: string, word: string): string {
  const cut = paragraph.trimEnd().search(/\s+\S+$/);
  if (cut <= 0) return paragraph; // one word, or none: left alone
  return `${paragraph.slice(0, cut)} ${word}${paragraph.slice(cut)}`;
}

/**
 * Copy `k` of one article's text (`.md` with front matter or `.txt` with its `date … Title` line).
 * `key` (the file's path in the archive) and `seed` fix the words drawn.
 */
export function copyArticleText(text: string, k: number, key: string, seed = SCALE_SEED): string {
  const mark = ` (copy ${k})`;
  let header = '';
  let body = text;
  const front = /^(---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$))/.exec(text);
  if (front) {
    header = copyTitle(front[1]!, mark);
    body = text.slice(front[1]!.length);
  } else {
    const firstLine = /^[^\n]*(?:\n|$)/.exec(text)![0];
    if (/^\s*date\s/i.test(firstLine)) {
      // A first line that ends in ")" is not read as a title (text-shape.ts): here the mark has no brackets.
      header = firstLine.replace(/[ \t]*(\r?\n)?$/, (_m, nl: string | undefined) => `, copy ${k}${nl ?? ''}`);
      body = text.slice(firstLine.length);
    }
  }
  const words = body.match(WORD) ?? [];
  if (words.length === 0) return header + body;
  const random = seededRandom(hash32(`${seed}:${k}:${key}`));
  // Blocks and the blank lines between them, kept as they were.
  const parts = body.split(/(\n[ \t]*\r?\n(?:[ \t]*\r?\n)*)/);
  for (let i = 0; i < parts.length; i += 2) {
    if (!/\S/.test(parts[i]!)) continue;
    parts[i] = addWord(parts[i]!, words[Math.floor(random() * words.length)]!);
  }
  return header + parts.join('');
}

/** `2019-12-07-62267.md` → `2019-12-07-62267-copy3.md` (a new article id). */
export function copyFileName(file: string, k: number): string {
  return file.replace(/(\.[^./]+)?$/, (ext) => `-copy${k}${ext}`);
}

/**
 * Writes copy `k` of every article of `sourceDir` into `outDir` (copy 1: hard links to the originals);
 * returns how many files were written.
 */
export function writeCopy(sourceDir: string, outDir: string, k: number, seed = SCALE_SEED): number {
  const files = listArchiveFiles(sourceDir);
  for (const f of files) {
    const target = join(outDir, k === 1 ? f.file : copyFileName(f.file, k));
    mkdirSync(dirname(target), { recursive: true });
    if (k === 1) linkSync(f.path, target);
    else writeFileSync(target, copyArticleText(readFileSync(f.path, 'utf8'), k, f.file, seed));
  }
  return files.length;
}

/**
 * The N× archive: a folder holding `copy-1` … `copy-N`, each linked from `copiesDir/copy-k` (written
 * there once and shared by every scale of a run).
 */
export function makeScaledArchive(sourceDir: string, copiesDir: string, scaleDir: string, n: number, seed = SCALE_SEED): void {
  for (let k = 1; k <= n; k++) {
    const copyDir = join(copiesDir, `copy-${k}`);
    const done = join(copiesDir, `copy-${k}.done`);
    if (!existsSync(done)) {
      writeCopy(sourceDir, copyDir, k, seed);
      writeFileSync(done, '');
    }
    for (const f of listArchiveFiles(copyDir)) {
      const target = join(scaleDir, `copy-${k}`, f.file);
      mkdirSync(dirname(target), { recursive: true });
      linkSync(f.path, target);
    }
  }
}
