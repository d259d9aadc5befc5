/** The offline guard every test file runs under. */
import net from 'node:net';
import { guardedConnect, isLoopback } from './support/no-network';
import { startFakeSlack } from './support/fake-slack';

describe('tests run offline', () => {
  it('every socket connect goes through the guard', () => {
    expect(net.Socket.prototype.connect).toBe(guardedConnect);
  });

  it('allows loopback only', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', undefined]) expect([host, isLoopback(host)]).toEqual([host, true]);
    for (const host of ['10.0.0.1', '192.168.1.1', '172.16.0.1', '8.8.8.8', 'slack.com', 'hooks.slack.com', '::ffff:10.0.0.1'])
      expect([host, isLoopback(host)]).toEqual([host, false]);
  });

  it('a connection to loopback still works', async () => {
    const fake = await startFakeSlack();
    const res = await fetch(`${fake.apiUrl}auth.test`, { method: 'POST' });
    expect(res.status).toBe(200);
    await fake.close();
  });
});
