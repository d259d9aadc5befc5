/**
 * A bundle run from V8's code cache: `.build/<name>.js` is a small loader that compiles the bundle,
 * `.build/<name>.code.js`, with the bytecode a previous run left beside it, and runs it as Node runs a
 * CommonJS module (same exports, require, module, __dirname). Compiling the half-megabyte CLI bundle
 * and its functions again at every one-shot command cost tens of milliseconds.
 *
 * The cache's name carries a hash of the bundle it was made from, so a rebuilt bundle never meets an
 * old cache; V8 refuses one from another Node version or other flags, and the run writes a new one.
 * It is written when the process exits, so it holds the functions the run compiled, not only the top.
 *
 * The loader also sets V8's flags, before any of the bundle runs (the cache is made and checked under them).
 */
'use strict';
const { createHash } = require('node:crypto');

const codeName = (name) => `${name}.code.js`;
/** The cache of bundle `name` made from `code`; `variant` names the flags it was made under ("" for none). */
const cacheName = (name, code, variant = '') =>
  `${name}.code.${createHash('sha256').update(code).digest('hex').slice(0, 16)}${variant}.cache`;
/** A cache file of bundle `name`, whichever bundle it was made from. */
const isCacheOf = (name, file) => file.startsWith(`${name}.code.`) && file.endsWith('.cache');

/**
 * Why the loader turns off the regular expressions' tier-up for `index` alone: V8 first runs a pattern
 * in its bytecode interpreter and compiles it to machine code on the next run; dating an article runs
 * each of the large patterns of src/events a few times, so a one-shot update paid for both (about 0.2 s
 * of CPU to date one summit article). Compiled at once, the update takes ~0.25 s less CPU and a full
 * build a little less. A one-shot answer runs most of its patterns once, which the interpreter does for
 * less: with the tier-up, the Kremlin `ask` takes ~10 ms less CPU. V8 checks a code cache against the
 * flags it was made under, so each set of flags has its own cache.
 */
const NO_TIER_UP_WHY = '`index` compiles regular expressions to machine code at their first run: see scripts/code-cache.js.';

/** The loader of bundle `name` whose code is `code` (the bytes of `.build/<name>.code.js`). */
function loaderSource(name, code) {
  return `'use strict';
// Written by scripts/bundle.js (see scripts/code-cache.js): runs ${codeName(name)} from V8's code cache.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { wrap } = require('node:module');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');
// ${NO_TIER_UP_WHY}
const indexing = process.argv.slice(2).find((a) => !a.startsWith('-')) === 'index';
if (indexing) setFlagsFromString('--no-regexp-tier-up');
const code = join(__dirname, ${JSON.stringify(codeName(name))});
const cache = join(__dirname, indexing ? ${JSON.stringify(cacheName(name, code, '.index'))} : ${JSON.stringify(cacheName(name, code))});
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  // no cache yet: this run writes it
}
const script = new Script(wrap(readFileSync(code, 'utf8')), { filename: code, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    const temporary = \`\${cache}.\${process.pid}.tmp\`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cache);
    } catch {
      // a read-only .build/: the next run compiles again
    }
  });
}
script.runInThisContext().call(module.exports, module.exports, require, module, code, __dirname);
`;
}

module.exports = { codeName, isCacheOf, loaderSource };
