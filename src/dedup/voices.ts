// A scrape that repeats an exchange shows post boundaries the first copy hid: nothing is ever inserted
// inside a post, so when the second copy puts another post between two paragraphs that sat side by side
// in one post of the first copy, a post ended there. What follows is someone else's post, pasted right
// after the one it was merged into (the seed's AWS reply, set after a footnote of the post above it).
// Whom that new voice answers: an earlier post, other than the one it was merged into, read from the
// text (see answered-post.ts: the claim it names, else the words it shares most).
import type { RawPost, TextParagraph } from '../model.js';
import { AnsweredPostIndex } from './answered-post.js';

/** A post being rebuilt: its paragraphs, and the paragraph it answers (whose post is its parent). */
export interface VoiceDraft { post: RawPost; parts: number[]; anchor: number | null }

export type ParagraphKind = { kind: 'new' } | { kind: 'repeat'; source: number } | { kind: 'quote'; source: number | null };

/**
 * Paragraphs (indexes of new paragraphs) that start a post although nothing at that point says so:
 * a later repeat run is broken by new text just where this paragraph's copy resumes.
 * `previousPart`: the paragraph before this one in its post, if any.
 */
export function insertedBoundaries(kinds: readonly ParagraphKind[], previousPart: (paragraph: number) => number | undefined): number[] {
  const boundaries = new Set<number>();
  let lastRepeat = -1;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i]!;
    if (kind.kind !== 'repeat') continue;
    const j = lastRepeat;
    lastRepeat = i;
    let inserted = 0;
    for (let k = j + 1; k < i; k++) if (kinds[k]!.kind === 'new') inserted++;
    const before = kinds[j];
    // Both sides must be copies of the exchange, not a repeat standing before new text (a quote).
    const copying = kinds[j - 1]?.kind === 'repeat' && kinds[i + 1]?.kind !== 'new';
    if (inserted === 0 || before?.kind !== 'repeat' || !copying) continue;
    if (previousPart(kind.source) === before.source) boundaries.add(kind.source);
  }
  return [...boundaries].sort((a, b) => a - b);
}

/** Splits posts where a later copy shows another post inside them; the rest becomes a new voice's post. */
export function splitInsertedVoices<D extends VoiceDraft>(
  drafts: D[], kinds: readonly ParagraphKind[], draftOf: Map<number, D>, paragraphs: readonly TextParagraph[], newDraft: (first: number) => D,
): D[] {
  const previousPart = new Map<number, number>();
  for (const draft of drafts) draft.parts.forEach((p, n) => { if (n > 0) previousPart.set(p, draft.parts[n - 1]!); });
  const boundaries = insertedBoundaries(kinds, (p) => previousPart.get(p));
  if (boundaries.length === 0) return drafts;
  const repeatsOf = new Map<number, number[]>();          // paragraph → the later paragraphs repeating it
  kinds.forEach((k, i) => {
    if (k.kind !== 'repeat') return;
    const repeats = repeatsOf.get(k.source);
    if (repeats) repeats.push(i); else repeatsOf.set(k.source, [i]);
  });
  const index = new AnsweredPostIndex<D>(drafts, (draft) => draft.parts, (p) => paragraphs[p]!.text);
  const voices: D[] = [];
  for (const boundary of boundaries) {
    const whole = draftOf.get(boundary)!;
    const voice = newDraft(boundary);
    voice.parts = whole.parts.splice(whole.parts.indexOf(boundary));
    voice.post.newVoice = true;
    for (const p of voice.parts) draftOf.set(p, voice);
    index.remove(whole, voice.parts);
    // The repeats of the moved paragraphs are listed under the post that now holds them.
    const moved = new Set(voice.parts.flatMap((p) => repeatsOf.get(p) ?? []).sort((a, b) => a - b).map((i) => `line:${paragraphs[i]!.line}`));
    whole.post.duplicates = whole.post.duplicates!.filter((line) => !moved.has(line));
    voice.post.duplicates = [...moved];
    const answered = index.answered(voice.parts, whole);
    voice.anchor = answered === null ? null : answered.parts[0]!;
    index.addVoice(voice);
    voices.push(voice);
  }
  // A voice follows the post it was pasted into; every post's parts come before the next post's first one.
  return [...drafts, ...voices].sort((a, b) => a.parts[0]! - b.parts[0]!);
}
