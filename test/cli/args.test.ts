/** The command line's one parser, with plain argument arrays: what each command takes and what it says otherwise. */
import { commandConfig, parseArgs, UsageError, USAGE } from '../../src/cli/args';
import { ConfigError } from '../../src/config';

function reason(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`parsed: ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('reads a command, its words and its options in any order, --name=value included', () => {
    const args = parseArgs(['--json', 'ask', 'gas', '--limit=3', 'deal', '--index', 'idx']);
    expect(args).toEqual({
      command: 'ask',
      words: ['gas', 'deal'],
      flags: new Map<string, string | true>([
        ['--json', true],
        ['--limit', '3'],
        ['--index', 'idx'],
      ]),
    });
  });

  it('takes everything after -- as words', () => {
    expect(parseArgs(['ask', '--', '--json', 'x']).words).toEqual(['--json', 'x']);
  });

  it('each command takes only its own options, and says so with its usage', () => {
    expect(reason(['daily', '--frobnicate'])).toBe(
      'unknown argument "--frobnicate"; usage: npm run -s cli -- daily [--date YYYY-MM-DD] [--json] [--index DIR]',
    );
    expect(reason(['events', '--limit', '3'])).toMatch(/^unknown argument "--limit"; usage: npm run -s cli -- events \[--json\]/);
    expect(reason(['ask', 'x', '--corpus', 'c'])).toMatch(/^unknown argument "--corpus"/);
    expect(parseArgs(['index', '--corpus', 'c', '--out', 'o', '--workers', '2', '--quiet', '--full', '--json']).command).toBe('index');
  });

  it('checks every value the same way, for whichever command', () => {
    expect(reason(['daily', '--date'])).toBe('--date needs a date YYYY-MM-DD');
    expect(reason(['daily', '--date', '2025-02-30'])).toBe('--date must be a calendar date written YYYY-MM-DD, not "2025-02-30"');
    expect(reason(['ask', 'x', '--limit', 'ten'])).toBe('--limit must be a whole number, not "ten"');
    expect(reason(['index', '--workers', '-1'])).toBe('--workers must be a whole number, not "-1"');
    expect(reason(['ask', 'x', '--index'])).toBe('--index needs a folder');
    expect(reason(['ask', 'x', '--index=', 'y'])).toBe('--index needs a folder');
    expect(reason(['ask', 'x', '--index', '--json'])).toBe('--index needs a folder');
  });

  it('a command without words refuses them; an unknown command lists the commands', () => {
    expect(reason(['index', 'corpus'])).toMatch(/^index takes no words \(got "corpus"\); usage: npm run -s cli -- index /);
    expect(reason(['frobnicate'])).toBe(
      'unknown command "frobnicate"; try: index, ask, summit, quotes, events, on-this-date, daily, feedback, shell',
    );
  });

  it('help, --help and no command come back for the usage, which names every command', () => {
    expect(parseArgs([]).command).toBeUndefined();
    expect(parseArgs(['help']).command).toBe('help');
    expect(parseArgs(['ask', '--help', '--whatever']).flags.has('--help')).toBe(true);
    for (const command of ['index', 'ask', 'summit', 'quotes', 'events', 'on-this-date', 'daily', 'shell'])
      expect(USAGE).toContain(`\n  ${command} `);
  });
});

describe('commandConfig', () => {
  it('is the environment read as loadConfig reads it, with --index DIR in place of INDEX_DIR', () => {
    expect(commandConfig(parseArgs(['ask', 'x']), { INDEX_DIR: 'env-index', DAILY_TZ: 'Asia/Shanghai' }, 'command')).toMatchObject({
      indexDir: 'env-index',
      dailyTz: 'Asia/Shanghai',
    });
    expect(commandConfig(parseArgs(['ask', 'x', '--index', 'flag-index']), { INDEX_DIR: 'env-index' }, 'command').indexDir).toBe(
      'flag-index',
    );
    expect(() => commandConfig(parseArgs(['ask', 'x']), { DAILY_TZ: 'Mars/Base' }, 'command')).toThrow(ConfigError);
  });
});
