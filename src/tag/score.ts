// Signals → a tagged sentence. Each tag's confidence combines its cues as independent pieces of evidence
// (noisy-OR: two 0.5 cues make 0.75; a cue counts once, however often it occurs: five years in a sentence
// are not five pieces of evidence) and is damped by the evidence against it. Tags below the display
// threshold stay hidden: a wrong "concession" misleads more than a missing one.
import { TAGS, type Sentence, type TagName, type TagReason } from '../model.js';
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

/** Every tag's confidence, shown or not. */
export function scoreSignals(signals: readonly Signal[]): TagScore[] {
  // One pass over the signals: per tag, the evidence against it and each cue's strongest weight.
  const byTag = new Map<TagName, { against: number; reasons: Map<string, number> }>();
  for (const signal of signals) {
    let tally = byTag.get(signal.tag);
    if (!tally) byTag.set(signal.tag, (tally = { against: 1, reasons: new Map() }));
    if (signal.weight < 0) { tally.against *= 1 + signal.weight; continue; }
    tally.reasons.set(signal.cue, Math.max(tally.reasons.get(signal.cue) ?? 0, signal.weight));
  }
  return TAGS.map((tag) => {
    const tally = byTag.get(tag);
    if (!tally) return { tag, confidence: 0, reasons: [] };
    let notFor = 1;
    for (const weight of tally.reasons.values()) notFor *= 1 - weight;
    const sorted = [...tally.reasons].sort((a, b) => b[1] - a[1]).map(([cue, weight]) => ({ tag, cue, confidence: round(weight) }));
    return { tag, confidence: round((1 - notFor) * tally.against), reasons: sorted };
  });
}

export function toSentence(text: string, scores: readonly TagScore[], threshold = DISPLAY_THRESHOLD): Sentence {
  const shown = scores.filter((score) => score.confidence >= threshold && score.reasons.length > 0);
  const reasons = shown.flatMap((score) => score.reasons);
  return {
    text,
    tags: shown.map((score) => score.tag),
    confidence: shown.reduce((best, score) => Math.max(best, score.confidence), 0),
    cues: [...new Set(reasons.map((reason) => reason.cue))],
    reasons,
  };
}

/** A shown tag's confidence from its reasons (0 when the tag is not shown). */
export function tagConfidence(sentence: Sentence, tag: TagName): number {
  let notFor = 1;
  for (const reason of sentence.reasons) if (reason.tag === tag) notFor *= 1 - reason.confidence;
  return round(1 - notFor);
}
