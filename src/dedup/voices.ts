// A scrape that repeats an exchange shows post boundaries the first copy hid: nothing is ever inserted
// inside a post, so when the second copy puts another post between two paragraphs that sat side by side
// in one post of the first copy, a post ended there. What follows is someone else's post, pasted right
// after the one it was merged into (the seed's AWS reply, set after a footnote of the post above it).
// Whom that new voice answers: the earlier post, other than the one it was merged into, whose words it
// shares most.
import type { RawPost, TextParagraph } from '../model.js';
import { cohesion, contentStems } from './topic.js';

/** A post being rebuilt: its paragraphs, and the paragraph it answers (whose post is its parent). */
export interface VoiceDraft { post: RawPost; parts: number[]; anchor: number | null }

export type ParagraphKind = { kind: 'new' } | { kind: 'repeat'; source: number } | { kind: 'quote'; source: number | null };

/**
 * Paragraphs (indexes of new paragraphs) that start a post although nothing at that point says so:
 * a later repeat run is broken by new text just where this paragraph's copy resumes.
 */
export function insertedBoundaries(kinds: readonly ParagraphKind[], partsOf: (paragraph: number) => readonly number[] | undefined): number[] {
  const boundaries = new Set<number>();
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i]!;
    if (kind.kind !== 'repeat') continue;
    let j = i - 1;
    let inserted = 0;
    while (j >= 0 && kinds[j]!.kind !== 'repeat') { if (kinds[j]!.kind === 'new') inserted++; j--; }
    const before = kinds[j];
    // Both sides must be copies of the exchange, not a repeat standing before new text (a quote).
    const copying = kinds[j - 1]?.kind === 'repeat' && kinds[i + 1]?.kind !== 'new';
    if (inserted === 0 || before?.kind !== 'repeat' || !copying) continue;
    const parts = partsOf(kind.source);
    const at = parts?.indexOf(kind.source) ?? -1;
    if (at > 0 && parts![at - 1] === before.source) boundaries.add(kind.source);
  }
  return [...boundaries].sort((a, b) => a - b);
}

/**
 * The post (index into `texts`) a new voice answers: the earlier one its words cohere with most (the
 * TextTiling cosine of topic.ts), leaving out the post it was pasted into.
 */
export function answeredPost(texts: readonly string[], voice: string, exclude: number): number | null {
  const mine = [contentStems(voice)];
  let best: number | null = null;
  let bestCosine = 0;
  texts.forEach((text, p) => {
    if (p === exclude) return;
    const { cosine } = cohesion([contentStems(text)], mine);
    if (cosine > bestCosine) { bestCosine = cosine; best = p; }
  });
  return best;
}

/** Splits posts where a later copy shows another post inside them; the rest becomes a new voice's post. */
export function splitInsertedVoices<D extends VoiceDraft>(
  drafts: D[], kinds: readonly ParagraphKind[], draftOf: Map<number, D>, paragraphs: readonly TextParagraph[], newDraft: (first: number) => D,
): D[] {
  const boundaries = insertedBoundaries(kinds, (p) => draftOf.get(p)?.parts);
  if (boundaries.length === 0) return drafts;
  const out = [...drafts];
  const textOf = (parts: readonly number[]) => parts.map((j) => paragraphs[j]!.text).join('\n\n');
  for (const boundary of boundaries) {
    const whole = draftOf.get(boundary)!;
    const voice = newDraft(boundary);
    voice.parts = whole.parts.splice(whole.parts.indexOf(boundary));
    voice.post.newVoice = true;
    for (const p of voice.parts) draftOf.set(p, voice);
    // The repeats of the moved paragraphs are listed under the post that now holds them.
    const moved = new Set(kinds.flatMap((k, i) => (k.kind === 'repeat' && voice.parts.includes(k.source) ? [`line:${paragraphs[i]!.line}`] : [])));
    whole.post.duplicates = whole.post.duplicates!.filter((line) => !moved.has(line));
    voice.post.duplicates = [...moved];
    const position = out.indexOf(whole);
    const answered = answeredPost(out.slice(0, position + 1).map((d) => textOf(d.parts)), textOf(voice.parts), position);
    voice.anchor = answered === null ? null : out[answered]!.parts[0]!;
    out.splice(position + 1, 0, voice);
  }
  return out;
}
