#!/usr/bin/env node
/**
 * `npm start`: bundles src/main.ts with esbuild into .build/main.js when a source is newer than the
 * bundle (about 0.3 s), then runs it with plain Node. Under tsx every start would transpile every
 * module again (about a second), and the first answer would wait for it.
 */
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'src', 'main.ts');
const outfile = join(root, '.build', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(outfile) || statSync(outfile).mtimeMs < Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs);
if (stale) {
  require('esbuild').buildSync({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', packages: 'external', outfile, sourcemap: 'inline', logLevel: 'warning' });
}
process.setSourceMapsEnabled(true);
require(outfile)
  .main()
  .then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`Summit failed to start: ${(error && error.stack) || String(error)}\n`);
      process.exitCode = 1;
    },
  );
