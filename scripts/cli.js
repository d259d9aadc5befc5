#!/usr/bin/env node
/**
 * `npm run cli`: runs src/cli.ts from its bundle (scripts/bundle.js rebuilds it when a source is newer)
 * with plain Node, as `npm start` runs the bot: a one-shot command pays neither tsx's start nor
 * transpiling, nor reading the source map (stack traces name .build/cli.js lines; run with
 * NODE_OPTIONS=--enable-source-maps for src/ lines).
 */
'use strict';
const { ensureBundle } = require('./bundle');

ensureBundle('cli', { sourceMaps: false })
  .then((bundle) => require(bundle).runFromCommandLine())
  .catch((error) => {
    process.stderr.write(`summit: unexpected error: ${(error && error.stack) || String(error)}\n`);
    process.exitCode = 1;
  });
