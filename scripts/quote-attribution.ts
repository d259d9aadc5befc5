/**
 * Precision and recall of Summit's quote attribution on the hand-labelled sample
 * (test/quotes/labelled-statements.json: every statement in the five bundled articles).
 *   npx tsx scripts/quote-attribution.ts [--index DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openArchive } from '../src/search/archive';
import { scoreAttribution, type LabelledStatement } from '../src/quotes/score-attribution';

const at = process.argv.indexOf('--index');
const archive = openArchive(at > 0 ? process.argv[at + 1]! : join(__dirname, '..', 'index'));
const { statements: labels } = JSON.parse(readFileSync(join(__dirname, '..', 'test', 'quotes', 'labelled-statements.json'), 'utf8')) as {
  statements: LabelledStatement[];
};
const found = [...archive.statements.entries()].flatMap(([n, list]) => list.map((s) => ({ ...s, articleId: archive.articles[n]!.id })));
const score = scoreAttribution(labels, found);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`labelled ${score.labelled}, found ${score.found}, correct ${score.correct}`);
console.log(`precision ${pct(score.precision)}  recall ${pct(score.recall)}`);
for (const m of score.missed) console.log(`missed  ${m.articleId} ¶${m.paragraph + 1} ${m.speaker}: …${m.includes}…`);
for (const w of score.wrong) console.log(`wrong   ${w.articleId} ¶${w.paragraph + 1} ${w.speaker}: ${w.text.slice(0, 100)}`);
