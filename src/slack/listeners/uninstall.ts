import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../logger';
import type { Installations } from '../../state/store';
import { setOutcome } from './outcome';

/**
 * `app_uninstalled` and `tokens_revoked` (bot tokens): the workspace's stored installation, and so
 * its tokens, are deleted; the daily job no longer posts there. Its subscriptions and ledger stay,
 * so a reinstall picks them up again.
 */
export function forgetInstallation(installations: Installations, logger: Logger) {
  return async ({
    event,
    body,
    context,
  }: SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'> & AllMiddlewareArgs): Promise<void> => {
    if (event.type === 'tokens_revoked' && (event.tokens.bot ?? []).length === 0) return setOutcome(context, 'ignored'); // user tokens only: Summit keeps none
    const teamId = context.teamId ?? (body as { team_id?: string }).team_id;
    const enterpriseId = context.enterpriseId;
    const isEnterpriseInstall = context.isEnterpriseInstall === true;
    await installations.deleteInstallation({ teamId, enterpriseId, isEnterpriseInstall });
    logger.info(
      { team: teamId, enterprise: enterpriseId, event: event.type },
      `removed the installation of ${isEnterpriseInstall ? enterpriseId : teamId}: its tokens are deleted`,
    );
    setOutcome(context, 'answered');
  };
}
