/**
 * The bundles `npm start` and `npm run cli` run from: esbuild bundles each entry of ENTRIES into
 * .build/<name>.js when a source is newer than the bundles (about half a second), so a run pays for
 * neither tsx (a second process and a loader, about 0.4 s) nor loading each module from its own file.
 *
 * Packages stay outside the bundles (node_modules is read as installed), and the heavy ones among them
 * (LAZY) are required on their first use rather than at start: `ask` never pays for Slack's client, the
 * date parser or the YAML reader unless its question needs them. A bundle imports such a package through
 * a stand-in with one getter per export, which requires the package when any of them is first read.
 */
'use strict';
const { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { codeName, isCacheOf, loaderSource } = require('./code-cache');

const root = join(__dirname, '..');
const outdir = join(root, '.build');

/**
 * Each bundle's name and its entry. `build-worker` is what the index build's worker threads run;
 * `names-worker`, the one-shot commands' check of a large archive's names (names-check.ts); `scan-worker`,
 * the listing and stats an update starts from (archive-scan.ts).
 */
const ENTRIES = {
  main: 'src/main.ts',
  cli: 'src/cli.ts',
  'build-worker': 'src/search/build-worker.ts',
  'names-worker': 'src/search/names-worker.ts',
  'scan-worker': 'src/search/scan-worker.ts',
};

/** Bundles run through a loader from V8's code cache (scripts/code-cache.js): each one-shot command starts one. */
const CACHED = ['cli'];

/** Packages that take 10–250 ms to load, or hold large tables, and that many runs never use (`ask` needs none of them). */
const LAZY = ['@slack/bolt', 'chrono-node', 'cli-progress', 'entities', 'smol-toml', 'yaml', 'zod'];

/**
 * Packages compiled into the bundles after all: every question needs lunr's stemmer, and from inside
 * the CLI bundle it comes out of the code cache instead of being read, compiled and run apart (5–15 ms).
 */
const INLINE = ['lunr'];

/** Besides src/, a change to these rebuilds the bundles. */
const ALSO = ['package.json', 'package-lock.json', 'scripts/bundle.js', 'scripts/code-cache.js'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const bundlePath = (name) => join(outdir, `${name}.js`);

/** The files a build writes for bundle `name`: its code, and for a cached one the loader written after it. */
const outputsOf = (name) => (CACHED.includes(name) ? [join(outdir, codeName(name)), bundlePath(name)] : [bundlePath(name)]);

function stale() {
  const built = Object.keys(ENTRIES)
    .flatMap(outputsOf)
    .map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0));
  const sources = Math.max(
    newestSource(join(root, 'src')),
    ...ALSO.map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0)),
  );
  return Math.min(...built) < sources;
}

/** The stand-in module for a lazy package: its exports, listed now, each read from the package on first use. */
function lazyModule(name) {
  const real = require(name);
  const keys = Object.keys(real).filter((k) => k !== '__esModule');
  return [
    `let real;`,
    `const load = () => (real ??= require(${JSON.stringify(name)}));`,
    real.__esModule ? `Object.defineProperty(exports, '__esModule', { value: true });` : '',
    `for (const key of ${JSON.stringify(keys)}) Object.defineProperty(exports, key, { enumerable: true, get: () => load()[key] });`,
  ].join('\n');
}

const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    const filter = new RegExp(`^(${LAZY.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);
    // The stand-in's own require of the package is left to Node.
    build.onResolve({ filter }, (args) =>
      args.namespace === 'lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: lazyModule(args.path), loader: 'js', resolveDir: root }));
  },
};

const inlinePackages = {
  name: 'inline-packages',
  setup(build) {
    const filter = new RegExp(`^(${INLINE.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: require.resolve(args.path, { paths: [root] }) }));
  },
};

/**
 * Rebuilds the bundles when a source is newer; resolves to the path of bundle `name`. Each file is
 * written beside its place and renamed into it, so a run starting meanwhile never reads half a bundle.
 * `sourceMaps: false` leaves stack traces in the bundle's lines (the CLI: reading the map costs each
 * one-shot command; NODE_OPTIONS=--enable-source-maps brings back src/ lines).
 */
async function ensureBundle(name, { sourceMaps = true } = {}) {
  if (stale()) {
    // esbuild runs plugins only in its asynchronous build.
    const result = await require('esbuild').build({
      // A cached bundle's code is written as <name>.code.js, and its loader as <name>.js below.
      entryPoints: Object.fromEntries(
        Object.entries(ENTRIES).map(([n, entry]) => [CACHED.includes(n) ? codeName(n).slice(0, -3) : n, join(root, entry)]),
      ),
      outdir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      // Node 20 reads \p{…} in a regular expression itself. Left to its defaults esbuild rewrites every such
      // literal as `new RegExp(source, flags)`, which looks the source up again on each call: in a
      // function that cleans every line of a build, that cost more than the match.
      supported: { 'regexp-unicode-property-escapes': true },
      packages: 'external',
      plugins: [lazyPackages, inlinePackages],
      // Beside the bundle, not inside it: an inline map made cli.js four times larger, and every
      // one-shot command read and compiled it (about 40 ms of CPU, more wall on a busy disk).
      sourcemap: 'linked',
      logLevel: 'warning',
      write: false,
    });
    mkdirSync(outdir, { recursive: true });
    const write = (path, contents) => {
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, contents);
      renameSync(temporary, path);
    };
    for (const file of result.outputFiles) write(file.path, file.contents);
    for (const name of CACHED) {
      const code = result.outputFiles.find((f) => f.path === join(outdir, codeName(name))).contents;
      for (const old of readdirSync(outdir)) if (isCacheOf(name, old)) rmSync(join(outdir, old), { force: true });
      write(bundlePath(name), loaderSource(name, code));
    }
  }
  if (sourceMaps) process.setSourceMapsEnabled(true);
  return bundlePath(name);
}

module.exports = { ensureBundle, ENTRIES, LAZY };
