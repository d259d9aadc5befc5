/**
 * A fake Socket Mode endpoint on 127.0.0.1: the WebSocket that `apps.connections.open` points the
 * client at (answer that call with `fake.setReply('apps.connections.open', { url: sm.url(ticket) })`).
 * It says `hello` to each connection, sends the envelopes a test gives it, records what the client
 * sends back (acks), and answers pings and the closing handshake. Just enough RFC 6455 for that:
 * unfragmented frames, no extensions.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeSocketMode {
  /** The WebSocket URL, with `ticket` in it as Slack's has. */
  url(ticket: string): string;
  /** Resolves once a client has connected (and was sent `hello`). */
  connected: Promise<void>;
  /** Sends an envelope (`{ envelope_id, type, payload, … }`) to the connected client. */
  send(envelope: Record<string, unknown>): void;
  /** Every JSON message the client sent, in order. */
  received: Array<Record<string, unknown>>;
  /** Resolves with the client's ack of `envelopeId`. */
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, n]) : n < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (n >= 126) {
    head[0] = 0x80 | opcode;
    head[1] = n < 65536 ? 126 : 127;
    if (n < 65536) head.writeUInt16BE(n, 2);
    else head.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Client frames are masked; returns the complete frames at the start of `buf` and what is left. */
function readFrames(buf: Buffer): { frames: Array<{ opcode: number; payload: Buffer }>; rest: Buffer } {
  const frames: Array<{ opcode: number; payload: Buffer }> = [];
  let at = 0;
  for (;;) {
    if (buf.length - at < 2) break;
    const opcode = buf[at]! & 0x0f;
    const masked = (buf[at + 1]! & 0x80) !== 0;
    let len = buf[at + 1]! & 0x7f;
    let offset = at + 2;
    if (len === 126) {
      if (buf.length < offset + 2) break;
      len = buf.readUInt16BE(offset);
      offset += 2;
    } else if (len === 127) {
      if (buf.length < offset + 8) break;
      len = Number(buf.readBigUInt64BE(offset));
      offset += 8;
    }
    const maskAt = offset;
    if (masked) offset += 4;
    if (buf.length < offset + len) break;
    const payload = Buffer.from(buf.subarray(offset, offset + len));
    if (masked) for (let i = 0; i < len; i++) payload[i]! ^= buf[maskAt + (i % 4)]!;
    frames.push({ opcode, payload });
    at = offset + len;
  }
  return { frames, rest: buf.subarray(at) };
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const received: Array<Record<string, unknown>> = [];
  const wakers = new Set<() => void>();
  let client: Socket | undefined;
  let onConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));

  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, socket: Socket) => {
    const accept = createHash('sha1')
      .update(`${req.headers['sec-websocket-key'] as string}${GUID}`)
      .digest('base64');
    socket.write(
      ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`, '', ''].join(
        '\r\n',
      ),
    );
    client = socket;
    let pending: Buffer = Buffer.alloc(0);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const { opcode, payload } of frames) {
        if (opcode === 0x1) {
          received.push(JSON.parse(payload.toString('utf8')) as Record<string, unknown>);
          for (const wake of [...wakers]) wake();
        } else if (opcode === 0x9) socket.write(frame(0xa, payload));
        else if (opcode === 0x8) socket.end(frame(0x8, payload.subarray(0, 2)));
      }
    });
    socket.write(
      frame(
        0x1,
        Buffer.from(
          JSON.stringify({
            type: 'hello',
            num_connections: 1,
            debug_info: { host: 'applink-fake', approximate_connection_time: 18060 },
            connection_info: { app_id: 'A0SUMMIT01' },
          }),
        ),
      ),
    );
    onConnected();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (ticket) => `ws://127.0.0.1:${port}/link/?ticket=${ticket}&app_id=A0SUMMIT01`,
    connected,
    send(envelope) {
      if (!client) throw new Error('fake Socket Mode: no client connected');
      client.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
    },
    received,
    waitForAck(envelopeId, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const ack = received.find((m) => m.envelope_id === envelopeId);
          if (!ack) return;
          wakers.delete(check);
          clearTimeout(timer);
          resolve(ack);
        };
        const timer = setTimeout(() => {
          wakers.delete(check);
          reject(new Error(`fake Socket Mode: no ack of ${envelopeId} within ${timeoutMs} ms`));
        }, timeoutMs);
        wakers.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        client?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
