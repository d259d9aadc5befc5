/**
 * Plain Lunr's one-shot question, the baseline of a cold `cli ask`: `save` builds one plain Lunr index
 * over the paragraphs of a built Summit index (as bench/plain-lunr.ts does) and writes it as Lunr's JSON;
 * `ask` is what a one-shot command on it does: read the JSON, `lunr.Index.load`, one query, print the
 * top three refs. Each prints one JSON line. The bench times `ask` as a whole process, bundled.
 *
 *   node --import tsx bench/plain-lunr-cold.ts save <indexDir> <file.json>
 *   node .build/bench/plain-lunr-cold.js ask <file.json> "<question>"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import lunr from 'lunr';
import { plainLunrSearch } from './plain-lunr-search';
import { readParagraphTexts } from './read-paragraphs';

function main(): void {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === 'save' && a && b) {
    const texts = readParagraphTexts(a);
    const index = lunr(function () {
      this.ref('id');
      this.field('text');
      texts.forEach((text, i) => this.add({ id: String(i), text }));
    });
    const json = JSON.stringify(index);
    writeFileSync(b, json);
    process.stdout.write(`${JSON.stringify({ paragraphs: texts.length, bytes: Buffer.byteLength(json) })}\n`);
  } else if (mode === 'ask' && a && b) {
    const index = lunr.Index.load(JSON.parse(readFileSync(a, 'utf8')));
    const top = plainLunrSearch(index, b).slice(0, 3);
    process.stdout.write(`${JSON.stringify({ results: top.map((r) => r.ref) })}\n`);
  } else throw new Error('usage: plain-lunr-cold.ts save <indexDir> <file.json> | ask <file.json> "<question>"');
}

if (require.main === module) main();
