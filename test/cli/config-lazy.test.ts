/**
 * A one-shot answer loads only what it needs: the answers' commands read their two variables without
 * zod (src/config.ts), and the CLI's bundle requires zod, the YAML reader, the date parser and Slack's
 * client only when a command uses them (scripts/bundle.js).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConfig } from '../../src/config';

const ROOT = join(__dirname, '..', '..');

describe("the commands' configuration, read without zod", () => {
  const envs: NodeJS.ProcessEnv[] = [
    {},
    { INDEX_DIR: 'idx', DAILY_TZ: 'Asia/Shanghai' },
    { INDEX_DIR: '  ', DAILY_TZ: '' },
    { DAILY_TZ: 'Mars/Base' },
    { INDEX_DIR: 'other', DAILY_TIME: 'noon', PORT: '3e3', LOG_LEVEL: 'loud' },
  ];

  it('is what the schema gives for the same variables, problems included', () => {
    for (const env of envs) {
      const read = { INDEX_DIR: env.INDEX_DIR, DAILY_TZ: env.DAILY_TZ };
      // The bot reads every variable by the schema; with only these two set (no Slack tokens: the shell) the configurations agree.
      const bySchema = checkConfig(read, 'bot');
      const command = checkConfig(env, 'command');
      expect(command.problems).toEqual(bySchema.problems);
      expect(command.config).toEqual(bySchema.config);
    }
  });
});

describe('the CLI bundle', () => {
  it('answers a question without loading zod, yaml, chrono-node or Slack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-lazy-'));
    try {
      const hook = join(dir, 'hook.js');
      writeFileSync(
        hook,
        [
          "const Module = require('module');",
          'const seen = new Set();',
          'const load = Module._load;',
          'Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };',
          "process.on('exit', () => process.stderr.write(`LOADED ${JSON.stringify([...seen])}\\n`));",
        ].join('\n'),
      );
      const run = spawnSync(process.execPath, ['-r', hook, 'scripts/cli.js', 'ask', 'what did Putin say about gas supplies?', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      const all = JSON.parse(/LOADED (.*)/.exec(run.stderr)![1]!) as string[];
      // What the command loaded: after the bundle (rebuilding a stale bundle loads esbuild and lists the lazy packages' exports).
      const loaded = all.slice(all.findIndex((m) => m.endsWith('.build/cli.js')));
      expect(loaded).toContain('node:vm'); // the bundle's loader, which runs it from its code cache
      // lunr is compiled into the bundle, and its code cache (scripts/bundle.js); dotenv is loaded only for a .env.
      for (const heavy of ['zod', 'yaml', 'chrono-node', '@slack/bolt', 'esbuild', 'pg', 'lunr', 'dotenv/config'])
        expect(loaded).not.toContain(heavy);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
