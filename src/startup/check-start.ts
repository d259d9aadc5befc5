import type { LiveArchive } from '../search/live-archive';
import { checkConfig, type Config } from '../config';
import { checkBotToken, type BotIdentity, type TokenCheckOptions, type TokenCheck } from './check-bot-token';
import { checkStateDir } from './check-state-dir';
import { openIndex } from './open-index';

export type StartCheck =
  | { config: Config; archive: LiveArchive; identity?: BotIdentity; problems?: undefined }
  | { problems: string[] };

export interface StartCheckDeps {
  checkToken?: (opts: TokenCheckOptions) => Promise<TokenCheck>;
}

/**
 * Everything a start needs, checked together so one report lists every problem: the configuration,
 * the index in INDEX_DIR, STATE_DIR (Slack modes only: the local shell keeps no state), and the bot
 * token with Slack. Each check runs on what can be read even when another variable is wrong.
 */
export async function checkStart(env: NodeJS.ProcessEnv, deps: StartCheckDeps = {}): Promise<StartCheck> {
  const { config, problems, known } = checkConfig(env);
  const opened = openIndex(known.indexDir);
  if (opened.problem) problems.push(opened.problem);
  let identity: BotIdentity | undefined;
  if (known.mode !== 'shell') {
    const stateProblem = checkStateDir(known.stateDir);
    if (stateProblem) problems.push(stateProblem);
    if (known.slack) {
      const token = await (deps.checkToken ?? checkBotToken)({ token: known.slack.botToken, slackApiUrl: known.slack.apiUrl });
      if (token.problem) problems.push(token.problem);
      identity = token.identity;
    }
  }
  if (problems.length > 0 || !config || !opened.archive) return { problems };
  return { config, archive: opened.archive, identity };
}
