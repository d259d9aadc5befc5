/**
 * MiniSearch 7.2, the library a user might pick instead, over the same paragraphs: default tokenizer
 * and BM25+ scoring, field `text`, Lunr's English stop words dropped (as Summit drops them), no prefix
 * or fuzzy matching. Prints one JSON line.
 *
 *   node --import tsx --expose-gc bench/minisearch-baseline.ts <indexDir> <rounds>
 */
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { measureBaseline } from './baseline-figures';
import { readParagraphTexts } from './read-paragraphs';

const isStopWord = (term: string) => lunr.stopWordFilter(new lunr.Token(term, {})) === undefined;

function main(): void {
  const [indexDir, roundsArg] = process.argv.slice(2);
  if (!indexDir) throw new Error('usage: minisearch-baseline.ts <indexDir> [rounds]');
  const figures = measureBaseline(
    readParagraphTexts(indexDir),
    Math.max(1, Number(roundsArg ?? 5)),
    (texts) => {
      const ms = new MiniSearch<{ id: number; text: string }>({
        fields: ['text'],
        processTerm: (term) => {
          const t = term.toLowerCase();
          return isStopWord(t) ? null : t;
        },
      });
      texts.forEach((text, id) => ms.add({ id, text }));
      return ms;
    },
    (ms, q) => ms.search(q),
  );
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

if (require.main === module) main();
