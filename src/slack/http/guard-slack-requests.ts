import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import type { Logger } from '../../logger';
import { readBodyWithin } from './read-body';
import { BODY_DEADLINE_MS, MAX_BODY_BYTES, SIGNATURE_WINDOW_SECONDS, SSL_CHECK_MAX_BYTES } from './request-limits';
import { SeenSignatures, type SignatureMemory } from './seen-signatures';
import { hasNoSignatureHeaders, readSignatureHeaders } from './signature-headers';
import { signatureMatches } from './signature-matches';

/** Why a request was refused, as logged (never with any of its content). */
export type RefusalReason = 'unsigned' | 'stale' | 'future' | 'too-large' | 'too-slow' | 'bad-signature' | 'replay' | 'beyond-memory';

export interface SlackRequestGuardOptions {
  signingSecret: string;
  logger: Logger;
  /** Paths Slack POSTs to (Bolt's `endpoints`); every other request goes straight to Bolt. */
  endpoints: string[];
  /** The clock timestamps are checked against (tests move it). */
  nowMs?: () => number;
  /** Signatures already accepted: this process's (default) or the store's, shared by replicas. */
  seen?: SignatureMemory;
  maxBodyBytes?: number;
  bodyDeadlineMs?: number;
}

/**
 * Wraps Bolt's HTTPReceiver `requestListener`: a POST to Slack's endpoint reaches Bolt only once its
 * signature headers are well-formed and in the five-minute window (checked before any of the body is
 * read), its body fits the limit, its signature is right and was never used before. Bolt then gets
 * the body already read (`rawBody`) and does the rest as usual: its own check again, ssl_check,
 * url_verification, ack. A refusal answers at once and closes the connection, leaving the body unread.
 */
export function guardSlackRequests(boltListener: RequestListener, opts: SlackRequestGuardOptions): RequestListener {
  const nowMs = opts.nowMs ?? Date.now;
  const seen: SignatureMemory = opts.seen ?? new SeenSignatures(nowMs);
  const maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const bodyDeadlineMs = opts.bodyDeadlineMs ?? BODY_DEADLINE_MS;
  const { logger } = opts;

  const refuse = (res: ServerResponse, status: 401 | 408 | 413, reason: RefusalReason) => {
    // Internet scanners send unsigned requests all day: worth a line only when debugging.
    if (reason === 'unsigned') logger.debug({ status, reason }, 'slack request refused');
    else logger.warn({ status, reason }, 'slack request refused');
    res.writeHead(status, { connection: 'close', 'content-length': '0' });
    res.end();
  };

  const handOver = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    // Bolt's bufferIncomingMessage takes a request whose `rawBody` is a Buffer as already read.
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    boltListener(req, res);
  };

  const passSslCheck = async (req: IncomingMessage, res: ServerResponse) => {
    const read = await readBodyWithin(req, SSL_CHECK_MAX_BYTES, bodyDeadlineMs);
    if (!('chunks' in read)) return 'aborted' in read ? undefined : refuse(res, 401, 'unsigned');
    if (parseForm(Buffer.concat(read.chunks).toString()).ssl_check !== '1') return refuse(res, 401, 'unsigned');
    handOver(req, res, Buffer.from('ssl_check=1')); // nothing else of an unsigned body goes on
  };

  const screen = async (req: IncomingMessage, res: ServerResponse) => {
    const headers = readSignatureHeaders(req.headers);
    if (!headers) return isUnsignedSslCheck(req) ? passSslCheck(req, res) : refuse(res, 401, 'unsigned');
    const { signature, timestampSec } = headers;
    const nowSec = Math.floor(nowMs() / 1000);
    if (nowSec - timestampSec > SIGNATURE_WINDOW_SECONDS) return refuse(res, 401, 'stale');
    if (timestampSec - nowSec > SIGNATURE_WINDOW_SECONDS) return refuse(res, 401, 'future');
    if (declaredLength(req) > maxBodyBytes) return refuse(res, 413, 'too-large');
    if (await seen.has(signature)) return refuse(res, 401, 'replay');

    const read = await readBodyWithin(req, maxBodyBytes, bodyDeadlineMs);
    if ('aborted' in read) return undefined; // the client went away: nobody to answer
    if ('tooLarge' in read) return refuse(res, 413, 'too-large');
    if ('tooSlow' in read) return refuse(res, 408, 'too-slow');
    if (!signatureMatches(opts.signingSecret, headers, read.chunks)) return refuse(res, 401, 'bad-signature');
    const refusal = await seen.accept(signature, timestampSec);
    if (refusal) return refuse(res, 401, refusal);
    handOver(req, res, Buffer.concat(read.chunks, read.length));
  };

  return (req, res) => {
    if (!isPostTo(req, opts.endpoints)) return boltListener(req, res);
    screen(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'the Slack request guard failed');
      if (!res.headersSent) res.writeHead(500, { connection: 'close' }).end();
    });
  };
}

/** The same routing test as Bolt's HTTPReceiver: pathname (no query) and method. */
function isPostTo(req: IncomingMessage, endpoints: string[]): boolean {
  if (req.method?.toUpperCase() !== 'POST') return false;
  try {
    return endpoints.includes(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return false; // Bolt answers what it cannot route
  }
}

/** Content-Length as sent (Node refuses a malformed one), or 0 for a chunked body. */
function declaredLength(req: IncomingMessage): number {
  const header = req.headers['content-length'];
  return header === undefined ? 0 : Number(header);
}

/** Slack's ssl_check: no signature headers, a small form body of known length. */
function isUnsignedSslCheck(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return (
    hasNoSignatureHeaders(req.headers) &&
    req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    length !== undefined &&
    Number(length) <= SSL_CHECK_MAX_BYTES
  );
}
