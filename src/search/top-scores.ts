/**
 * The best `limit` documents of a stream, in Lunr's order: higher score first and, among equal
 * scores, the one offered first (Lunr's sort is stable over the order it met its documents in). A
 * bounded heap keeps them, so a query matching 100,000 paragraphs ranks 200 instead of sorting all.
 */
export class TopScores {
  private docs: Int32Array;
  private scores: Float64Array;
  /** When each kept document was offered, or the order it was given: the tie-break. */
  private offeredAt: Float64Array;
  private size = 0;
  private offered = 0;

  constructor(private limit: number) {
    const n = Math.max(0, limit);
    this.docs = new Int32Array(n);
    this.scores = new Float64Array(n);
    this.offeredAt = new Float64Array(n);
  }

  /** Empties it to keep the best `limit` of a new stream, in the same arrays when they are large enough. */
  reset(limit: number): this {
    if (limit > this.docs.length) {
      this.docs = new Int32Array(limit);
      this.scores = new Float64Array(limit);
      this.offeredAt = new Float64Array(limit);
    }
    this.limit = limit;
    this.size = 0;
    this.offered = 0;
    return this;
  }

  /** Is kept entry a ranked below kept entry b? The heap keeps the lowest-ranked at its root. */
  private below(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.offeredAt[a]! > this.offeredAt[b]!);
  }

  private swap(a: number, b: number): void {
    const d = this.docs[a]!;
    const s = this.scores[a]!;
    const o = this.offeredAt[a]!;
    this.docs[a] = this.docs[b]!;
    this.scores[a] = this.scores[b]!;
    this.offeredAt[a] = this.offeredAt[b]!;
    this.docs[b] = d;
    this.scores[b] = s;
    this.offeredAt[b] = o;
  }

  /** `order`: where the document stands among equal scores, when offers do not come in that order. */
  offer(doc: number, score: number, order?: number): void {
    const at = order ?? this.offered++;
    if (this.size < this.limit) {
      let i = this.size++;
      this.docs[i] = doc;
      this.scores[i] = score;
      this.offeredAt[i] = at;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.below(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    // Full: only a document ranked above the lowest kept one enters.
    if (this.limit <= 0 || !(score > this.scores[0]! || (score === this.scores[0]! && at < this.offeredAt[0]!))) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    this.offeredAt[0] = at;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let lowest = i;
      if (left < this.size && this.below(left, lowest)) lowest = left;
      if (right < this.size && this.below(right, lowest)) lowest = right;
      if (lowest === i) break;
      this.swap(i, lowest);
      i = lowest;
    }
  }

  /** The score a document must beat (or equal, offered earlier) to enter; -Infinity until `limit` are kept. */
  threshold(): number {
    return this.size < this.limit || this.limit <= 0 ? -Infinity : this.scores[0]!;
  }

  /** The kept documents, best first. */
  ranked(): Array<{ doc: number; score: number }> {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => this.scores[b]! - this.scores[a]! || this.offeredAt[a]! - this.offeredAt[b]!);
    return order.map((i) => ({ doc: this.docs[i]!, score: this.scores[i]! }));
  }
}
