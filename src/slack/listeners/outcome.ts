/** How a request ended, for its log line (kept on Bolt's per-request context). */
export type Outcome = 'answered' | 'apologised' | 'undelivered' | 'duplicate' | 'ignored' | 'hint';

export function setOutcome(context: Record<string, unknown>, outcome: Outcome): void {
  context.summitOutcome = outcome;
}
