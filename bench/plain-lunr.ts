/**
 * The floor: one plain Lunr index over the same paragraphs (default pipeline, field `text` only),
 * built in this process, and raw search latency on the fixed questions. Queries go through
 * `index.query` with terms tokenized safely (what `index.search` would do, minus its query syntax,
 * which throws on ordinary text). Prints one JSON line.
 *
 *   node --import tsx --expose-gc bench/plain-lunr.ts <indexDir> <rounds>
 */
import lunr from 'lunr';
import { measureBaseline } from './baseline-figures';
import { plainLunrSearch } from './plain-lunr-search';
import { readParagraphTexts } from './read-paragraphs';

export { plainLunrSearch };

function main(): void {
  const [indexDir, roundsArg] = process.argv.slice(2);
  if (!indexDir) throw new Error('usage: plain-lunr.ts <indexDir> [rounds]');
  const figures = measureBaseline(
    readParagraphTexts(indexDir),
    Math.max(1, Number(roundsArg ?? 5)),
    (texts) =>
      lunr(function () {
        this.ref('id');
        this.field('text');
        texts.forEach((text, i) => this.add({ id: String(i), text }));
      }),
    plainLunrSearch,
  );
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

if (require.main === module) main();
