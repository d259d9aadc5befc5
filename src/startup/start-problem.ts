import { webApi } from '@slack/bolt';
import type { Config } from '../config';

/**
 * The one line an operator needs when the checked bot still cannot serve: HTTP mode (or Socket
 * Mode's install pages, with SLACK_CLIENT_ID …) cannot listen on PORT, or Slack refuses the app-level token of Socket Mode. Undefined for anything else: those
 * keep their stack, they are bugs to report.
 */
export function startProblem(error: unknown, config: Pick<Config, 'mode' | 'port' | 'oauth'>): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const listens = config.mode === 'http' || (config.mode === 'socket' && config.oauth !== undefined);
  if (listens && code === 'EADDRINUSE')
    return `Summit cannot start: port ${config.port} is in use (another Summit, or another server?). Stop it, or set PORT to a free port.`;
  if (listens && code === 'EACCES')
    return `Summit cannot start: this user may not listen on port ${config.port} (ports below 1024 need privileges). Set PORT to a free port from 1024 up, such as 3000.`;
  if (config.mode === 'socket' && error instanceof webApi.WebAPIPlatformError) {
    return `Summit cannot start: SLACK_APP_TOKEN: Slack refused the app-level token (apps.connections.open answered "${error.data.error}"). Copy an App-Level Token (xapp-…) with the connections:write scope from Basic Information → App-Level Tokens at https://api.slack.com/apps.`;
  }
  return undefined;
}
