// Which earlier passages a new passage repeats, in time linear in its length: every shingle remembers
// the first passage that had it, so a lookup never compares passage against passage (no all-pairs).

export interface Coverage {
  /** Share of the passage's shingles seen before (0..1). */
  ratio: number;
  /** The earlier passage sharing the most shingles, or null. */
  best: number | null;
  /** How many of `best`'s own shingles the passage holds (0..1): 1 when it repeats all of it. */
  bestShare: number;
}

export class ShingleIndex {
  private readonly owner = new Map<number, number>();
  private readonly sizes: number[] = [];

  /** Index passage `ref` (refs are 0, 1, 2… in order of adding). Shingles already owned keep their owner. */
  add(ref: number, shingles: Uint32Array): void {
    this.sizes[ref] = shingles.length;
    for (const shingle of shingles) if (!this.owner.has(shingle)) this.owner.set(shingle, ref);
  }

  coverage(shingles: Uint32Array): Coverage {
    if (shingles.length === 0) return { ratio: 0, best: null, bestShare: 0 };
    const hits = new Map<number, number>();
    let covered = 0;
    for (const shingle of shingles) {
      const ref = this.owner.get(shingle);
      if (ref === undefined) continue;
      covered++;
      hits.set(ref, (hits.get(ref) ?? 0) + 1);
    }
    let best: number | null = null;
    let bestHits = 0;
    for (const [ref, count] of hits) if (count > bestHits) { best = ref; bestHits = count; }
    const bestSize = best === null ? 0 : this.sizes[best] ?? 0;
    return { ratio: covered / shingles.length, best, bestShare: bestSize ? bestHits / bestSize : 0 };
  }
}
