import type { IncomingHttpHeaders } from 'node:http';

/** The two headers Slack signs every request with (ssl_check aside), as Slack writes them. */
export interface SignatureHeaders {
  /** `v0=` + 64 lowercase hex digits. */
  signature: string;
  /** Seconds since the epoch. */
  timestampSec: number;
}

const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const TIMESTAMP = /^[0-9]{1,12}$/;

/** Both headers, well-formed, or null: a request without them is refused before its body is read. */
export function readSignatureHeaders(headers: IncomingHttpHeaders): SignatureHeaders | null {
  const signature = headers['x-slack-signature'];
  const timestamp = headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return null;
  if (!SIGNATURE.test(signature) || !TIMESTAMP.test(timestamp)) return null;
  return { signature, timestampSec: Number(timestamp) };
}

/** Neither header at all: what Slack's unsigned ssl_check looks like. */
export function hasNoSignatureHeaders(headers: IncomingHttpHeaders): boolean {
  return headers['x-slack-signature'] === undefined && headers['x-slack-request-timestamp'] === undefined;
}
