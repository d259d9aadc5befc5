/** manifest.yml asks Slack for exactly what the listeners handle. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { BOT_SCOPES } from '../../src/slack/create-receiver';
import { SHORTCUTS } from '../../src/slack/listeners';

const manifest = parse(readFileSync('manifest.yml', 'utf8')) as {
  features: {
    app_home: { home_tab_enabled: boolean };
    assistant_view?: unknown;
    shortcuts: Array<{ type: string; callback_id: string; description: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] } };
};

describe('manifest.yml', () => {
  it('declares the Home tab, the assistant view, both shortcuts, and the scopes and events they need', () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.assistant_view).toBeDefined();
    expect(manifest.features.shortcuts.map((s) => [s.type, s.callback_id])).toEqual([
      ['message', SHORTCUTS.check],
      ['global', SHORTCUTS.search],
    ]);
    for (const s of manifest.features.shortcuts) expect(s.description.length).toBeLessThanOrEqual(80);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'im:history', 'assistant:write', 'channels:read', 'groups:read']),
    );
    // An OAuth install asks for what the manifest declares, no more, no less.
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_home_opened', 'assistant_thread_started', 'assistant_thread_context_changed', 'message.im']),
    );
  });
});
