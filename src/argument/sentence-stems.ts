// Every sentence's key stems in a thread, as numbers in one array: the argument stage asks for them all
// through the stage, and 225,000 sentences' own Sets (then lists) were its largest live data at 100k pasted
// paragraphs (~100 MB, then ~50 MB; as numbers ~10 MB). A sentence's stems are handed out as a ReadonlySet view.
// The numbers sit in typed arrays: half a plain array's bytes; an outgrown one is given back at once (src/shrinkable.ts).
import type { Post } from '../model.js';
import { free, shrinkable } from '../shrinkable.js';

export class SentenceStems {
  /** Each distinct stem's number, its stem, and how many sentences use it. */
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly uses: number[] = [];
  /** Every sentence's stem numbers, one sentence after another; sentence s's are at starts[s] … starts[s + 1]. */
  private stems = shrinkable(Int32Array, 1024);
  private stemCount = 0;
  private readonly starts: Int32Array;
  /** Per post id, its first sentence's place among the thread's sentences, and how many it has. */
  private readonly placeOf = new Map<string, { first: number; count: number }>();

  constructor(posts: readonly Post[], stemsOf: (text: string) => readonly string[]) {
    this.starts = new Int32Array(posts.reduce((sum, post) => sum + post.sentences.length, 0) + 1);
    let sentences = 0;
    for (const post of posts) {
      this.placeOf.set(post.id, { first: sentences, count: post.sentences.length });
      for (const sentence of post.sentences) {
        for (const stem of stemsOf(sentence.text)) {
          const number = this.numberOf(stem);
          this.uses[number]!++;
          this.push(number);
        }
        this.starts[++sentences] = this.stemCount;
      }
    }
  }

  /** How many sentences the thread has. */
  get sentences(): number { return this.starts.length - 1; }

  /** How many sentences use the stem. */
  usesOf(stem: string): number {
    const number = this.numbers.get(stem);
    return number === undefined ? 0 : this.uses[number]!;
  }

  /** The key stems of sentence `sentence` of the post, in first-seen order (none for a post or sentence not in the thread). */
  of(post: Post, sentence: number): ReadonlySet<string> {
    const place = this.placeOf.get(post.id);
    if (place === undefined || !Number.isInteger(sentence) || sentence < 0 || sentence >= place.count) return NO_STEMS;
    const at = place.first + sentence;
    return new StemView(this, this.starts[at]!, this.starts[at + 1]!);
  }

  /** Is `stem` among the stems at from … to? */
  holds(stem: string, from: number, to: number): boolean {
    const number = this.numbers.get(stem);
    if (number === undefined) return false;
    for (let at = from; at < to; at++) if (this.stems[at] === number) return true;
    return false;
  }

  /** The stems at from … to. */
  list(from: number, to: number): string[] {
    const list: string[] = new Array(to - from);
    for (let at = from; at < to; at++) list[at - from] = this.names[this.stems[at]!]!;
    return list;
  }

  private push(number: number): void {
    if (this.stemCount === this.stems.length) {
      const grown = shrinkable(Int32Array, this.stems.length * 2);
      grown.set(this.stems);
      free(this.stems);
      this.stems = grown;
    }
    this.stems[this.stemCount++] = number;
  }

  private numberOf(stem: string): number {
    let number = this.numbers.get(stem);
    if (number === undefined) {
      this.numbers.set(stem, (number = this.names.length));
      this.names.push(stem);
      this.uses.push(0);
    }
    return number;
  }
}

/** One sentence's stems, read from the table (made when asked for, let go after). */
class StemView implements ReadonlySet<string> {
  constructor(private readonly table: SentenceStems, private readonly from: number, private readonly to: number) {}
  get size(): number { return this.to - this.from; }
  has(stem: string): boolean { return this.table.holds(stem, this.from, this.to); }
  forEach(each: (value: string, key: string, set: ReadonlySet<string>) => void): void { for (const stem of this) each(stem, stem, this); }
  entries(): SetIterator<[string, string]> { return new Set(this).entries(); }
  keys(): SetIterator<string> { return this.values(); }
  values(): SetIterator<string> { return this.table.list(this.from, this.to).values(); }
  [Symbol.iterator](): SetIterator<string> { return this.values(); }
}

const NO_STEMS: ReadonlySet<string> = new Set();
