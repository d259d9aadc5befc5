/** `ask`, `summit`, `events`, `on-this-date`: open the index, compute the answer, print it. */
import { openArchive, staleError } from '../search/archive';
import { isSmallArchive } from '../search/freshness';
import { startNamesCheck } from '../search/names-check';
import { corpusDirOf } from '../search/saved-form';
import { toContractJson } from '../render/contract-json';
import { renderForTerminal } from '../render/terminal';
import { answerRequest, type ArchiveRequest } from '../requests/answer-request';
import { sourceOf } from '../requests/parse-request';
import { todayIn } from '../requests/today';
import { checkCitedFilesOf } from './check-cited-files';
import { commandConfig, numberFlag, UsageError, type ParsedArgs } from './args';
import { printJson, wantsColor, type CliIo } from './io';

export const ANSWER_COMMANDS = ['ask', 'summit', 'quotes', 'events', 'on-this-date'] as const;

/** What each command asks for; `summit` reads its text as a date or a question, never as `list` or `help`. */
const REQUEST_OF: Record<(typeof ANSWER_COMMANDS)[number], (text: string) => ArchiveRequest> = {
  // `source:"Name"` keeps an answer to one source's articles, as in Slack and the shell.
  ask: (text) => withSource(text, (rest) => ({ kind: 'question', text: rest })),
  summit: (text) => withSource(text, (rest) => ({ kind: 'summit', text: rest })),
  quotes: (text) => withSource(text, (rest) => ({ kind: 'quotes', text: rest })),
  events: () => ({ kind: 'list' }),
  'on-this-date': (text) => (text ? { kind: 'on-this-date', day: text } : { kind: 'on-this-date' }),
};

function withSource(text: string, request: (rest: string) => ArchiveRequest): ArchiveRequest {
  const { source, rest } = sourceOf(text);
  if (!source) return request(text);
  const kept = request(rest);
  // A question kept to a source is asked as `summit` asks it: the request that carries a source.
  return kept.kind === 'quotes' ? { ...kept, source } : { kind: 'summit', text: rest, source };
}

/**
 * A clock of the CPU time this process has used, in ms: a one-shot command holds no one else up, so
 * its search budget counts the work the search does, not how busy the machine is (the bot counts wall
 * time). The budget asks often; the CPU time is read at most every 25 ms of wall time: a read costs
 * ~0.2 ms on a virtual machine, and the budget (a second) is overrun by no more than that.
 */
function cpuClock(): () => number {
  let cpu = 0;
  let readAt = -Infinity;
  return () => {
    const now = performance.now();
    if (now - readAt >= 25) {
      const { user, system } = process.cpuUsage();
      cpu = (user + system) / 1000;
      readAt = now;
    }
    return cpu;
  };
}

export async function runAnswerCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const text = args.words.join(' ').trim();
  const offset = numberFlag(args, '--offset');
  const limit = numberFlag(args, '--limit');
  if ((args.command === 'ask' || args.command === 'summit') && !text)
    throw new UsageError(
      `${args.command} needs a ${args.command === 'ask' ? 'question' : 'date or question'}, e.g. npm run -s cli -- ${args.command} "${args.command === 'ask' ? 'what did Xi say about NATO' : '2022-06-15'}"`,
    );
  if (args.command === 'quotes' && !text) throw new UsageError('quotes needs a speaker, e.g. npm run -s cli -- quotes Putin 2022-12-30');
  if (args.command === 'on-this-date' && args.words.length > 1) throw new UsageError('on-this-date takes one day, MM-DD or YYYY-MM-DD');
  const config = commandConfig(args, io.env, 'command');
  const today = todayIn(config.dailyTz, io.now());
  // A large archive's names are checked while the answer is computed, and the files it cites before it is shown.
  const archive = openArchive(config.indexDir, { shards: 'on demand', largeCheck: 'later' });
  const corpusDir = corpusDirOf(archive.manifest);
  const names = isSmallArchive(archive.manifest)
    ? null
    : startNamesCheck(() => archive.builtFiles, { corpusDir, expected: archive.manifest.corpusFiles });
  const request = REQUEST_OF[args.command as keyof typeof REQUEST_OF](text);
  const answer = answerRequest(request, { archive, today, offset, limit, clock: cpuClock() });
  const listing = await names?.();
  if (listing && !listing.fresh) throw staleError(archive.dir, corpusDir, listing.changes);
  checkCitedFilesOf(archive, answer);
  if (answer.kind === 'input-error') {
    if (args.flags.has('--json')) printJson(io, toContractJson(answer));
    throw new UsageError(`${answer.message} ${answer.hint}`);
  }
  if (args.flags.has('--json')) printJson(io, toContractJson(answer));
  else io.stdout.write(`${renderForTerminal(answer, { color: wantsColor(io, args.flags) })}\n`);
  return 0;
}
