// Whom a new voice answers (see voices.ts), read from the text, in order of how plainly it says so:
// 1. it names the claim it answers ("The assumption that datacenter executives could … exfiltrate data",
//    up to the writer's verdict on it: "… conflates…"): the post with a sentence that says those words in
//    that order (the longest run of the claim's stems kept in order; asides in parentheses assert nothing).
//    A claim restated later is answered where it was first made, so ties go to the earlier post;
// 2. else the earlier post its words cohere with most (the TextTiling cosine of topic.ts).
// A voice pasted into an exchange answers a post of that exchange: only the WINDOW posts before the one it
// was pasted into are read, never every earlier post, so reconstruction stays linear in the paragraphs.
import { contentStems } from './topic.js';

/** "The assumption that X", "the claim that X": the writer names the view they answer. */
const NAMED_CLAIM = /\b(?:the|this|that|your) (?:assumption|claim|idea|notion|premise|suggestion|belief|contention) that ([^.;!?]+)/i;
/** The writer's verdict on the claim named ("… conflates X with Y", "… is wrong"): the claim ends before it. */
const VERDICT = /\s(?:is|isn't|was|wasn't|are|aren't|seems|ignores|conflates|confuses|misses|misreads|misunderstands|overlooks|neglects|fails|rests|relies|doesn't|does not|assumes)\b/i;
/** Stems of a named claim that must recur, in order, in one sentence of the post answered. */
const MIN_CLAIM_RUN = 2;

/** How many posts before the one it was pasted into a new voice may answer. */
export const WINDOW = 100;

/** A post's stem counts and their squared norm (the cosine's denominator). */
interface Entry { counts: Map<string, number>; norm: number }

/** Longest run of `claim`'s stems that `sentence` keeps in the same order (longest common subsequence). */
function orderedRun(claim: readonly string[], sentence: readonly string[]): number {
  let previous = new Array<number>(sentence.length + 1).fill(0);
  for (const stem of claim) {
    const row = new Array<number>(sentence.length + 1).fill(0);
    for (let j = 1; j <= sentence.length; j++) row[j] = stem === sentence[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  return previous[sentence.length]!;
}

const assertedSentences = (text: string) => text.replace(/\([^()]*\)/g, ' ').split(/(?<=[.!?])\s+/);

/**
 * The posts of a rebuilt thread in reading order, each known by the paragraph it starts at: the posts as
 * first grouped, and the new voices split off them (added in reading order, as their boundaries come).
 */
export class AnsweredPostIndex<K> {
  private readonly voices: K[] = [];
  private readonly entries = new Map<K, Entry>();
  private readonly stems = new Map<number, string[]>();

  constructor(
    private readonly posts: readonly K[],
    private readonly partsOf: (post: K) => readonly number[],
    private readonly paragraphText: (paragraph: number) => string,
  ) {}

  /** A new voice's post, split off at a paragraph after every voice added before it. */
  addVoice(voice: K): void { this.voices.push(voice); }

  /** Paragraphs moved out of a post (to a new voice's post). */
  remove(post: K, paragraphs: readonly number[]): void {
    const entry = this.entries.get(post);
    if (entry) for (const p of paragraphs) for (const stem of this.stemsOf(p)) this.count(entry, stem, -1);
  }

  /** The post `voice` (its paragraphs) answers among the WINDOW posts before `whole`, or null. */
  answered(voice: readonly number[], whole: K): K | null {
    const window = this.before(this.firstOf(whole));
    return this.byNamedClaim(voice, window) ?? this.byCohesion(voice.flatMap((p) => this.stemsOf(p)), window);
  }

  private firstOf(post: K): number { return this.partsOf(post)[0]!; }

  private stemsOf(paragraph: number): string[] {
    let stems = this.stems.get(paragraph);
    if (!stems) { stems = contentStems(this.paragraphText(paragraph)); this.stems.set(paragraph, stems); }
    return stems;
  }

  private entryOf(post: K): Entry {
    let entry = this.entries.get(post);
    if (!entry) {
      entry = { counts: new Map(), norm: 0 };
      for (const p of this.partsOf(post)) for (const stem of this.stemsOf(p)) this.count(entry, stem, 1);
      this.entries.set(post, entry);
    }
    return entry;
  }

  private count(entry: Entry, stem: string, delta: number): void {
    const old = entry.counts.get(stem) ?? 0;
    entry.counts.set(stem, old + delta);
    entry.norm += (old + delta) ** 2 - old ** 2;
  }

  /** Where the first post starting at or after `first` stands in a list sorted by first paragraph. */
  private rank(list: readonly K[], first: number): number {
    let low = 0;
    let high = list.length;
    while (low < high) { const mid = (low + high) >> 1; if (this.firstOf(list[mid]!) < first) low = mid + 1; else high = mid; }
    return low;
  }

  /** Up to WINDOW posts starting before paragraph `first`, earliest first. */
  private before(first: number): K[] {
    let a = this.rank(this.posts, first);
    let b = this.rank(this.voices, first);
    const window: K[] = [];
    while (window.length < WINDOW && (a > 0 || b > 0)) {
      const takePost = b === 0 || (a > 0 && this.firstOf(this.posts[a - 1]!) > this.firstOf(this.voices[b - 1]!));
      window.push(takePost ? this.posts[--a]! : this.voices[--b]!);
    }
    return window.reverse();
  }

  private byNamedClaim(voice: readonly number[], window: readonly K[]): K | null {
    const named = voice.map((p) => NAMED_CLAIM.exec(this.paragraphText(p))).find((match) => match !== null);
    if (!named) return null;
    const said = named[1]!;
    const verdict = said.search(VERDICT);
    const claim = contentStems(verdict > 0 ? said.slice(0, verdict) : said);
    let best: { post: K; run: number } | null = null;
    for (const post of window) {
      const { counts } = this.entryOf(post);
      if (new Set(claim.filter((stem) => (counts.get(stem) ?? 0) > 0)).size < MIN_CLAIM_RUN) continue;
      const sentences = this.partsOf(post).flatMap((p) => assertedSentences(this.paragraphText(p)));
      const run = Math.max(...sentences.map((sentence) => orderedRun(claim, contentStems(sentence))));
      if (run >= MIN_CLAIM_RUN && run > (best?.run ?? 0)) best = { post, run };
    }
    return best?.post ?? null;
  }

  /** The cosine of stem counts (topic.ts's cohesion); ties go to the earlier post. */
  private byCohesion(stems: readonly string[], window: readonly K[]): K | null {
    const mine = new Map<string, number>();
    for (const stem of stems) mine.set(stem, (mine.get(stem) ?? 0) + 1);
    let myNorm = 0;
    for (const count of mine.values()) myNorm += count * count;
    let best: { post: K; cosine: number } | null = null;
    for (const post of window) {
      const entry = this.entryOf(post);
      // An exact integer either way: walk the smaller of the two.
      const [few, many] = entry.counts.size < mine.size ? [entry.counts, mine] : [mine, entry.counts];
      let dot = 0;
      for (const [stem, count] of few) dot += count * (many.get(stem) ?? 0);
      const cosine = entry.norm && myNorm ? dot / Math.sqrt(entry.norm * myNorm) : 0;
      if (cosine > (best?.cosine ?? 0)) best = { post, cosine };
    }
    return best?.post ?? null;
  }
}
