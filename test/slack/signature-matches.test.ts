import { signatureMatches } from '../../src/slack/http/signature-matches';

// Slack's published example (docs: Verifying requests from Slack).
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const HEADERS = { signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503', timestampSec: 1531420618 };

describe('signatureMatches', () => {
  it("matches Slack's example, however the body was split into chunks", () => {
    const bytes = Buffer.from(BODY);
    expect(signatureMatches(SECRET, HEADERS, [bytes])).toBe(true);
    expect(signatureMatches(SECRET, HEADERS, [bytes.subarray(0, 7), bytes.subarray(7, 200), bytes.subarray(200)])).toBe(true);
  });

  it('refuses another body, timestamp, secret or signature', () => {
    const bytes = Buffer.from(BODY);
    expect(signatureMatches(SECRET, HEADERS, [Buffer.from(BODY.replace('text=', 'text=x'))])).toBe(false);
    expect(signatureMatches(SECRET, { ...HEADERS, timestampSec: HEADERS.timestampSec + 1 }, [bytes])).toBe(false);
    expect(signatureMatches(`${SECRET}x`, HEADERS, [bytes])).toBe(false);
    expect(signatureMatches(SECRET, { ...HEADERS, signature: HEADERS.signature.replace('v0=a', 'v0=b') }, [bytes])).toBe(false);
  });
});
