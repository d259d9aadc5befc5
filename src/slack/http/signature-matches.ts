import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignatureHeaders } from './signature-headers';

/**
 * Slack's check, `v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}`, computed over the body's chunks as
 * they arrived: no copy of the body and no string of it, so a forged request costs only its chunks.
 * (Bolt checks again, on its string of the body, before anything runs.)
 */
export function signatureMatches(signingSecret: string, { signature, timestampSec }: SignatureHeaders, chunks: Buffer[]): boolean {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:`);
  for (const chunk of chunks) hmac.update(chunk);
  const expected = Buffer.from(`v0=${hmac.digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
