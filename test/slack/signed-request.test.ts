import { verifySlackRequest } from '@slack/bolt';
import { slackSignature } from '../support/signed-request';

// Slack's published example (docs: "Verifying requests from Slack").
const EXAMPLE = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

describe('signing requests as Slack does', () => {
  it("reproduces Slack's published example signature", () => {
    expect(slackSignature(EXAMPLE.secret, EXAMPLE.timestamp, EXAMPLE.body)).toBe(EXAMPLE.signature);
  });

  it("is accepted by Bolt's verifier at the example's time, and refused 5 minutes later", () => {
    const headers = { 'x-slack-signature': EXAMPLE.signature, 'x-slack-request-timestamp': EXAMPLE.timestamp };
    expect(() =>
      verifySlackRequest({ signingSecret: EXAMPLE.secret, body: EXAMPLE.body, headers, nowMilliseconds: EXAMPLE.timestamp * 1000 + 1000 }),
    ).not.toThrow();
    expect(() =>
      verifySlackRequest({
        signingSecret: EXAMPLE.secret,
        body: EXAMPLE.body,
        headers,
        nowMilliseconds: (EXAMPLE.timestamp + 6 * 60) * 1000,
      }),
    ).toThrow(/stale/);
    expect(() =>
      verifySlackRequest({ signingSecret: EXAMPLE.secret, body: `${EXAMPLE.body}x`, headers, nowMilliseconds: EXAMPLE.timestamp * 1000 }),
    ).toThrow(/signature mismatch/);
  });
});
