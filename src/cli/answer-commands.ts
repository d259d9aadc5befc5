/** `ask`, `summit`, `events`, `on-this-date`: open the index, compute the answer, print it. */
import { askQuestion, answerQuotes, answerSummit, listSummits, onThisDate, openArchive, type Answer } from '../answers';
import { loadConfig } from '../config';
import { renderForTerminal } from '../render/terminal';
import { todayIn } from '../requests/today';
import { flagValue, numberFlag, UsageError, type ParsedArgs } from './args';
import { printJson, type CliIo } from './io';
import { toContractJson } from './to-contract-json';

export const ANSWER_COMMANDS = ['ask', 'summit', 'quotes', 'events', 'on-this-date'] as const;

export function runAnswerCommand(args: ParsedArgs, io: CliIo): number {
  const text = args.words.join(' ').trim();
  const offset = numberFlag(args, '--offset');
  const limit = numberFlag(args, '--limit');
  if ((args.command === 'ask' || args.command === 'summit') && !text) throw new UsageError(`${args.command} needs a ${args.command === 'ask' ? 'question' : 'date or question'}, e.g. npm run -s cli -- ${args.command} "${args.command === 'ask' ? 'what did Xi say about NATO' : '2022-06-15'}"`);
  if (args.command === 'quotes' && !text) throw new UsageError('quotes needs a speaker, e.g. npm run -s cli -- quotes Putin 2022-12-30');
  if (args.command === 'on-this-date' && args.words.length > 1) throw new UsageError('on-this-date takes one day, MM-DD or YYYY-MM-DD');
  const tz = tzOf(io.env);
  const today = todayIn(tz, io.now());
  const archive = openArchive(flagValue(args, '--index') ?? io.env.INDEX_DIR ?? 'index');
  const page = { ...(offset !== undefined ? { offset } : {}), ...(limit !== undefined ? { limit } : {}) };
  let answer: Answer;
  switch (args.command) {
    case 'ask':
      answer = askQuestion(archive, text, page);
      break;
    case 'summit':
      answer = answerSummit(archive, text, { today, ...page });
      break;
    case 'quotes':
      answer = answerQuotes(archive, text, { today, ...page });
      break;
    case 'events':
      answer = listSummits(archive);
      break;
    default:
      answer = onThisDate(archive, text || undefined, { today });
  }
  if (answer.kind === 'input-error') {
    if (args.flags.has('--json')) printJson(io, toContractJson(answer));
    throw new UsageError(`${answer.message} ${answer.hint}`);
  }
  if (args.flags.has('--json')) printJson(io, toContractJson(answer));
  else io.stdout.write(`${renderForTerminal(answer, { color: colorWanted(args, io) })}\n`);
  return 0;
}

function tzOf(env: NodeJS.ProcessEnv): string {
  try {
    return loadConfig({ DAILY_TZ: env.DAILY_TZ }).dailyTz;
  } catch {
    throw new UsageError(`DAILY_TZ "${env.DAILY_TZ}" is not an IANA time zone such as Europe/Berlin`);
  }
}

function colorWanted(args: ParsedArgs, io: CliIo): boolean {
  if (args.flags.has('--no-color') || io.env.NO_COLOR) return false;
  if (args.flags.has('--color')) return true;
  return Boolean((io.stdout as NodeJS.WriteStream).isTTY);
}
