// Which earlier passages a new passage repeats, in time linear in its length: every shingle remembers
// the first passage that had it, so a lookup never compares passage against passage (no all-pairs).
// An open-addressing table over typed arrays: millions of shingles without a boxed Map entry each. Its
// buffers are given back as soon as they are done with (`release`, and the old ones when it grows): at 100k
// pasted paragraphs they are 64 MB, which the collector otherwise left in place while tagging ran.
import { free, shrinkable } from '../shrinkable.js';

export interface Coverage {
  /** Share of the passage's shingles seen before (0..1). */
  ratio: number;
  /** The earlier passage sharing the most shingles, or null. */
  best: number | null;
  /** How many of `best`'s own shingles the passage holds (0..1): 1 when it repeats all of it. */
  bestShare: number;
}

const EMPTY = -1;

export class ShingleIndex {
  private keys = shrinkable(Uint32Array, 1 << 12);
  private owners = shrinkable(Int32Array, 1 << 12).fill(EMPTY);
  private count = 0;
  private readonly sizes: number[] = [];

  /** Index passage `ref` (a non-negative integer). Shingles already owned keep their first owner. */
  add(ref: number, shingles: Uint32Array): void {
    this.sizes[ref] = shingles.length;
    if ((this.count + shingles.length) * 2 > this.keys.length) this.grow(this.count + shingles.length);
    for (const shingle of shingles) {
      const slot = this.slot(shingle);
      if (this.owners[slot] === EMPTY) { this.keys[slot] = shingle; this.owners[slot] = ref; this.count++; }
    }
  }

  coverage(shingles: Uint32Array): Coverage {
    if (shingles.length === 0) return { ratio: 0, best: null, bestShare: 0 };
    // A passage repeats few earlier passages: a short list beats a Map here.
    const refs: number[] = [];
    const hits: number[] = [];
    let covered = 0;
    for (const shingle of shingles) {
      const ref = this.owners[this.slot(shingle)]!;
      if (ref === EMPTY) continue;
      covered++;
      const at = refs.indexOf(ref);
      if (at === -1) { refs.push(ref); hits.push(1); } else hits[at]!++;
    }
    let bestAt = -1;
    for (let i = 0; i < refs.length; i++) if (bestAt === -1 || hits[i]! > hits[bestAt]!) bestAt = i;
    if (bestAt === -1) return { ratio: 0, best: null, bestShare: 0 };
    const best = refs[bestAt]!;
    const size = this.sizes[best] ?? 0;
    return { ratio: covered / shingles.length, best, bestShare: size ? hits[bestAt]! / size : 0 };
  }

  /** Linear probing from the key's hash; the table is kept at most half full. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.owners[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(needed: number): void {
    const { keys, owners } = this;
    let capacity = keys.length;
    while (needed * 2 > capacity) capacity *= 2;
    this.keys = shrinkable(Uint32Array, capacity);
    this.owners = shrinkable(Int32Array, capacity).fill(EMPTY);
    for (let i = 0; i < keys.length; i++) {
      if (owners[i] === EMPTY) continue;
      const slot = this.slot(keys[i]!);
      this.keys[slot] = keys[i]!;
      this.owners[slot] = owners[i]!;
    }
    free(keys);
    free(owners);
  }

  /** Gives the table's memory back now: the index is empty afterwards. */
  release(): void {
    free(this.keys);
    free(this.owners);
    this.keys = shrinkable(Uint32Array, 1 << 12);
    this.owners = shrinkable(Int32Array, 1 << 12).fill(EMPTY);
    this.count = 0;
    this.sizes.length = 0;
  }
}
