/**
 * The one contract every StateStore keeps (src/state/store.ts), run against each implementation:
 * test/state/files-store.test.ts and test/state/postgres-store.test.ts. `place()` gives a new empty
 * place (a folder, a database); `open(place)` opens a store there, as a restart or a second replica does.
 */
import type { FeedbackRecord, StateStore } from '../../src/state/store';

export interface StoreUnderTest<P> {
  place(): Promise<P>;
  open(place: P): Promise<StateStore>;
}

const installation = (team: string, token: string) => ({
  team: { id: team, name: team },
  enterprise: undefined,
  isEnterpriseInstall: false,
  bot: { token, scopes: ['chat:write'], id: `B${team}`, userId: `U${team}` },
  user: { id: 'UINSTALLER', token: undefined, scopes: undefined },
  appId: 'A0SUMMIT01',
  tokenType: 'bot' as const,
});

export function storeContract<P>(name: string, subject: StoreUnderTest<P>): void {
  describe(`${name}: the StateStore contract`, () => {
    const opened: StateStore[] = [];
    const open = async (place: P) => {
      const store = await subject.open(place);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('ledger: one claim per team, channel and day; confirm keeps it; release gives it back', async () => {
      const store = await open(await subject.place());
      expect(await store.ledger.claim('2025-06-15', 'C1')).toEqual({ claimed: true });
      const again = await store.ledger.claim('2025-06-15', 'C1');
      expect(again).toMatchObject({ claimed: false, entry: { date: '2025-06-15', channel: 'C1', status: 'posting' } });
      expect(await store.ledger.claim('2025-06-16', 'C1')).toEqual({ claimed: true });
      expect(await store.ledger.claim('2025-06-15', 'C1', 'T0OTHER')).toEqual({ claimed: true });

      await store.ledger.confirm('2025-06-15', 'C1', '1700000000.000100');
      expect(await store.ledger.forDay('2025-06-15')).toEqual([
        expect.objectContaining({ channel: 'C1', status: 'posted', ts: '1700000000.000100' }),
      ]);
      await store.ledger.release('2025-06-15', 'C1');
      expect((await store.ledger.claim('2025-06-15', 'C1')).claimed).toBe(false); // a posted entry is never released

      await store.ledger.release('2025-06-15', 'C1', 'T0OTHER');
      expect(await store.ledger.claim('2025-06-15', 'C1', 'T0OTHER')).toEqual({ claimed: true });
      expect((await store.ledger.forDay('2025-06-15', 'T0OTHER')).map((e) => [e.channel, e.status, e.team])).toEqual([
        ['C1', 'posting', 'T0OTHER'],
      ]);
    });

    it('ledger: of many claims at once from several stores on one place, exactly one wins', async () => {
      const place = await subject.place();
      const stores = await Promise.all([1, 2, 3].map(() => open(place)));
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => stores[i % 3]!.ledger.claim('2025-06-15', 'C1')));
      expect(results.filter((r) => r.claimed)).toHaveLength(1);
    });

    it('subscriptions: per workspace, oldest first, kept across a restart', async () => {
      const place = await subject.place();
      const store = await open(place);
      expect(await store.subscriptions.subscribe('C1', 'U1')).toMatchObject({ added: true, subscription: { channel: 'C1', by: 'U1' } });
      expect(await store.subscriptions.subscribe('C1', 'U2')).toMatchObject({ added: false, subscription: { channel: 'C1', by: 'U1' } });
      await store.subscriptions.subscribe('C2', 'U2');
      await store.subscriptions.subscribe('C9', 'U9', 'T0OTHER');

      const restarted = await open(place);
      expect((await restarted.subscriptions.list()).map((s) => s.channel)).toEqual(['C1', 'C2']);
      expect((await restarted.subscriptions.list('T0OTHER')).map((s) => [s.channel, s.by])).toEqual([['C9', 'U9']]);
      expect(await restarted.subscriptions.unsubscribe('C1')).toBe(true);
      expect(await restarted.subscriptions.unsubscribe('C1')).toBe(false);
      expect(await restarted.subscriptions.unsubscribe('C9')).toBe(false); // another workspace's
      expect((await store.subscriptions.list()).map((s) => s.channel)).toEqual(['C2']);
    });

    it('feedback: added records are listed oldest first, from a date on', async () => {
      const store = await open(await subject.place());
      const record = (at: string, verdict: string): FeedbackRecord => ({
        at,
        team: 'T1',
        user: 'U1',
        channel: 'C1',
        query: 'Xi Putin 2022',
        verdict,
        citations: [{ articleId: 'kremlin-2022-06-15', paragraph: 3 }],
      });
      await store.feedback.add(record('2025-06-01T10:00:00.000Z', 'helpful'));
      await store.feedback.add({ ...record('2025-06-03T10:00:00.000Z', 'wrong-attribution'), reason: 'not his words' });
      expect(await store.feedback.list()).toEqual([
        record('2025-06-01T10:00:00.000Z', 'helpful'),
        { ...record('2025-06-03T10:00:00.000Z', 'wrong-attribution'), reason: 'not his words' },
      ]);
      expect((await store.feedback.list('2025-06-02')).map((r) => r.verdict)).toEqual(['wrong-attribution']);
    });

    it('answered events: the first delivery only, remembered across a restart and by another store', async () => {
      const place = await subject.place();
      const store = await open(place);
      expect(await store.answeredEvents.firstTime('Ev0001')).toBe(true);
      expect(await store.answeredEvents.firstTime('Ev0001')).toBe(false);
      const other = await open(place);
      expect(await other.answeredEvents.firstTime('Ev0001')).toBe(false);
      expect(await other.answeredEvents.firstTime('Ev0002')).toBe(true);
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? store : other).answeredEvents.firstTime('Ev0003')));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('signatures: a signature is accepted once, then refused as a replay', async () => {
      const store = await open(await subject.place());
      const nowSec = Math.floor(Date.now() / 1000);
      expect(await store.signatures.has('v0=aa')).toBe(false);
      expect(await store.signatures.accept('v0=aa', nowSec)).toBeNull();
      expect(await store.signatures.has('v0=aa')).toBe(true);
      expect(await store.signatures.accept('v0=aa', nowSec)).toBe('replay');
      expect(await store.signatures.accept('v0=bb', nowSec)).toBeNull();
    });

    it('installations: stored per workspace, fetched, listed, and deleted with their tokens', async () => {
      const place = await subject.place();
      const store = await open(place);
      await store.installations.storeInstallation(installation('T0AAA', 'xoxb-aaa'));
      await store.installations.storeInstallation(installation('T0BBB', 'xoxb-bbb'));
      await store.installations.storeInstallation(installation('T0AAA', 'xoxb-aaa-2')); // a reinstall replaces
      const other = await open(place);
      const query = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
      expect((await other.installations.fetchInstallation(query('T0AAA'))).bot?.token).toBe('xoxb-aaa-2');
      expect((await other.installations.teams()).sort()).toEqual(['T0AAA', 'T0BBB']);
      await other.installations.deleteInstallation(query('T0AAA'));
      await expect(store.installations.fetchInstallation(query('T0AAA'))).rejects.toThrow();
      expect(await store.installations.teams()).toEqual(['T0BBB']);
    });

    it('exclusively: runs the work and returns its value; says when it is ready', async () => {
      const store = await open(await subject.place());
      expect(await store.exclusively('daily:2025-06-15', async () => 42)).toBe(42);
      expect(await store.problem()).toBeNull();
    });
  });
}
