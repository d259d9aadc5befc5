import * as fs from 'node:fs';
import { openFilesStore } from '../../src/state/files-store';
import { tmpStateDir } from '../daily/helpers';
import { storeContract } from './store-contract';

// The embedded default: files under STATE_DIR.
storeContract('files (STATE_DIR)', {
  place: async () => tmpStateDir(),
  open: async (dir) => openFilesStore(dir),
});

describe('files store', () => {
  it('writes only its own files into STATE_DIR', async () => {
    const dir = tmpStateDir();
    const store = openFilesStore(dir);
    await store.answeredEvents.firstTime('Ev1');
    await store.subscriptions.subscribe('C1', 'U1');
    await store.ledger.claim('2025-06-15', 'C1');
    expect(fs.readdirSync(dir).sort()).toEqual(['answered-events.json', 'daily-ledger.json', 'subscriptions.json']);
  });
});
