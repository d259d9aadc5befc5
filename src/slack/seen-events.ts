/**
 * The event ids seen lately in this process, oldest forgotten first: the memory of a Slack app built
 * without a store (tests). The bot uses its store's answered events (`StateStore.answeredEvents`),
 * which survive restarts and are shared by replicas.
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
