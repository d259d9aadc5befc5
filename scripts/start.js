#!/usr/bin/env node
/**
 * `npm start`: runs src/main.ts from its bundle (scripts/bundle.js rebuilds it when a source is newer)
 * with plain Node. Under tsx every start would transpile every module again (about a second), and the
 * first answer would wait for it.
 */
'use strict';
const { ensureBundle } = require('./bundle');

ensureBundle('main')
  .then((bundle) => require(bundle).main())
  .then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`Summit failed to start: ${(error && error.stack) || String(error)}\n`);
      process.exitCode = 1;
    },
  );
