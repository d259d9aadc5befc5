import type { App } from '@slack/bolt';
import { SUMMIT_ACTION } from '../../render/slack/action-value';
import type { SlackAppDeps } from '../deps';
import { dedupeEvents } from '../middleware/dedupe-events';
import { requestLog } from '../middleware/request-log';
import { appMention } from './app-mention';
import { directMessage } from './direct-message';
import { summitButton } from './summit-button';
import { summitCommand } from './summit-command';

/** Registers every listener: this file only wires Slack's events to Summit's handlers. */
export function registerListeners(app: App, deps: SlackAppDeps): void {
  app.use(requestLog(deps.logger));
  app.use(dedupeEvents());
  app.command('/summit', summitCommand(deps));
  app.action<BlockActionButton>(SUMMIT_ACTION, summitButton(deps));
  app.event('app_mention', appMention(deps));
  app.event('message', directMessage(deps));
}

type BlockActionButton = import('@slack/bolt').BlockAction<import('@slack/bolt').ButtonAction>;
