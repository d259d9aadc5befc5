import type { IncomingMessage } from 'node:http';

/** A body as it arrived, in chunks (joined only once it is known to be worth it). */
export type BodyRead = { chunks: Buffer[]; length: number } | { tooLarge: true } | { tooSlow: true } | { aborted: true };

/**
 * Reads a request body of at most `limit` bytes within `deadlineMs`. A body that streams past the
 * limit (chunked, or longer than its Content-Length said) or trickles past the deadline stops being
 * read there: what came so far is dropped.
 */
export function readBodyWithin(req: IncomingMessage, limit: number, deadlineMs: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const timer = setTimeout(() => {
      chunks.length = 0;
      req.pause();
      finish({ tooSlow: true });
    }, deadlineMs);
    const finish = (result: BodyRead) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        chunks.length = 0;
        req.pause();
        finish({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ chunks, length });
    const onAbort = () => finish({ aborted: true });
    const onClose = () => {
      if (!req.complete) onAbort();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onClose);
  });
}
