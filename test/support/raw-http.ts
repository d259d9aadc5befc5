/**
 * An HTTP request written by hand on a TCP socket, for what fetch cannot send: headers promising a
 * body that never comes, a chunked body cut off half-way. The answer's status line is read as soon
 * as it arrives, whether or not the body was sent.
 */
import { connect, type Socket } from 'node:net';

export interface RawRequest {
  socket: Socket;
  /** The status code of the answer, once its status line arrived. */
  status: Promise<number>;
  /** Resolves when the server closed the connection (or reset it). */
  closed: Promise<void>;
  /** Writes `data`, waiting while the socket's buffer is full; false once the connection is gone. */
  write(data: string | Buffer): Promise<boolean>;
  /** Bytes of body written so far. */
  bodyBytesWritten(): number;
  destroy(): void;
}

/** Opens a connection to `url` and writes the request line and headers of a POST. */
export function rawPost(url: string, headers: Record<string, string>): RawRequest {
  const { hostname, port, pathname } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => undefined); // a reset after a refusal is expected
  let written = 0;
  let received = '';
  const status = new Promise<number>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (m) resolve(Number(m[1]));
    });
    socket.on('close', () => reject(new Error(`connection closed without an answer (${received.length} bytes received)`)));
  });
  status.catch(() => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const head = [
    `POST ${pathname} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');
  socket.write(head);
  return {
    socket,
    status,
    closed,
    async write(data) {
      if (socket.destroyed || !socket.writable) return false;
      written += Buffer.byteLength(data);
      if (!socket.write(data))
        await new Promise<void>((resolve) => {
          socket.once('drain', resolve);
          socket.once('close', resolve);
        });
      return !socket.destroyed;
    },
    bodyBytesWritten: () => written,
    destroy: () => socket.destroy(),
  };
}

/** One chunk of a `Transfer-Encoding: chunked` body. */
export function httpChunk(data: Buffer | string): Buffer {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]);
}

/** Resolves with `promise`'s value, or rejects after `ms` saying what did not happen. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms))),
  ]);
}
