/**
 * `.env` into the environment, as `import 'dotenv/config'` does, when there is one to read (or dotenv
 * is told where to look): loading dotenv itself is ~10 ms that a one-shot command in a folder without
 * a .env need not pay. Imported first by src/cli.ts, so every module sees the variables.
 */
import { existsSync } from 'node:fs';

const told =
  Object.keys(process.env).some((k) => k.startsWith('DOTENV_CONFIG_')) || process.argv.some((a) => a.startsWith('dotenv_config_'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (told || existsSync('.env')) require('dotenv/config');
