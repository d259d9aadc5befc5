/**
 * Loaded before every test file (jest `setupFiles`): a socket to anything but loopback or a local
 * socket file fails at once, before a packet leaves, so no test can reach the network by accident.
 */
import net from 'node:net';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Whether a test may connect to `host` (undefined: Node's default, localhost). */
export function isLoopback(host: string | undefined): boolean {
  return host === undefined || host === '' || LOOPBACK.test(host);
}

type ConnectArgs = [unknown, ...unknown[]];

/** The host of any of `socket.connect`'s call shapes, or null for a local socket file. */
function hostOf(args: ConnectArgs): string | undefined | null {
  // Node calls connect internally with its normalised [options, callback] array.
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'string' && Number.isNaN(Number(first))) return null; // a path
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string };
    return options.path ? null : options.host;
  }
  return typeof args[1] === 'string' ? args[1] : undefined;
}

const original = net.Socket.prototype.connect;
export const guardedConnect = function connect(this: net.Socket, ...args: ConnectArgs) {
  const host = hostOf(args);
  if (host !== null && !isLoopback(host)) throw new Error(`a test tried to connect to ${host}: tests run offline, on loopback only`);
  return (original as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

net.Socket.prototype.connect = guardedConnect;
