/** What a request to /slack/events may be before Summit reads it, from what Slack actually sends. */

// 1 MiB: Slack's largest request to Summit, a 40,000-character message (its cap) sent twice (text + rich_text) form-encoded at 9 bytes a CJK character, is ~720 KB; a block_actions payload carries one message of ≤ 50 blocks (~13k characters); Summit opens no modal. Bolt reads 4 MB.
export const MAX_BODY_BYTES = 1024 * 1024;

/** Slack sends a body at once and wants the ack within 3 s: one still arriving after 10 s is not Slack's. */
export const BODY_DEADLINE_MS = 10_000;

/** Slack's replay window: a request stamped more than this before now (or, for Summit, after now) is refused. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

// Slack's ssl_check comes unsigned: `ssl_check=1&token=<24 characters>` is 42 bytes.
export const SSL_CHECK_MAX_BYTES = 256;

/** Verified signatures remembered at once; at 100 bytes each, 1 MB. Slack sends nowhere near 10,000 in 5 minutes. */
export const SEEN_SIGNATURES_CAP = 10_000;
