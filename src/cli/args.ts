/** Command-line arguments: a command, its words, and `--flag [value]` options. */

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | undefined;
  words: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set(['--index', '--corpus', '--out', '--date', '--offset', '--limit', '--shard-size', '--workers']);
const SWITCHES = new Set(['--json', '--quiet', '--no-color', '--color', '--update', '--full']);

export function parseArgs(argv: string[]): ParsedArgs {
  const words: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (VALUED.has(name)) {
        const value = inline ?? argv[i + 1];
        if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
        if (inline === undefined) i += 1;
        flags.set(name, value);
      } else if (SWITCHES.has(name)) flags.set(name, true);
      else throw new UsageError(`unknown option ${name}`);
    } else words.push(arg);
  }
  const [command, ...rest] = words;
  return { command, words: rest, flags };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function numberFlag(args: ParsedArgs, name: string): number | undefined {
  const v = flagValue(args, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} must be a whole number, not "${v}"`);
  return Number(v);
}
