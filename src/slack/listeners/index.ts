import type { App } from '@slack/bolt';
import { SUMMIT_ACTION } from '../../render/slack/action-value';
import type { SlackAppDeps } from '../deps';
import { dedupeEvents } from '../middleware/dedupe-events';
import { requestLog } from '../middleware/request-log';
import { FEEDBACK_ACTION, FEEDBACK_ACTIONS } from '../../render/slack/feedback';
import { VIEW_IDS } from '../../render/slack/modals';
import { appHomeOpened } from './app-home-opened';
import { appMention } from './app-mention';
import { summitAssistant } from './assistant';
import { checkShortcut } from './check-shortcut';
import { feedbackButton } from './feedback-button';
import { feedbackReason } from './feedback-reason';
import { searchShortcut } from './search-shortcut';
import { searchSubmission } from './search-submission';
import { showContext } from './show-context';
import { directMessage } from './direct-message';
import { summitButton } from './summit-button';
import { summitCommand } from './summit-command';
import { forgetInstallation } from './uninstall';

/** The shortcuts' callback ids, as manifest.yml names them. */
export const SHORTCUTS = { check: 'summit_check', search: 'summit_search' } as const;

/** Registers every listener: this file only wires Slack's events to Summit's handlers. */
export function registerListeners(app: App, deps: SlackAppDeps): void {
  app.use(requestLog(deps.logger));
  // The store's memory when there is one: a retry after a restart, or on another replica, is dropped too.
  app.use(dedupeEvents(deps.store?.answeredEvents));
  // Messages in assistant threads stop here; every other DM goes on to directMessage.
  app.assistant(summitAssistant(deps));
  app.command('/summit', summitCommand(deps));
  app.action<BlockActionButton>(SUMMIT_ACTION, summitButton(deps));
  app.action(FEEDBACK_ACTION, feedbackButton(deps));
  app.action<BlockActionButton>(FEEDBACK_ACTIONS.showContext, showContext(deps));
  app.view({ callback_id: VIEW_IDS.reason, type: 'view_submission' }, feedbackReason(deps));
  app.view({ callback_id: VIEW_IDS.reason, type: 'view_closed' }, feedbackReason(deps));
  app.shortcut({ callback_id: SHORTCUTS.check, type: 'message_action' }, checkShortcut(deps));
  app.shortcut({ callback_id: SHORTCUTS.search, type: 'shortcut' }, searchShortcut(deps));
  app.view({ callback_id: VIEW_IDS.search, type: 'view_submission' }, searchSubmission(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  app.event('app_mention', appMention(deps));
  app.event('message', directMessage(deps));
  if (deps.config.oauth && deps.store) {
    app.event('app_uninstalled', forgetInstallation(deps.store.installations, deps.logger));
    app.event('tokens_revoked', forgetInstallation(deps.store.installations, deps.logger));
  }
}

type BlockActionButton = import('@slack/bolt').BlockAction<import('@slack/bolt').ButtonAction>;
