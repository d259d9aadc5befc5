import type { AllMiddlewareArgs, GlobalShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { searchModal } from '../../render/slack';
import { archiveSources } from '../../answers/sources';
import { readArchive } from '../compose-reply';
import type { SlackAppDeps } from '../deps';
import { showModal } from '../deliver';
import { setOutcome } from './outcome';

/** The global shortcut "Search the archive": opens the search modal (its submission: search-submission.ts). */
export function searchShortcut(deps: SlackAppDeps) {
  return async ({ shortcut, ack, client, context }: SlackShortcutMiddlewareArgs<GlobalShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    // The Source menu lists the served archive's sources (held in memory: the modal opens at once).
    const sources = readArchive(deps, (archive) => archiveSources(archive)) ?? [];
    const failed = await showModal(client, deps.logger, { open: shortcut.trigger_id }, searchModal(sources));
    setOutcome(context, failed ? 'undelivered' : 'answered');
  };
}
