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
const cacheName = (name, code) => `${name}.code.${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cache`;
/** A cache file of bundle `name`, whichever bundle it was made from. */
const isCacheOf = (name, file) => file.startsWith(`${name}.code.`) && file.endsWith('.cache');

/**
 * Why the loader turns off the regular expressions' tier-up: V8 first runs a pattern in its bytecode
 * interpreter and compiles it to machine code on the next run; dating an article runs each of the
 * large patterns of src/events a few times, so a one-shot update paid for both (about 0.2 s of CPU
 * to date one summit article). Compiled at once, the update takes ~0.25 s less CPU, a full build a
 * little less, and a question no more.
 */
const NO_TIER_UP_WHY = 'Regular expressions compiled to machine code at their first run: see scripts/code-cache.js.';

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
setFlagsFromString('--no-regexp-tier-up');
const code = join(__dirname, ${JSON.stringify(codeName(name))});
const cache = join(__dirname, ${JSON.stringify(cacheName(name, code))});
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
