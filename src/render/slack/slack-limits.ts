/** Slack's documented message limits, with a margin where Slack's own is approximate. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  /** `msg_blocks_too_long` appears at about 12–13k characters of blocks; stay clear of it. */
  totalBlockChars: 11_000,
  /** Top-level fallback text is for notifications: keep it short. */
  fallbackText: 300,
} as const;

/** Shortens text to at most `max` characters, cutting at a word boundary and ending with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > max * 0.6 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}
