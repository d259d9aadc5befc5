/**
 * The event ids seen lately, oldest forgotten first. Slack re-sends an event it believes was missed
 * (X-Slack-Retry-Num) and Bolt does not deduplicate: this does, in bounded memory.
 */
export class SeenEvents {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 1000) {}

  /** True the first time an id is seen, false for every repeat. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    // A Set iterates in insertion order, so the first value is the oldest.
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
}
