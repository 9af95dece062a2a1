// Signals → a tagged sentence. Each tag's confidence combines its cues as independent pieces of evidence
// (noisy-OR: two 0.5 cues make 0.75; a cue counts once, however often it occurs: five years in a sentence
// are not five pieces of evidence) and is damped by the evidence against it. Tags below the display
// threshold stay hidden: a wrong "concession" misleads more than a missing one.
import { TAGS, type Sentence, type TagName, type TagReason } from '../model.js';
import { SentenceTagsBuilder, sharedReason } from './shared-tags.js';
import type { Signal } from './signal.js';

/** Tags at or above this confidence are shown. */
export const DISPLAY_THRESHOLD = 0.5;

export interface TagScore {
  tag: TagName;
  confidence: number;
  /** The cues for the tag, strongest first. */
  reasons: TagReason[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Per tag while scoring: the evidence against it, and each cue with its strongest weight, in first-seen order. */
interface Tally { against: number; cues: string[]; weights: number[] }

const TAG_INDEX: ReadonlyMap<TagName, number> = new Map(TAGS.map((tag, index) => [tag, index]));
/** The score of a tag no signal named, one per tag, shared (frozen) by every sentence: most tags are unseen in most sentences. */
const UNSEEN: readonly TagScore[] = TAGS.map((tag) => Object.freeze({ tag, confidence: 0, reasons: Object.freeze([]) as unknown as TagReason[] }));

/** Every tag's confidence, shown or not. */
export function scoreSignals(signals: readonly Signal[]): TagScore[] {
  // One pass over the signals (a sentence has a handful: arrays beat maps here). The products run in the
  // same order as ever (signals, then cues first seen first), so every confidence rounds the same.
  const tallies: (Tally | undefined)[] = new Array(TAGS.length);
  for (const signal of signals) {
    const index = TAG_INDEX.get(signal.tag)!;
    let tally = tallies[index];
    if (!tally) tallies[index] = tally = { against: 1, cues: [], weights: [] };
    if (signal.weight < 0) { tally.against *= 1 + signal.weight; continue; }
    const at = tally.cues.indexOf(signal.cue);
    if (at < 0) { tally.cues.push(signal.cue); tally.weights.push(Math.max(0, signal.weight)); }
    else tally.weights[at] = Math.max(tally.weights[at]!, signal.weight);
  }
  const scores: TagScore[] = new Array(TAGS.length);
  for (let index = 0; index < TAGS.length; index++) {
    const tally = tallies[index];
    if (!tally) { scores[index] = UNSEEN[index]!; continue; }
    let notFor = 1;
    for (const weight of tally.weights) notFor *= 1 - weight;
    const tag = TAGS[index]!;
    scores[index] = { tag, confidence: round((1 - notFor) * tally.against), reasons: strongestFirst(tag, tally) };
  }
  return scores;
}

/** The tag's cues as reasons, strongest first (a stable sort: equal weights keep the order they came in). */
function strongestFirst(tag: TagName, { cues, weights }: Tally): TagReason[] {
  const order = cues.map((_, index) => index);
  if (order.length > 1) order.sort((a, b) => weights[b]! - weights[a]!);
  return order.map((index) => sharedReason(tag, cues[index]!, round(weights[index]!)));
}

const isShown = (score: TagScore, threshold: number): boolean => score.confidence >= threshold && score.reasons.length > 0;

const tagsOfSentence = new SentenceTagsBuilder();

export function toSentence(text: string, scores: readonly TagScore[], threshold = DISPLAY_THRESHOLD): Sentence {
  // The tags, cues and reasons are the shared lists for this sentence's reasons (shared-tags.ts): a big
  // thread keeps hundreds of thousands of sentences, and their own arrays were most of their memory.
  let confidence = 0;
  for (const score of scores) {
    if (!isShown(score, threshold)) continue;
    if (score.confidence > confidence) confidence = score.confidence;
    for (const reason of score.reasons) tagsOfSentence.add(reason);
  }
  const { tags, cues, reasons } = tagsOfSentence.done();
  return { text, tags, confidence, cues, reasons };
}

/** A shown tag's confidence from its reasons (0 when the tag is not shown). */
export function tagConfidence(sentence: Sentence, tag: TagName): number {
  let notFor = 1;
  for (const reason of sentence.reasons) if (reason.tag === tag) notFor *= 1 - reason.confidence;
  return round(1 - notFor);
}
