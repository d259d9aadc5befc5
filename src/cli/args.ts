/**
 * The command line's one argument parser: a command, its words, and the `--option [value]`s that
 * command takes (COMMANDS). Anything else is a bad argument: a UsageError, exit 2 with one line.
 */
import { loadConfig, type ConfigOf } from '../config';
import { isCalendarDate } from '../daily/schedule';

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | undefined;
  words: string[];
  flags: Map<string, string | true>;
}

/** The options that take a value, and what it must be. */
const VALUES: Record<string, 'DIR' | 'FILE' | 'N' | 'YYYY-MM-DD'> = {
  '--index': 'DIR',
  '--corpus': 'DIR',
  '--out': 'DIR',
  '--report': 'FILE',
  '--date': 'YYYY-MM-DD',
  '--since': 'YYYY-MM-DD',
  '--offset': 'N',
  '--limit': 'N',
  '--shard-size': 'N',
  '--workers': 'N',
};
const NEEDS = { DIR: 'a folder', FILE: 'a file name', N: 'a whole number', 'YYYY-MM-DD': 'a date YYYY-MM-DD' };

const ANSWER = ['--json', '--index', '--color', '--no-color'];
const PAGED = ['--offset', '--limit', ...ANSWER];

/** Each command's words (none when absent), its options, and what it does: the usage is written from them. */
export const COMMANDS: Record<string, { words?: string; options: string[]; does: string }> = {
  index: {
    options: ['--corpus', '--out', '--update', '--full', '--workers', '--shard-size', '--quiet', '--json', '--report', '--index'],
    does: 'build the index and print the build report',
  },
  ask: { words: '"<question>"', options: PAGED, does: 'the best cited excerpts for a question' },
  summit: { words: '"<date or text>"', options: PAGED, does: "a day's summit (with what each side said), or a question" },
  quotes: { words: '<name> [date or words]', options: PAGED, does: 'what a speaker said, cited (Xi, Putin, Peskov, Kremlin, Xinhua…)' },
  events: { options: ANSWER, does: 'the timeline of summits' },
  'on-this-date': { words: '[MM-DD|YYYY-MM-DD]', options: ANSWER, does: 'the "on this date" message' },
  daily: { options: ['--date', '--json', '--index'], does: 'post it to the daily channels, once per channel per day' },
  feedback: { options: ['--since', '--json'], does: 'the feedback users gave on answers (helpful / not helpful / wrong attribution)' },
  shell: {
    options: ['--index', '--color', '--no-color', '--blocks'],
    does: 'the local shell (--blocks: print the Block Kit JSON Slack would get)',
  },
};

const synopsis = (name: string) => {
  const { words, options } = COMMANDS[name]!;
  return [name, ...(words ? [words] : []), ...options.map((o) => (VALUES[o] ? `[${o} ${VALUES[o]}]` : `[${o}]`))].join(' ');
};

export const USAGE = [
  'usage: npm run -s cli -- <command> [args]',
  ...Object.keys(COMMANDS).map((name) => `  ${synopsis(name)}\n      ${COMMANDS[name]!.does}`),
].join('\n');

/** Throws when a value is not what its option needs, so every command says it the same way. */
function checkValue(name: string, value: string): void {
  if (VALUES[name] === 'N' && !/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, not "${value}"`);
  if (VALUES[name] === 'YYYY-MM-DD' && !isCalendarDate(value))
    throw new UsageError(`${name} must be a calendar date written YYYY-MM-DD, not "${value}"`);
}

/** `--help`, `help` and no command at all come back without a command's checks: the caller prints USAGE. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const words: string[] = [];
  const given: Array<{ arg: string; name: string; value: string | true }> = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const kind = VALUES[name];
    if (!kind) {
      given.push({ arg, name: arg, value: true });
      continue;
    }
    const value = eq < 0 ? argv[i + 1] : arg.slice(eq + 1);
    if (!value || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs ${NEEDS[kind]}`);
    if (eq < 0) i += 1;
    given.push({ arg, name, value });
  }
  const [command, ...rest] = words;
  const flags = new Map(given.map(({ name, value }) => [name, value]));
  if (command === undefined || command === 'help' || flags.has('--help')) return { command, words: rest, flags };
  const spec = COMMANDS[command];
  if (!spec) throw new UsageError(`unknown command "${command}"; try: ${Object.keys(COMMANDS).join(', ')}`);
  const usage = `usage: npm run -s cli -- ${synopsis(command)}`;
  for (const { arg, name, value } of given) {
    if (!spec.options.includes(name)) throw new UsageError(`unknown argument "${arg}"; ${usage}`);
    if (value !== true) checkValue(name, value);
  }
  if (!spec.words && rest.length > 0) throw new UsageError(`${command} takes no words (got "${rest.join(' ')}"); ${usage}`);
  return { command, words: rest, flags };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** A whole number the parser has checked. */
export function numberFlag(args: ParsedArgs, name: string): number | undefined {
  const v = flagValue(args, name);
  return v === undefined ? undefined : Number(v);
}

/** A command's configuration: the environment's, read as every surface reads it, with --index DIR in place of INDEX_DIR. */
export function commandConfig<S extends 'daily' | 'feedback' | 'command'>(
  args: ParsedArgs,
  env: NodeJS.ProcessEnv,
  surface: S,
): ConfigOf[S] {
  const config = loadConfig(env, surface);
  const indexDir = flagValue(args, '--index');
  return indexDir === undefined ? config : { ...config, indexDir };
}
