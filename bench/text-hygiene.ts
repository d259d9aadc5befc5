/**
 * `npx tsx bench/text-hygiene.ts DIR…`: how clean the paragraphs of a real archive come out of
 * src/corpus — long paragraphs, Markdown left in the text, speaker labels, stage directions and
 * signature lines that would be indexed and shown. The detectors here are deliberately broader than
 * the cleaning rules, so a figure that stays high says a rule misses a shape. `--show KIND` prints
 * up to 20 paragraphs that a detector counts, to read them.
 */
import { cleanArticle } from '../src/corpus/clean-article';
import { listArchiveFiles, readArticleFile } from '../src/corpus/read-archive';

const DETECTORS: Record<string, RegExp> = {
  // A Markdown link or autolink: "[words](url)", "](" left from a wrapped one, "<http…>".
  link: /\]\(|<https?:\/\/|\[[^\]]*\]\s*\(https?:/,
  url: /\bhttps?:\/\/\S/,
  bold: /\*\*|__\S/,
  escape: /\\[_*[\]()#.!-]/,
  // A paragraph opening with a run of capitalised words (and of/the) and a colon: a speaker's turn.
  speakerLabel: /^(?:Q\.?\s|(?:\p{Lu}[\p{L}’'.-]*|of|the|and)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|the|and)){0,9}(?:\s+\([\p{Ll} ]+\))?:\s)/u,
  stageDirection: /\((?:applause|laughter|laughs|cross-?talk|inaudible)[^)]{0,20}\)/i,
  // "THE WHITE HOUSE, <date>.", "JOSEPH R. BIDEN JR.", "2:28 P.M. EST", "WASHINGTON, D.C.", a date alone.
  signature:
    /^(?:THE WHITE HOUSE,.{0,30}|\p{Lu}+ \p{Lu}\. \p{Lu}+(?: JR\.)?|(?:END )?\d{1,2}:\d{2} [AP]\.M\..{0,6}|[\p{L} ]+, D\.C\.|\(?\p{Lu}\p{Ll}+ \d{1,2}, \d{4}\)?\.?)$/u,
  teaser: /^(?:also read|related|read more|advertisement|subscribe to|sign up for)\b/i,
};

const TITLE_DETECTORS = new Set(['link', 'url', 'bold', 'escape']);

/** Occurrences counted in the source text as well as in what is indexed. */
const OCCURRENCES: Record<string, RegExp> = {
  'Markdown links': /\]\(/g,
  '** markers': /\*\*/g,
  'stage directions': /\((?:applause|laughter|laughs|cross-?talk|inaudible)[^)]{0,20}\)/gi,
};

interface Figures {
  source: Record<string, number>;
  left: Record<string, number>;
  articles: number;
  paragraphs: number;
  over2000: number;
  over10000: number;
  longest: number;
  speakerParagraphs: number;
  found: Record<string, number>;
}

function measure(dir: string, show: string | null): Figures {
  const zero = () => Object.fromEntries(Object.keys(OCCURRENCES).map((k) => [k, 0]));
  const f: Figures = {
    source: zero(),
    left: zero(),
    articles: 0,
    paragraphs: 0,
    over2000: 0,
    over10000: 0,
    longest: 0,
    speakerParagraphs: 0,
    found: Object.fromEntries(Object.keys(DETECTORS).map((k) => [k, 0])),
  };
  let shown = 0;
  for (const file of listArchiveFiles(dir)) {
    const raw = readArticleFile(file).article;
    if (!raw) continue;
    const a = cleanArticle(raw);
    f.articles += 1;
    const source = raw.blocks.map((b) => b.join('\n')).join('\n\n');
    const indexed = a.paragraphs.join('\n\n');
    for (const [k, re] of Object.entries(OCCURRENCES)) {
      f.source[k]! += source.match(re)?.length ?? 0;
      f.left[k]! += indexed.match(re)?.length ?? 0;
    }
    const speakers = (a as { speakers?: Array<string | null> }).speakers ?? [];
    f.speakerParagraphs += speakers.filter((s) => s !== null).length;
    for (const p of [a.title, ...a.paragraphs]) {
      if (p !== a.title) {
        f.paragraphs += 1;
        if (p.length > 2000) f.over2000 += 1;
        if (p.length > 10000) f.over10000 += 1;
        f.longest = Math.max(f.longest, p.length);
      }
      for (const [kind, re] of Object.entries(DETECTORS)) {
        // A title may well read "Summit: …"; only its Markdown counts against it.
        if (p === a.title && !TITLE_DETECTORS.has(kind)) continue;
        if (!re.test(p)) continue;
        f.found[kind]! += 1;
        if (show === kind && shown++ < 20) process.stdout.write(`${a.file}: ${JSON.stringify(p.slice(0, 300))}\n`);
      }
    }
    if (show === 'long' && shown < 20 && a.paragraphs.some((p) => p.length > 2000)) {
      shown += 1;
      process.stdout.write(
        `${a.file}: ${a.paragraphs
          .filter((p) => p.length > 2000)
          .map((p) => p.length)
          .join(', ')}\n`,
      );
    }
  }
  return f;
}

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? (args[showAt + 1] ?? null) : null;
const dirs = args.filter((_, i) => showAt < 0 || (i !== showAt && i !== showAt + 1));
for (const dir of dirs) {
  const t = Date.now();
  const f = measure(dir, show);
  process.stdout.write(`${dir} (${((Date.now() - t) / 1000).toFixed(0)} s)\n`);
  process.stdout.write(
    `  ${f.articles} articles, ${f.paragraphs} paragraphs (${f.speakerParagraphs} with a speaker); over 2,000 chars: ${f.over2000}; over 10,000: ${f.over10000}; longest: ${f.longest}\n`,
  );
  process.stdout.write(
    `  in the source → left in paragraphs: ${Object.keys(OCCURRENCES)
      .map((k) => `${k} ${f.source[k]} → ${f.left[k]}`)
      .join(', ')}\n`,
  );
  process.stdout.write(
    `  paragraphs or titles with: ${Object.entries(f.found)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}\n`,
  );
}
