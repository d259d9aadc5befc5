/**
 * Requests signed as Slack signs them: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the
 * signing secret, sent with `X-Slack-Signature` and `X-Slack-Request-Timestamp`.
 */
import { createHmac } from 'node:crypto';

export function slackSignature(signingSecret: string, timestampSec: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex')}`;
}

export interface SignedPostOptions {
  /** Seconds since the epoch written in the request (default: now). */
  timestampSec?: number;
  /** A signature to send instead of the right one. */
  signature?: string;
  /** Slack's retry headers for re-sent events. */
  retryNum?: number;
  contentType?: 'application/x-www-form-urlencoded' | 'application/json';
}

/** POSTs `rawBody` to `url` signed with `signingSecret`, as Slack would. */
export async function postSigned(url: string, signingSecret: string, rawBody: string, opts: SignedPostOptions = {}): Promise<Response> {
  const timestampSec = opts.timestampSec ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? (rawBody.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded'),
    'x-slack-request-timestamp': String(timestampSec),
    'x-slack-signature': opts.signature ?? slackSignature(signingSecret, timestampSec, rawBody),
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  // Each delivery on a connection of its own, as Slack's arrive: a pooled keep-alive socket the bot
  // closes as idle while the next request is sent would fail the request, not the bot.
  headers.connection = 'close';
  return fetch(url, { method: 'POST', headers, body: rawBody });
}

/** A form body (slash commands). */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** An interactivity body: `payload=<JSON>`, form-encoded. */
export function payloadBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The headers Slack sends with `rawBody`, signed at `timestampSec`: what an eavesdropper captures. */
export function signedHeaders(
  signingSecret: string,
  rawBody: string,
  timestampSec = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'content-type': rawBody.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestampSec),
    'x-slack-signature': slackSignature(signingSecret, timestampSec, rawBody),
  };
}

/** POSTs `rawBody` with exactly `headers`: a captured request sent again. */
export function postCaptured(url: string, rawBody: string, headers: Record<string, string>): Promise<Response> {
  // Each delivery on a connection of its own, as Slack's arrive: a pooled keep-alive socket the bot
  // closes as idle while the next request is sent would fail the request, not the bot.
  headers.connection = 'close';
  return fetch(url, { method: 'POST', headers, body: rawBody });
}

/**
 * Posts signed bodies to the bot one after another, each with its own timestamp a few minutes back
 * (within Slack's five-minute window), so that no two deliveries look like one retried; gives the reply's text.
 */
export function signedSender(url: () => string, signingSecret: string): (rawBody: string) => Promise<string> {
  let second = 0;
  return (rawBody) =>
    postSigned(url(), signingSecret, rawBody, { timestampSec: Math.floor(Date.now() / 1000) - 200 + (second += 1) }).then((r) => r.text());
}
